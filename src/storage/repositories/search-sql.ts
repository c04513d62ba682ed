/**
 * A search match expression as FTS5 query syntax (SQLite) and as a tsquery
 * (PostgreSQL), and a document's terms as a tsvector. Both databases receive
 * the same analysed terms, so both find the same records.
 */
import type { Match } from "../../domain/search/types";

const fts5Quote = (term: string) => `"${term.replaceAll('"', '""')}"`;
const tsQuote = (term: string) => `'${term.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;

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

export function toTsquery(m: Match): string {
  switch (m.op) {
    case "phrase":
      return m.terms.length === 1 ? tsQuote(m.terms[0] as string) : `(${m.terms.map(tsQuote).join(" <-> ")})`;
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

/** PostgreSQL keeps at most 256 positions of one lexeme. */
const MAX_POSITIONS = 256;

/**
 * The tsvector of a document, written out with positions so that PostgreSQL
 * does not re-parse the terms. Title and text are one position apart, so a
 * phrase never runs from the title into the text (as in FTS5's two columns).
 */
export function tsvectorLiteral(titleTerms: readonly string[], bodyTerms: readonly string[]): string {
  const positions = new Map<string, number[]>();
  const add = (term: string, at: number) => {
    const list = positions.get(term) ?? [];
    if (list.length < MAX_POSITIONS) list.push(at);
    positions.set(term, list);
  };
  for (const [i, t] of titleTerms.entries()) add(t, i + 1);
  for (const [i, t] of bodyTerms.entries()) add(t, titleTerms.length + 2 + i);
  return [...positions].map(([t, list]) => `${tsQuote(t)}:${list.join(",")}`).join(" ");
}
