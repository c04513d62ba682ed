/**
 * Search queries as FTS5 query syntax (SQLite) and as tsquery (PostgreSQL),
 * and a document as FTS5 columns or a tsvector. Both databases receive the
 * same analysed terms and the same facet and audience tokens, so both find
 * the same records.
 */
import type { FacetValue, Match, SearchAudience, SearchDocument } from "../../domain/search/types";

/**
 * Facet and audience tokens: analysed terms are letters and digits only, so a
 * token that starts with "§" can never be confused with a word of a text.
 * Anything but a lower-case ASCII letter or digit is written as its code point.
 */
const encode = (value: string) => value.replace(/[^a-z0-9]/g, (c) => `§${(c.codePointAt(0) ?? 0).toString(16)}§`);
export const facetToken = (f: FacetValue) => `§f§${f.facet}§${encode(f.value)}`;
/** Confidential records carry this token (public ones none, so that the common case costs nothing to check). */
const CONFIDENTIAL_TOKEN = "§v§confidential";
const accessToken = (organisationId: string, visibility: string) => `§v§${encode(organisationId)}§${visibility}`;

/** Tokens that filters and the audience rule match: the facet values, and for confidential records who may see them. */
export function metaTokens(d: SearchDocument): string[] {
  const facets = d.facets.map(facetToken);
  if (d.visibility === "public") return facets;
  // A confidential record without an owner is seen by no one.
  const access = d.organisationId ? [accessToken(d.organisationId, d.visibility)] : [];
  return [CONFIDENTIAL_TOKEN, ...access, ...facets];
}

function grantTokens(audience: SearchAudience): string[] {
  return audience.grants.flatMap((g) => g.visibilities.map((v) => accessToken(g.organisationId, v)));
}

const fts5Quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

export function toFts5(m: Match): string {
  switch (m.op) {
    case "phrase":
      return fts5Quote(m.terms.join(" "));
    case "prefix":
      return `${fts5Quote(m.term)}*`;
    case "and":
      return `(${m.items.map(toFts5).join(" AND ")})`;
    case "or":
      return `(${m.items.map(toFts5).join(" OR ")})`;
    case "not":
      return `(${toFts5(m.include)} NOT ${toFts5(m.exclude)})`;
  }
}

const tsQuote = (term: string) => `'${term.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;

/** Two adjacent terms as one lexeme of the tsvector: a phrase is then found in the index, not by reading rows. */
const bigram = (a: string, b: string) => `${a}§${b}`;

export function toTsquery(m: Match): string {
  switch (m.op) {
    case "phrase": {
      if (m.terms.length === 1) return tsQuote(m.terms[0] as string);
      // The bigrams narrow the candidates in the GIN index; the phrase operator then checks the order.
      const pairs = m.terms.slice(1).map((t, i) => tsQuote(bigram(m.terms[i] as string, t)));
      return `(${pairs.join(" & ")} & (${m.terms.map(tsQuote).join(" <-> ")}))`;
    }
    case "prefix":
      return `${tsQuote(m.term)}:*`;
    case "and":
      return `(${m.items.map(toTsquery).join(" & ")})`;
    case "or":
      return `(${m.items.map(toTsquery).join(" | ")})`;
    case "not":
      return `(${toTsquery(m.include)} & !${toTsquery(m.exclude)})`;
  }
}

/** A query in one dialect: the records it finds, narrowed by filters and the audience. */
export interface Dialect {
  match(m: Match): string;
  /** The same, in the title only (FTS5: a column filter; PostgreSQL: a query on the title's own tsvector). */
  title(m: Match): string;
  and(parts: string[]): string;
  or(parts: string[]): string;
  not(include: string, exclude: string): string;
  tokens(tokens: string[], join: "and" | "or"): string;
}

export const fts5: Dialect = {
  match: toFts5,
  title: (m) => `{title} : (${toFts5(m)})`,
  and: (parts) => `(${parts.join(" AND ")})`,
  or: (parts) => `(${parts.join(" OR ")})`,
  not: (include, exclude) => `(${include} NOT ${exclude})`,
  tokens: (tokens, join) => `{meta} : (${tokens.map(fts5Quote).join(join === "and" ? " AND " : " OR ")})`,
};

export const tsquery: Dialect = {
  match: toTsquery,
  title: toTsquery,
  and: (parts) => `(${parts.join(" & ")})`,
  or: (parts) => `(${parts.join(" | ")})`,
  not: (include, exclude) => `(${include} & !${exclude})`,
  tokens: (tokens, join) => `(${tokens.map(tsQuote).join(join === "and" ? " & " : " | ")})`,
};

/**
 * What the query finds for this audience and these filters: confidential
 * records are left out, except those of the organisations and visibilities
 * the searcher is granted.
 */
export function baseQuery(d: Dialect, match: Match, filters: readonly FacetValue[], audience: SearchAudience): string {
  let q = d.match(match);
  if (filters.length) q = d.and([q, d.tokens(filters.map(facetToken), "and")]);
  const grants = grantTokens(audience);
  const hidden = d.tokens([CONFIDENTIAL_TOKEN], "and");
  return d.not(q, grants.length ? d.not(hidden, d.tokens(grants, "or")) : hidden);
}

/** One ranking tier as a condition on the title: it must match `include` (if any) and not `exclude` (if any). */
export interface TitleTier {
  include?: string;
  exclude?: string;
}

/**
 * The ranking tiers: every positive clause in the title, then some of them,
 * then none (with one clause, "some" is "every" and is left out); without
 * positive clauses, one tier.
 */
export function titleTiers(d: Dialect, groups: readonly Match[]): TitleTier[] {
  if (groups.length === 0) return [{}];
  const inTitle = groups.map((g) => d.title(g));
  const all = inTitle.length === 1 ? (inTitle[0] as string) : d.and(inTitle);
  const any = inTitle.length === 1 ? (inTitle[0] as string) : d.or(inTitle);
  return [{ include: all }, ...(groups.length > 1 ? [{ include: any, exclude: all }] : []), { exclude: any }];
}

/** PostgreSQL keeps at most 256 positions of one lexeme. */
const MAX_POSITIONS = 256;

function literal(positions: Map<string, number[]>, extra: readonly string[] = []): string {
  const terms = [...positions].map(([t, list]) => `${tsQuote(t)}:${list.join(",")}`);
  return [...terms, ...extra.map(tsQuote)].join(" ");
}

function positionsOf(terms: readonly string[], from: number, into = new Map<string, number[]>()) {
  for (const [i, t] of terms.entries()) {
    const list = into.get(t) ?? [];
    if (list.length < MAX_POSITIONS) list.push(from + i);
    into.set(t, list);
  }
  return into;
}

/**
 * A document's tsvector, written out with positions so that PostgreSQL does
 * not re-parse the terms: title and text one position apart, so that a phrase
 * never runs from the title into the text (as in FTS5's separate columns), and
 * the facet and audience tokens without position.
 */
export function tsvectorLiteral(d: SearchDocument): string {
  const positions = positionsOf(d.titleTerms, 1);
  positionsOf(d.bodyTerms, d.titleTerms.length + 2, positions);
  return literal(positions, [...bigrams(d.titleTerms, d.bodyTerms), ...metaTokens(d)]);
}

/** Adjacent pairs of terms, within the title and within the text (a phrase does not span the two). */
function bigrams(...lists: (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (let i = 1; i < list.length; i++) out.add(bigram(list[i - 1] as string, list[i] as string));
  return out;
}

/** The title's own tsvector, for the ranking tiers. */
export function titleTsvectorLiteral(d: SearchDocument): string {
  return literal(positionsOf(d.titleTerms, 1), [...bigrams(d.titleTerms)]);
}
