/** Suggestions as plain data (JSON for the API and `blueprint suggest --json`). */
import type { Suggestion, SuggestResult } from "./types";

export interface PlainSuggestion {
  id: string;
  kind: string;
  title: string;
  score: number;
  why: string[];
  passages: {
    start: number;
    end: number;
    score: number;
    text: string;
    matches: { start: number; end: number; word: string }[];
  }[];
}

export function plainSuggestion(s: Suggestion): PlainSuggestion {
  return {
    id: s.item.id,
    kind: s.item.kind,
    title: s.item.title,
    score: s.score,
    why: s.why,
    passages: s.passages.map((p) => ({ start: p.start, end: p.end, score: p.score, text: p.text, matches: p.matches })),
  };
}

export const plainSuggestions = (r: SuggestResult) => r.suggestions.map(plainSuggestion);

/** A passage with its matched words marked by `open` and `close`, cut to about `max` characters around the first match. */
export function markedPassage(p: Suggestion["passages"][number], open: string, close: string, max = 400): string {
  let out = "";
  let at = p.start;
  for (const m of p.matches) {
    out += p.text.slice(at - p.start, m.start - p.start) + open + m.word + close;
    at = m.end;
  }
  out += p.text.slice(at - p.start);
  out = out.replace(/\s+/g, " ").trim();
  return out.length > max ? `${out.slice(0, max).replace(/\s\S*$/, "")} …` : out;
}
