/**
 * Text analysis shared by the search index, search queries and link
 * suggestions: text becomes a list of normalised terms, so that "women" meets
 * "woman", "harassment" meets "harass", "الإلكتروني" meets "الالكتروني" and
 * "网络暴力" meets "网络 暴力".
 *
 * - Latin script: lower-cased, diacritics folded, then stemmed with the
 *   Snowball stemmer of the text's language (English, French or Spanish,
 *   given or detected from common words); English irregular plurals first.
 * - Cyrillic: ё folded, Snowball Russian.
 * - Arabic: diacritics and tatweel removed, alef, hamza, alef maqsura and
 *   taa marbuta forms unified, then a light stemmer (Larkey's Light10) strips
 *   the article, conjunctions and common suffixes.
 * - Chinese (and Japanese) runs: segmented into words with Intl.Segmenter.
 *
 * Query words are analysed with every Latin stemmer (see `termVariants`), so a
 * search finds a term whatever the language of the record.
 */
import snowball from "snowball-stemmers";
import { type Script, STOPWORDS, scriptOf } from "./languages";

export const SEARCH_LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh"] as const;
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];
export type LatinLanguage = "en" | "fr" | "es";
const LATIN: readonly LatinLanguage[] = ["en", "fr", "es"];

const stemmers = {
  en: snowball.newStemmer("english"),
  fr: snowball.newStemmer("french"),
  es: snowball.newStemmer("spanish"),
  ru: snowball.newStemmer("russian"),
};

/** English plurals the stemmer leaves apart from their singular. */
const ENGLISH_IRREGULAR: Record<string, string> = {
  women: "woman",
  men: "man",
  children: "child",
  people: "person",
  mice: "mouse",
  feet: "foot",
  teeth: "tooth",
  wives: "wife",
  lives: "life",
  analyses: "analysis",
  criteria: "criterion",
  phenomena: "phenomenon",
  data: "datum",
};

/** A word: letters, marks and digits (an apostrophe or hyphen splits words). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const LATIN_MARKS = /\p{M}/gu;
const DIGIT = /\p{N}/u;

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** Raw words of a text, lower-cased; Chinese runs split into words. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of text.normalize("NFKC").toLowerCase().matchAll(WORD)) {
    const w = match[0];
    if (HAN.test(w)) {
      for (const s of segmenter.segment(w)) if (s.isWordLike) out.push(s.segment);
    } else out.push(w);
  }
  return out;
}

/** Folds Latin and Cyrillic diacritics: "égalité" → "egalite", "ёлка" → "елка". */
export function foldDiacritics(word: string): string {
  return word.normalize("NFD").replace(LATIN_MARKS, "").normalize("NFC");
}

/** Unifies Arabic spelling variants that readers treat as the same word. */
export function normaliseArabic(word: string): string {
  return word
    .replace(ARABIC_MARKS, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(/ة/g, "ه");
}

const AR_PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال"];
const AR_SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

/** Light10 (Larkey, Ballesteros and Connell 2002) on normalised Arabic. */
function stemArabic(word: string): string {
  let w = normaliseArabic(word);
  if (w.length >= 4 && w.startsWith("و")) w = w.slice(1);
  for (const p of AR_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of AR_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 2) w = w.slice(0, -s.length);
  }
  return w;
}

function stemLatin(word: string, lang: LatinLanguage): string {
  const folded = foldDiacritics(word);
  if (lang === "en") {
    const irregular = ENGLISH_IRREGULAR[folded];
    if (irregular) return irregular;
  }
  return stemmers[lang].stem(folded);
}

/** Terms already worked out, per language: indexing meets the same words again and again. */
const memo = new Map<string, string | null>();
const MEMO_LIMIT = 200_000;

/** The term a word is indexed under, given its script and the Latin language of its text. */
function term(word: string, script: Script, latin: LatinLanguage): string | null {
  const key = script === "latin" ? `${latin}:${word}` : word;
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const t = computeTerm(word, script, latin);
  memo.set(key, t);
  return t;
}

function computeTerm(word: string, script: Script, latin: LatinLanguage): string | null {
  switch (script) {
    case "latin":
      // Single letters (the "s" of "women's", the "l" of "l'égalité") carry nothing; digits do.
      return word.length < 2 && !DIGIT.test(word) ? null : stemLatin(word, latin);
    case "cyrillic":
      return stemmers.ru.stem(foldDiacritics(word));
    case "arabic":
      return stemArabic(word);
    case "han":
      return word;
    default:
      return foldDiacritics(word);
  }
}

/** Which Latin-script language a text is in, judged by its common words (English when unsure). */
export function detectLatinLanguage(text: string | readonly string[]): LatinLanguage {
  const list = typeof text === "string" ? words(text) : text;
  const counts: Record<LatinLanguage, number> = { en: 0, fr: 0, es: 0 };
  for (const w of list) for (const lang of LATIN) if (STOPWORDS[lang].has(w)) counts[lang]++;
  let best: LatinLanguage = "en";
  for (const lang of LATIN) if (counts[lang] > counts[best]) best = lang;
  return best;
}

export interface AnalyseOptions {
  /** The text's language when known; Latin-script text is otherwise detected. */
  language?: string;
}

/** The terms of a text, in order (positions matter for phrases). */
export function analyse(text: string, options: AnalyseOptions = {}): string[] {
  const list = words(text);
  const latin = LATIN.includes(options.language as LatinLanguage)
    ? (options.language as LatinLanguage)
    : detectLatinLanguage(list);
  const out: string[] = [];
  for (const w of list) {
    const t = term(w, scriptOf(w), latin);
    if (t) out.push(t);
  }
  return out;
}

/** The term of one word (as `words` splits them) in a text of the given Latin-script language. */
export function termOf(word: string, language: LatinLanguage): string | null {
  const w = word.normalize("NFKC").toLowerCase();
  return term(w, scriptOf(w), language);
}

/**
 * The terms one query word may be indexed under: Latin words under each
 * Latin language's stem (a search does not know the record's language).
 */
export function termVariants(word: string): string[] {
  const script = scriptOf(word);
  if (script !== "latin") {
    const t = term(word, script, "en");
    return t ? [t] : [];
  }
  if (word.length < 2 && !DIGIT.test(word)) return [];
  return [...new Set(LATIN.map((lang) => stemLatin(word, lang)))];
}

/**
 * The term sequences a quoted phrase (or a word that splits into several, like
 * "38/5" or "网络暴力") may be indexed under: one per Latin language.
 */
export function phraseVariants(list: readonly string[]): string[][] {
  const seen = new Map<string, string[]>();
  for (const lang of LATIN) {
    const terms = list.map((w) => term(w, scriptOf(w), lang)).filter((t): t is string => t !== null);
    if (terms.length) seen.set(terms.join(" "), terms);
  }
  return [...seen.values()];
}

/** The normalised form of a word typed as a prefix ("harass*"): folded, not stemmed. */
export function prefixTerm(word: string): string {
  const script = scriptOf(word);
  if (script === "arabic") return normaliseArabic(word);
  return foldDiacritics(word);
}

/** Whether a query word is too common to narrow a search (it is then ignored outside phrases). */
export function isStopword(word: string): boolean {
  const folded = foldDiacritics(word);
  return Object.values(STOPWORDS).some((set) => set.has(word) || set.has(folded));
}
