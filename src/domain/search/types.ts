/** Search: what is indexed, how a query reaches storage, and what comes back. */
import type { Visibility } from "../evidence/types";
import type { ItemKind } from "../framework/types";

/** What a result is: a framework item's kind, or one of the records below. */
export type SearchKind = ItemKind | "evidence" | "country" | "assessment";

/** Result kinds in the order they are listed when relevance ties. */
export const SEARCH_KINDS: readonly SearchKind[] = [
  "commitment",
  "option",
  "strategy",
  "instrument",
  "factor",
  "form_of_abuse",
  "legislative_approach",
  "approach_category",
  "country",
  "evidence",
  "assessment",
];

export const FACETS = ["type", "instrument", "strategy", "factor", "form", "country", "region", "year"] as const;
export type FacetName = (typeof FACETS)[number];

export interface FacetValue {
  facet: FacetName;
  value: string;
}

/** One searchable record, analysed: what the storage port indexes. */
export interface SearchDocument {
  /** `${kind}:${refId}`, unique. */
  key: string;
  kind: SearchKind;
  refId: string;
  title: string;
  /** The record's own text (summary, body...), for snippets; shortened. */
  text: string;
  /** The public page (or, for confidential evidence, the workspace page) of the record. */
  path: string;
  date: string | null;
  visibility: Visibility;
  /** The owning organisation (evidence, assessments); null for the framework and countries. */
  organisationId: string | null;
  facets: FacetValue[];
  /** Analysed terms of the title and of the text, in order (see analyze.ts). */
  titleTerms: string[];
  bodyTerms: string[];
}

/**
 * A match expression over analysed terms. A phrase of one term is a term.
 * Storage turns it into an FTS5 query (SQLite) or a tsquery (PostgreSQL):
 * both index the same terms, so both find the same records.
 */
export type Match =
  | { op: "phrase"; terms: string[] }
  | { op: "prefix"; term: string }
  | { op: "and"; items: Match[] }
  | { op: "or"; items: Match[] }
  | { op: "not"; include: Match; exclude: Match };

/** Who is searching: public records for everyone, plus confidential evidence of their organisations they may see. */
export interface SearchAudience {
  grants: { organisationId: string; visibilities: readonly Exclude<Visibility, "public">[] }[];
}

export interface StorageSearch {
  match: Match;
  /**
   * The query's positive clauses. Ranking: records with every clause in the
   * title first, then with some in the title, then the rest; within each, in
   * document-number order (kind, then shorter records, then a hash of the key).
   */
  groups: Match[];
  filters: FacetValue[];
  audience: SearchAudience;
  offset: number;
  limit: number;
}

export interface StoredHit {
  key: string;
  kind: SearchKind;
  refId: string;
  title: string;
  text: string;
  path: string;
  date: string | null;
  visibility: Visibility;
  organisationId: string | null;
}

export interface StoredResults {
  /** Exact up to a few thousand matches; above, estimated from a fixed sample of the index (see `estimated`). */
  total: number;
  /** True when `total` and the facet counts are estimates. */
  estimated: boolean;
  hits: StoredHit[];
  /** Counts per facet value over every match (not only this page), estimated like `total`. */
  facets: (FacetValue & { count: number })[];
}
