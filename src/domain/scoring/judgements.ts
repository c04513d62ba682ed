/**
 * One judgement per item: how an organisation's assessment, or several
 * organisations' assessments, of one item become the status that is scored.
 */
import type { MethodologyVersion, ScoredStatus, Status } from "./types";

export interface Judgement {
  status: Status;
  obstacles: readonly string[];
}

export const pointsOf = (m: MethodologyVersion, status: Status): number | null =>
  status === "no_information" || status === "not_applicable" ? null : m.points[status as ScoredStatus];

/**
 * True when `a` should count instead of `b`: any status with points beats one
 * without; of two with points the lower wins, and on equal points `regressed`
 * wins so that a regression any organisation reports stays flagged; of two
 * without points `not_applicable` wins over `no_information`.
 */
function counts(m: MethodologyVersion, a: Status, b: Status): boolean {
  const pa = pointsOf(m, a);
  const pb = pointsOf(m, b);
  if (pa === null || pb === null) return pa !== null || (pb === null && a === "not_applicable");
  return pa < pb || (pa === pb && a === "regressed");
}

/** The judgement that counts among several (never empty); obstacles are the union of all. */
export function combine(m: MethodologyVersion, list: readonly Judgement[]): { judgement: Judgement; disputed: boolean } {
  if (list.length === 1) return { judgement: list[0]!, disputed: false };
  let status = list[0]!.status;
  const obstacles = new Set<string>();
  const stated = new Set<Status>();
  for (const j of list) {
    if (counts(m, j.status, status)) status = j.status;
    for (const f of j.obstacles) obstacles.add(f);
    if (j.status !== "no_information") stated.add(j.status);
  }
  return { judgement: { status, obstacles: [...obstacles] }, disputed: stated.size > 1 };
}

/** For trend only: regressed ranks below not_started, so going to or from it always shows. */
export const trendRank = (m: MethodologyVersion, status: Status): number | null =>
  status === "regressed" ? -1 : pointsOf(m, status);
