/**
 * The version of the open data: a hash of when each part last changed and how
 * many records it has. Cached sizes and ETags are keyed by it, so they go stale
 * the moment anything exported changes (a publication, public evidence, a pack,
 * an organisation's name, a deletion).
 */
import { createHash } from "node:crypto";
import type { ExportStamps, Repositories } from "../domain/ports";

export interface DataVersion {
  /** 16 hex characters. */
  version: string;
  /** Last change per table id; null when the database holds no date for it. */
  updated: Record<string, string | null>;
  /** The newest of those dates: the modification time written into zip entries. */
  lastUpdate: string | null;
}

const newest = (...dates: (string | null)[]) =>
  dates.reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);

export function dataVersionOf(stamps: ExportStamps): DataVersion {
  const updated: Record<string, string | null> = {
    "framework-items": stamps.packsLoadedAt,
    crosswalk: stamps.packsLoadedAt,
    // The country list itself comes with each release; what changes at run time is its evidence count.
    countries: stamps.publicEvidenceUpdatedAt,
    evidence: stamps.publicEvidenceUpdatedAt,
    assessments: stamps.publishedAt,
    scores: stamps.publishedAt,
  };
  return {
    version: createHash("sha256").update(JSON.stringify(stamps)).digest("hex").slice(0, 16),
    updated,
    lastUpdate: newest(...Object.values(updated), stamps.organisationsUpdatedAt),
  };
}

export async function dataVersion(repos: Repositories): Promise<DataVersion> {
  return dataVersionOf(await repos.exports.stamps());
}
