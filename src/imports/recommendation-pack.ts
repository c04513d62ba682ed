/**
 * Turns checked recommendation rows into a framework pack's records: one
 * instrument per state under review and cycle/session (and body), one
 * commitment per recommendation under it. Ids are stable: an instrument's
 * comes from the state and session, a commitment's from a hash of its text, so
 * that re-importing a reordered or extended file keeps every existing id (and
 * the assessments that point at it).
 */
import { createHash } from "node:crypto";
import type { Country } from "../domain/countries/types";
import type { RecommendationDetails } from "../domain/framework/pack-schema";
import type { RawPack } from "../packs/load-pack";
import { DEFAULT_BODY, type RecommendationRow } from "./recommendation-rows";
import { ImportProblems } from "./table";

/** Marks a pack as made by this importer, so that an import never replaces a pack loaded from a folder. */
export const IMPORT_PUBLISHER = "Imported into Blueprint from a UN recommendations export";
const TITLE_LENGTH = 120;

export const slug = (s: string, max = 40) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, max)
    .replace(/^-+|-+$/g, "");

/** The text cut at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max = TITLE_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

const numbered = (prefix: string, value: string) => (/^\d+$/.test(value) ? `${prefix}${value}` : slug(value, 24));

function sessionLabel(r: RecommendationRow): string {
  const cycle = r.cycle && (/^\d+$/.test(r.cycle) ? `Cycle ${r.cycle}` : r.cycle);
  const session = r.session && (/^\d+$/.test(r.session) ? `session ${r.session}` : r.session);
  const label = [cycle, session].filter(Boolean).join(", ");
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Finds a UN member state by any of its names (English, official, other languages) or codes. */
export function countryFinder(countries: readonly Country[]): (name: string) => Country | undefined {
  const byName = new Map<string, Country>();
  const key = (s: string) => slug(s, 200);
  for (const c of countries)
    for (const n of [c.iso3, c.iso2, c.name, c.officialName, ...Object.values(c.names)]) byName.set(key(n), c);
  return (name) => byName.get(key(name));
}

export interface RecommendationPackOptions {
  packId: string;
  title: string;
  fileName: string;
  /** The file's text: with the options, it makes the content hash. */
  fileText: string;
  /** The stored version of this pack, when it was imported before. */
  previousVersion?: string;
  previousHash?: string;
}

export interface BuiltPack {
  raw: RawPack;
  contentHash: string;
  /** Which row each record came from, to report the pack checks by row. */
  rowOf: Map<string, number>;
  notices: string[];
}

export function buildRecommendationPack(
  rows: readonly RecommendationRow[],
  countries: readonly Country[],
  o: RecommendationPackOptions,
): BuiltPack {
  const contentHash = createHash("sha256")
    .update(`blueprint-recommendations-import/1\0${o.packId}\0${o.title}\0${o.fileText}`)
    .digest("hex");
  const find = countryFinder(countries);
  const problems = new ImportProblems();
  const notices: string[] = [];
  const rowOf = new Map<string, number>();
  const unknownStates = new Set<string>();

  interface Group {
    id: string;
    rows: RecommendationRow[];
    country?: Country;
  }
  const groups = new Map<string, Group>();
  for (const r of rows) {
    const country = find(r.stateUnderReview);
    if (!country) unknownStates.add(r.stateUnderReview);
    const state = country ? country.iso3.toLowerCase() : slug(r.stateUnderReview, 24);
    const when = [r.cycle && numbered("c", r.cycle), r.session && numbered("s", r.session)].filter(Boolean).join("-");
    const key = `${state}\0${sessionLabel(r)}\0${r.body}`;
    let group = groups.get(key);
    if (!group) {
      let id = `${o.packId}-${state}-${when}`;
      if ([...groups.values()].some((g) => g.id === id)) id = `${id}-${slug(r.body, 20)}`;
      group = { id, rows: [], ...(country ? { country } : {}) };
      groups.set(key, group);
      rowOf.set(id, r.row);
    }
    group.rows.push(r);
  }
  for (const s of unknownStates)
    notices.push(`'${s}' is not recognised as a UN member state: its recommendations are kept without a link to a country page.`);

  const instruments: unknown[] = [];
  const commitments: unknown[] = [];
  for (const g of groups.values()) {
    const first = g.rows[0] as RecommendationRow;
    const label = sessionLabel(first);
    const symbols = [...new Set(g.rows.map((r) => r.documentSymbol).filter(Boolean))] as string[];
    const stateName = g.country?.name ?? first.stateUnderReview;
    const upr = first.body === DEFAULT_BODY;
    instruments.push({
      id: g.id,
      title: upr
        ? `Universal Periodic Review of ${stateName}: ${label}`
        : `${first.body}: recommendations to ${stateName}, ${label}`,
      summary: `${g.rows.length} recommendation${g.rows.length === 1 ? "" : "s"} made to ${stateName} (${label}), with the response where the source records it.`,
      citation: { section: label, ...(symbols.length === 1 ? { locator: symbols[0] } : {}) },
      type: "report",
      body: first.body,
      year: Math.max(...g.rows.map((r) => r.year)),
      ...(symbols.length === 1 ? { symbol: symbols[0] } : {}),
      core: true,
    });
    const byText = new Map<string, { record: Record<string, unknown>; details: RecommendationDetails; row: number }>();
    for (const r of g.rows) {
      const norm = r.text.replace(/\s+/g, " ").trim().toLowerCase();
      const seen = byText.get(norm);
      if (seen) {
        // The same words recommended by another state: one recommendation with both states.
        if ((seen.details.response ?? "") !== (r.response ?? ""))
          problems.add(r.row, "Response", `repeats the recommendation of row ${seen.row} with a different response`);
        seen.details.recommendingStates = [...new Set([...seen.details.recommendingStates, ...r.recommendingStates])];
        seen.details.themes = [...new Set([...seen.details.themes, ...r.themes])];
        continue;
      }
      const id = `${g.id}-${createHash("sha256").update(norm).digest("hex").slice(0, 8)}`;
      const details: RecommendationDetails = {
        recommendingStates: r.recommendingStates,
        stateUnderReview: r.stateUnderReview,
        ...(g.country ? { country: g.country.iso3 } : {}),
        session: label,
        ...(r.response ? { response: r.response } : {}),
        ...(r.documentSymbol ? { documentSymbol: r.documentSymbol } : {}),
        themes: r.themes,
      };
      const record = {
        id,
        title: shorten(r.text),
        summary: r.text,
        citation: { section: r.documentSymbol ?? label },
        instrument: g.id,
        order: byText.size + 1,
        quotation: { text: r.text, source: r.documentSymbol ?? g.id },
        recommendation: details,
      };
      byText.set(norm, { record, details, row: r.row });
      rowOf.set(id, r.row);
      commitments.push(record);
    }
  }
  if (problems.size) throw problems.error("Some recommendations cannot be imported");

  const years = rows.map((r) => r.year);
  const bodies = [...new Set(rows.map((r) => r.body))].sort();
  const version =
    o.previousVersion === undefined
      ? "1.0.0"
      : o.previousHash === contentHash
        ? o.previousVersion
        : o.previousVersion.replace(/\d+$/, (n) => String(Number(n) + 1));
  const manifest = {
    id: o.packId,
    version,
    title: o.title,
    description: `${commitments.length} UN recommendations to ${groups.size === 1 ? "one review" : `${groups.size} reviews`}, imported from ${o.fileName}.`,
    source: { title: o.fileName, authors: bodies, publisher: IMPORT_PUBLISHER, year: Math.max(...years) },
    // Recommendations come in the language of each record (English, French, Spanish...).
    language: "mul",
  };
  return {
    raw: {
      manifest: { data: manifest },
      lists: {
        instruments: { data: instruments },
        commitments: { data: commitments },
        strategies: { data: [] },
        factors: { data: [] },
      },
      evidence: [],
    },
    contentHash,
    rowOf,
    notices,
  };
}
