/**
 * Link suggestions: which commitments and practical options a document (a
 * law, bill, policy or programme, in any UN language) addresses. The text is
 * split into passages; each passage is scored against every item of the index
 * (BM25 over analysed terms and thesaurus concepts); an item's score adds up
 * its best passages. Pure and deterministic.
 */
import { detectLatinLanguage } from "../search/analyze";
import { conceptTerm, findConcepts } from "./concepts";
import type { SuggestIndex } from "./item-index";
import { splitPassages } from "./passages";
import { tokenize } from "./tokens";
import type { Match, Passage, PassageMatch, Suggestion, SuggestOptions, SuggestResult } from "./types";

/** A concept match counts a little more than one word: it stands for a phrase or a translation. */
const CONCEPT_WEIGHT = 1.2;
/** Shares of an item's second and third best passages added to its best. */
const SECOND = 0.5;
const THIRD = 0.25;
/** Distinct words a passage must share with an item to count for it (a concept counts as enough). */
const MIN_TERMS = 2;
/** Items scoring under this share of the best item are not suggested. */
const FLOOR = 0.15;

interface Query {
  passage: Passage;
  /** Query weight per term. */
  weights: Map<string, number>;
  /** The document spans behind each term. */
  spans: Map<string, Match[]>;
}

function queryOf(text: string, passage: Passage, index: SuggestIndex): Query {
  const language = detectLatinLanguage(passage.text);
  const content = tokenize(passage.text, passage.start, language).filter((t) => !t.stop);
  const counts = new Map<string, number>();
  const spans = new Map<string, Match[]>();
  const add = (term: string, by: number, span: Match) => {
    if (!index.postings.has(term)) return;
    counts.set(term, (counts.get(term) ?? 0) + by);
    spans.set(term, [...(spans.get(term) ?? []), span]);
  };
  const word = (start: number, end: number): Match => ({ start, end, word: text.slice(start, end) });
  for (const t of content) {
    add(t.term, 1, word(t.start, t.end));
    if (t.alt) add(t.alt, 1, word(t.start, t.end));
  }
  for (const hit of findConcepts(index.matcher, content, language))
    add(conceptTerm(hit.concept), CONCEPT_WEIGHT, word(content[hit.from]!.start, content[hit.to - 1]!.end));
  const weights = new Map<string, number>();
  for (const [term, n] of counts) weights.set(term, n >= 1 ? 1 + Math.log(n) : n);
  return { passage, weights, spans };
}

/**
 * Each item's score for one passage. An item that shares a single plain word
 * with the passage scores 0: one word ("needs") is no evidence, but one
 * thesaurus concept (a helpline, in any language) is.
 */
function scoreAll(index: SuggestIndex, q: Query): Float64Array {
  const scores = new Float64Array(index.items.length);
  const terms = new Uint16Array(index.items.length);
  for (const [term, w] of q.weights)
    for (const p of index.postings.get(term) ?? []) {
      scores[p.item]! += w * p.weight;
      terms[p.item]! += term.startsWith("§") ? MIN_TERMS : 1;
    }
  terms.forEach((n, i) => {
    if (n < MIN_TERMS) scores[i] = 0;
  });
  return scores;
}

/** Each term's share of one item's score for one passage. */
function contributions(index: SuggestIndex, q: Query, item: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [term, w] of q.weights) {
    const p = index.postings.get(term)?.find((x) => x.item === item);
    if (p) out.set(term, w * p.weight);
  }
  return out;
}

/** Matched spans in text order, overlapping ones merged. */
function merged(spans: Match[], text: string): Match[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      if (s.end > last.end) out[out.length - 1] = { start: last.start, end: s.end, word: text.slice(last.start, s.end) };
    } else out.push({ ...s });
  }
  return out;
}

export function suggest(text: string, index: SuggestIndex, options: SuggestOptions = {}): SuggestResult {
  const top = options.top ?? 10;
  const perItem = options.passagesPerItem ?? 3;
  const passages = splitPassages(text);
  const queries = passages.map((p) => queryOf(text, p, index));
  /** Per item: [score, passage index] of every passage that matched it. */
  const byItem = index.items.map(() => [] as [number, number][]);
  queries.forEach((q, pi) => {
    const scores = scoreAll(index, q);
    scores.forEach((s, item) => {
      if (s > 0) byItem[item]!.push([s, pi]);
    });
  });
  const ranked = byItem
    .map((list, item) => {
      list.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
      const score = (list[0]?.[0] ?? 0) + SECOND * (list[1]?.[0] ?? 0) + THIRD * (list[2]?.[0] ?? 0);
      return { item, score, list };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || (index.items[a.item]!.id < index.items[b.item]!.id ? -1 : 1));
  const best = ranked[0]?.score ?? 0;

  const suggestions: Suggestion[] = ranked
    .filter((r) => r.score >= FLOOR * best)
    .slice(0, top)
    .map((r) => {
      const why = new Map<string, number>();
      const shown: PassageMatch[] = r.list.slice(0, perItem).map(([score, pi]) => {
        const q = queries[pi]!;
        const spans: Match[] = [];
        for (const [term, c] of contributions(index, q, r.item)) {
          for (const s of q.spans.get(term) ?? []) {
            spans.push(s);
            const key = s.word.toLowerCase();
            why.set(key, (why.get(key) ?? 0) + c);
          }
        }
        return { ...q.passage, score: round(score), matches: merged(spans, text) };
      });
      return {
        item: index.items[r.item]!,
        score: round(r.score),
        passages: shown,
        why: telling(why),
      };
    });
  return { suggestions, passageCount: passages.length };
}

/** The matched words by contribution, leaving out a word already shown inside a phrase ("images" in "intimate images"). */
function telling(why: Map<string, number>): string[] {
  const words = [...why.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const phrases = words.filter((w) => /\s/.test(w));
  return words.filter((w) => !phrases.some((p) => p !== w && ` ${p} `.includes(` ${w} `))).slice(0, 12);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
