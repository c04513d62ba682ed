/** A short passage of a result's text with the words that matched the query marked. */
import { detectLatinLanguage, prefixTerm, termOf } from "./analyze";

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface Snippet {
  parts: SnippetPart[];
  /** True when the passage starts or ends inside the text. */
  cutStart: boolean;
  cutEnd: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

interface Span {
  start: number;
  end: number;
  hit: boolean;
}

function spans(text: string, isHit: (word: string) => boolean): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    if (HAN.test(m[0])) {
      for (const s of segmenter.segment(m[0]))
        if (s.isWordLike) out.push({ start: start + s.index, end: start + s.index + s.segment.length, hit: isHit(s.segment) });
    } else out.push({ start, end: start + m[0].length, hit: isHit(m[0]) });
  }
  return out;
}

/**
 * The window of about `width` characters holding the most matching words,
 * cut at word boundaries.
 */
export function snippet(
  text: string,
  highlight: { terms: ReadonlySet<string>; prefixes: readonly string[] },
  width = 220,
): Snippet {
  const language = detectLatinLanguage(text);
  const isHit = (word: string) => {
    if (highlight.prefixes.length && highlight.prefixes.some((p) => prefixTerm(word.toLowerCase()).startsWith(p))) return true;
    const t = termOf(word, language);
    return t !== null && highlight.terms.has(t);
  };
  const list = spans(text, isHit);
  if (list.length === 0) return { parts: [{ text, hit: false }], cutStart: false, cutEnd: false };

  // The window (starting at a word) that holds the most matching words; the first such.
  const windowEnd = (i: number) => {
    let j = i;
    while (j + 1 < list.length && (list[j + 1] as Span).end - (list[i] as Span).start <= width) j++;
    return j;
  };
  let best = 0;
  let bestHits = -1;
  for (let i = 0; i < list.length; i++) {
    if (i > 0 && !(list[i] as Span).hit) continue; // a best window starts at the text or at a hit
    let hits = 0;
    for (let j = i, last = windowEnd(i); j <= last; j++) if ((list[j] as Span).hit) hits++;
    if (hits > bestHits) {
      bestHits = hits;
      best = i;
    }
  }
  // Start a few words before the first hit so that it reads in context.
  const lead = best > 0 ? Math.max(0, best - 4) : 0;
  const from = (list[lead] as Span).start;
  const last = windowEnd(lead);
  const to = (list[last] as Span).end;

  const parts: SnippetPart[] = [];
  let at = from;
  for (let i = lead; i <= last; i++) {
    const s = list[i] as Span;
    if (!s.hit) continue;
    if (s.start > at) parts.push({ text: text.slice(at, s.start), hit: false });
    parts.push({ text: text.slice(s.start, s.end), hit: true });
    at = s.end;
  }
  if (to > at) parts.push({ text: text.slice(at, to), hit: false });
  return { parts, cutStart: from > 0, cutEnd: to < text.trimEnd().length };
}
