/**
 * The accountability gap: where a government body and civil society assessed
 * the same item for the same country and cycle and reached different statuses.
 * "No information" is an absence of judgement, not a disagreement.
 */
import type { OrganisationType } from "../accounts/types";
import type { Status } from "./types";

export interface Judgement {
  organisationType: OrganisationType;
  status: Status;
}

/** null when not both sides assessed the item; otherwise whether they disagree. */
export function disagreement(judgements: readonly Judgement[]): boolean | null {
  const known = judgements.filter((j) => j.status !== "no_information");
  const government = new Set(known.filter((j) => j.organisationType === "government_body").map((j) => j.status));
  const civil = new Set(known.filter((j) => j.organisationType === "civil_society").map((j) => j.status));
  if (government.size === 0 || civil.size === 0) return null;
  return [...government].some((g) => [...civil].some((c) => c !== g));
}

/** How many items the two sides disagree on, of how many both assessed. */
export function accountabilityGap(items: readonly (readonly Judgement[])[]): { disagree: number; compared: number } {
  let disagree = 0;
  let compared = 0;
  for (const judgements of items) {
    const d = disagreement(judgements);
    if (d === null) continue;
    compared++;
    if (d) disagree++;
  }
  return { disagree, compared };
}
