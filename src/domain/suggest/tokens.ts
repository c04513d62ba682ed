/**
 * Words of a text with their offsets and analysed terms (search/analyze.ts),
 * so that a match can point back at the word as the document spells it.
 */
import { analyse, detectLatinLanguage, isStopword } from "../search/analyze";

export interface Token {
  /** The analysed term ("harass" for "Harassment"). */
  term: string;
  /** Another term the word may stand for (an Arabic word with a clitic preposition). */
  alt?: string;
  start: number;
  end: number;
  /** A function word: kept for phrases, never scored. */
  stop: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ARABIC = /^\p{Script=Arabic}/u;
/** Arabic one-letter prepositions and conjunctions written onto the next word: ب ل ك ف و. */
const ARABIC_CLITIC = /^[بلكفو]/u;
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/**
 * Function words that search keeps (analyze.ts lists only those that tell
 * languages apart) but that say nothing about what a passage is about.
 */
const MORE_STOPWORDS = new Set(
  `them they he she her his its our we you who whom whose where when what how why each every other only must
  within under over upon per non there here if so do does did more most very one two three
  lui leur elle ils qui dont où chaque tout toute tous toutes lorsque
  ella ellos cual cuando donde cada todo toda todos todas
  الذي التي كل عند كان
  который которые каждый все когда где
  的 和 与 及 并 或 等 应当 对`.split(/\s+/),
);

/** Memo of word → analysed term per Latin language: documents repeat their words. */
const memo = new Map<string, string | null>();
const MEMO_LIMIT = 200_000;

function termOf(word: string, language: string): string | null {
  const key = `${language}\u0000${word}`;
  let t = memo.get(key);
  if (t === undefined) {
    t = analyse(word, { language })[0] ?? null;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, t);
  }
  return t;
}

function push(out: Token[], word: string, start: number, language: string): void {
  const lower = word.toLowerCase();
  const term = termOf(word, language);
  if (!term) return;
  const token: Token = { term, start, end: start + word.length, stop: isStopword(lower) || MORE_STOPWORDS.has(lower) };
  if (ARABIC.test(word) && ARABIC_CLITIC.test(word) && word.length >= 4) {
    const alt = termOf(word.slice(1), language);
    if (alt && alt !== term) token.alt = alt;
  }
  out.push(token);
}

/**
 * The tokens of `text`, offsets relative to `text` plus `offset`. Latin-script
 * words are stemmed in `language` when given, else in the language detected
 * from the text's common words.
 */
export function tokenize(text: string, offset = 0, language?: string): Token[] {
  const lang = language ?? detectLatinLanguage(text);
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const at = offset + (m.index ?? 0);
    if (!HAN.test(word)) {
      push(out, word, at, lang);
      continue;
    }
    for (const s of segmenter.segment(word)) if (s.isWordLike) push(out, s.segment, at + s.index, lang);
  }
  return out;
}
