/**
 * Splits a document into passages: paragraphs, with short ones (headings such
 * as "Article 5") joined to what follows and long ones cut into windows of
 * whole sentences. Offsets always point into the original text.
 */
import type { Passage } from "./types";

/** A passage aims at no more than this many words (Han characters count as half a word). */
const MAX_WORDS = 90;
/** Paragraphs shorter than this are joined to the next one. */
const MIN_WORDS = 12;

const SENTENCE_END = /[.!?;:。！？；؟]+["'”’»)]*\s+|[。！？；]/gu;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;
const HAN_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

export function size(text: string): number {
  const han = text.match(HAN_CHAR)?.length ?? 0;
  const other = text.replace(HAN_CHAR, " ").match(LATIN_WORD)?.length ?? 0;
  return other + Math.ceil(han / 2);
}

interface Span {
  start: number;
  end: number;
}

/** Trims a span to its first and last non-space character; null when it holds nothing. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Blank lines end paragraphs; a text without blank lines has one paragraph per line. */
function paragraphs(text: string): Span[] {
  const separator = /\n[ \t\f\v\r]*\n/.test(text) ? /\n[ \t\f\v\r]*\n\s*/g : /\n/g;
  const out: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(separator)) {
    const span = trimmed(text, from, m.index ?? 0);
    if (span) out.push(span);
    from = (m.index ?? 0) + m[0].length;
  }
  const last = trimmed(text, from, text.length);
  if (last) out.push(last);
  return out;
}

function sentences(text: string, span: Span): Span[] {
  const body = text.slice(span.start, span.end);
  const out: Span[] = [];
  let from = 0;
  for (const m of body.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    const s = trimmed(text, span.start + from, span.start + end);
    if (s) out.push(s);
    from = end;
  }
  const rest = trimmed(text, span.start + from, span.end);
  if (rest) out.push(rest);
  return out;
}

/** Groups consecutive spans into windows of at most MAX_WORDS (a single longer span is cut by words). */
function windows(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  let current: Span | null = null;
  let words = 0;
  for (const s of spans) {
    const n = size(text.slice(s.start, s.end));
    if (current && words + n > MAX_WORDS) {
      out.push(current);
      current = null;
      words = 0;
    }
    if (n > MAX_WORDS * 1.5) {
      out.push(...byWords(text, s));
      continue;
    }
    current = current ? { start: current.start, end: s.end } : { ...s };
    words += n;
  }
  if (current) out.push(current);
  return out;
}

/** A very long run without sentence ends (a table, a list) cut every MAX_WORDS words. */
function byWords(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const body = text.slice(span.start, span.end);
  const boundaries = [...body.matchAll(/\s+/g)].map((m) => m.index ?? 0);
  let from = 0;
  for (let i = MAX_WORDS; i < boundaries.length; i += MAX_WORDS) {
    const s = trimmed(text, span.start + from, span.start + boundaries[i]!);
    if (s) out.push(s);
    from = boundaries[i]!;
  }
  const rest = trimmed(text, span.start + from, span.end);
  if (rest) out.push(rest);
  return out.length ? out : [span];
}

export function splitPassages(text: string): Passage[] {
  const merged: Span[] = [];
  let pending: Span | null = null;
  for (const p of paragraphs(text)) {
    const span: Span = pending ? { start: pending.start, end: p.end } : p;
    if (size(text.slice(span.start, span.end)) < MIN_WORDS) pending = span;
    else {
      merged.push(span);
      pending = null;
    }
  }
  if (pending) merged.push(pending);
  const out: Span[] = [];
  for (const p of merged) {
    if (size(text.slice(p.start, p.end)) <= MAX_WORDS) out.push(p);
    else out.push(...windows(text, sentences(text, p)));
  }
  return out.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
}
