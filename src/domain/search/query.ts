/**
 * The search box's language: words are all required; "quoted phrases";
 * OR between two clauses; a leading minus excludes; a trailing * matches a
 * prefix. Common words ("the", "contra", "ضد") are ignored outside phrases.
 */
import { isStopword, phraseVariants, prefixTerm, words } from "./analyze";
import type { Match } from "./types";

export interface ParsedQuery {
  /** Null when nothing searchable is left (see `problem`). */
  match: Match | null;
  /** The positive clauses, for ranking (see StorageSearch.groups). */
  groups: Match[];
  /** Terms and prefixes to highlight in snippets. */
  highlight: { terms: Set<string>; prefixes: string[] };
  /** Why the query finds nothing, in plain words. */
  problem?: string;
  /** Words left out (too common, too short). */
  ignored: string[];
}

interface Clause {
  negated: boolean;
  phrase: boolean;
  prefix: boolean;
  text: string;
}

/** Quoted phrases (straight or typographic quotes), OR, and words with their - and * marks. */
const TOKEN = /(-?)["“”«»„]([^"“”«»„]*)["“”«»„]?|(\S+)/gu;
const MIN_PREFIX = 2;
export const MAX_QUERY_LENGTH = 500;

function lex(query: string): (Clause | "OR")[] {
  const out: (Clause | "OR")[] = [];
  for (const m of query.matchAll(TOKEN)) {
    if (m[2] !== undefined) {
      out.push({ negated: m[1] === "-", phrase: true, prefix: false, text: m[2] });
      continue;
    }
    let word = m[3] ?? "";
    if (word === "OR" || word === "|") {
      out.push("OR");
      continue;
    }
    const negated = word.length > 1 && word.startsWith("-");
    if (negated) word = word.slice(1);
    const prefix = word.length > 1 && word.endsWith("*");
    if (prefix) word = word.replace(/\*+$/, "");
    out.push({ negated, phrase: false, prefix, text: word });
  }
  return out;
}

interface Compiled {
  match: Match;
  terms: string[];
  prefixes: string[];
}

function compileClause(clause: Clause, ignored: string[], keepStopwords: boolean): Compiled | null {
  const list = words(clause.text);
  if (list.length === 0) return null;
  if (clause.prefix && list.length === 1) {
    const term = prefixTerm(list[0] as string);
    if (term.length < MIN_PREFIX) {
      ignored.push(`${clause.text}*`);
      return null;
    }
    return { match: { op: "prefix", term }, terms: [], prefixes: [term] };
  }
  if (!clause.phrase && !keepStopwords && list.length === 1 && isStopword(list[0] as string)) {
    ignored.push(clause.text);
    return null;
  }
  const variants = phraseVariants(list);
  if (variants.length === 0) {
    ignored.push(clause.text);
    return null;
  }
  const phrases: Match[] = variants.map((terms) => ({ op: "phrase", terms }));
  return {
    match: phrases.length === 1 ? (phrases[0] as Match) : { op: "or", items: phrases },
    terms: variants.flat(),
    prefixes: [],
  };
}

export function parseQuery(query: string): ParsedQuery {
  const ignored: string[] = [];
  const highlight = { terms: new Set<string>(), prefixes: [] as string[] };
  const empty = (problem: string): ParsedQuery => ({ match: null, groups: [], highlight, problem, ignored });
  const text = query.trim();
  if (!text) return empty("Type what you are looking for.");
  if (text.length > MAX_QUERY_LENGTH) return empty(`Shorten your search to ${MAX_QUERY_LENGTH} characters or fewer.`);

  const tokens = lex(text);
  // Common words count only when the query is nothing else ("the who").
  const keepStopwords = tokens.every((t) => t === "OR" || t.negated || t.phrase || t.prefix || isStopword(t.text));
  const required: Match[][] = []; // AND of OR-groups
  const excluded: Match[] = [];
  const positive: Match[] = [];
  let joinNext = false;
  for (const token of tokens) {
    if (token === "OR") {
      joinNext = required.length > 0;
      continue;
    }
    const compiled = compileClause(token, ignored, keepStopwords);
    if (!compiled) continue;
    if (token.negated) {
      excluded.push(compiled.match);
      joinNext = false;
      continue;
    }
    positive.push(compiled.match);
    for (const t of compiled.terms) highlight.terms.add(t);
    highlight.prefixes.push(...compiled.prefixes);
    if (joinNext) (required[required.length - 1] as Match[]).push(compiled.match);
    else required.push([compiled.match]);
    joinNext = false;
  }
  if (required.length === 0)
    return empty(
      excluded.length
        ? "Add a word to look for: a search cannot only exclude."
        : "Use at least one word of two letters or more that is not a common word.",
    );
  const groups = required.map((g): Match => (g.length === 1 ? (g[0] as Match) : { op: "or", items: g }));
  let match: Match = groups.length === 1 ? (groups[0] as Match) : { op: "and", items: groups };
  if (excluded.length)
    match = {
      op: "not",
      include: match,
      exclude: excluded.length === 1 ? (excluded[0] as Match) : { op: "or", items: excluded },
    };
  return { match, groups: positive, highlight, ignored };
}
