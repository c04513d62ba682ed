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

/** Which part of a record a match looks in. */
export type Scope = "all" | "title";

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

/** In the title only: title terms carry weight A in the tsvector. */
export function toTsquery(m: Match, scope: Scope = "all"): string {
  const w = scope === "title" ? "A" : "";
  switch (m.op) {
    case "phrase":
      return m.terms.length === 1
        ? `${tsQuote(m.terms[0] as string)}${w ? `:${w}` : ""}`
        : `(${m.terms.map((t) => `${tsQuote(t)}${w ? `:${w}` : ""}`).join(" <-> ")})`;
    case "prefix":
      return `${tsQuote(m.term)}:*${w}`;
    case "and":
      return `(${m.items.map((i) => toTsquery(i, scope)).join(" & ")})`;
    case "or":
      return `(${m.items.map((i) => toTsquery(i, scope)).join(" | ")})`;
    case "not":
      return `(${toTsquery(m.include, scope)} & !${toTsquery(m.exclude, scope)})`;
  }
}

/** A query in one dialect: the records it finds, narrowed by filters and the audience. */
export interface Dialect {
  match(m: Match, scope?: Scope): string;
  and(parts: string[]): string;
  or(parts: string[]): string;
  not(include: string, exclude: string): string;
  tokens(tokens: string[], join: "and" | "or"): string;
}

export const fts5: Dialect = {
  match: (m, scope = "all") => (scope === "title" ? `{title} : (${toFts5(m)})` : toFts5(m)),
  and: (parts) => `(${parts.join(" AND ")})`,
  or: (parts) => `(${parts.join(" OR ")})`,
  not: (include, exclude) => `(${include} NOT ${exclude})`,
  tokens: (tokens, join) => `{meta} : (${tokens.map(fts5Quote).join(join === "and" ? " AND " : " OR ")})`,
};

export const tsquery: Dialect = {
  match: (m, scope = "all") => toTsquery(m, scope),
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

/**
 * The ranking tiers: every positive clause in the title, then some of them,
 * then none. With one clause, "some" is "every" and is left out.
 */
export function tierQueries(d: Dialect, base: string, groups: readonly Match[]): string[] {
  if (groups.length === 0) return [base];
  const inTitle = groups.map((g) => d.match(g, "title"));
  const all = inTitle.length === 1 ? (inTitle[0] as string) : d.and(inTitle);
  const any = inTitle.length === 1 ? (inTitle[0] as string) : d.or(inTitle);
  const tiers = [d.and([base, all])];
  if (groups.length > 1) tiers.push(d.not(d.and([base, any]), all));
  tiers.push(d.not(base, any));
  return tiers;
}

/** PostgreSQL keeps at most 256 positions of one lexeme. */
const MAX_POSITIONS = 256;

/**
 * A document's tsvector, written out with positions so that PostgreSQL does
 * not re-parse the terms. Title terms carry weight A; title and text are one
 * position apart, so a phrase never runs from the title into the text (as in
 * FTS5's separate columns). Facet and audience tokens have no position.
 */
export function tsvectorLiteral(d: SearchDocument): string {
  const positions = new Map<string, string[]>();
  const add = (term: string, at: string) => {
    const list = positions.get(term) ?? [];
    if (list.length < MAX_POSITIONS) list.push(at);
    positions.set(term, list);
  };
  for (const [i, t] of d.titleTerms.entries()) add(t, `${i + 1}A`);
  for (const [i, t] of d.bodyTerms.entries()) add(t, String(d.titleTerms.length + 2 + i));
  const terms = [...positions].map(([t, list]) => `${tsQuote(t)}:${list.join(",")}`);
  return [...terms, ...metaTokens(d).map(tsQuote)].join(" ");
}
