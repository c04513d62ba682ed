/**
 * The suggester's index of framework items: for each commitment and practical
 * option, weighted term frequencies over its title, summary, quotation,
 * points, its strategy's title and its vocabulary, plus the thesaurus concepts
 * found in them; and, per term, BM25 weights ready to add up.
 */
import type { CommitmentDetails, FrameworkItem, OptionDetails } from "../framework/types";
import { ASSESSABLE_KINDS } from "../framework/types";
import { type ConceptMatcher, compileThesaurus, conceptTerm, findConcepts } from "./concepts";
import { tokenize } from "./tokens";
import type { ItemVocabulary } from "./types";

/** How much each part of an item counts: the title says most about what the item is. */
export const FIELD_WEIGHTS = {
  title: 3,
  summary: 1.5,
  quotation: 1,
  points: 1,
  parent: 0.75,
  vocabularyTerms: 1.5,
  vocabularyConcepts: 1.5,
} as const;

/** BM25 parameters: k1 saturates repeated terms, b normalises for item length (items are short and alike). */
const K1 = 1.2;
const B = 0.5;

export interface Posting {
  /** Index into SuggestIndex.items. */
  item: number;
  /** idf × saturated, length-normalised term frequency. */
  weight: number;
}

export interface SuggestIndex {
  items: FrameworkItem[];
  postings: Map<string, Posting[]>;
  matcher: ConceptMatcher;
}

export interface IndexInput {
  /** Framework items: the assessable ones are suggested, strategies lend their titles to their options. */
  items: readonly FrameworkItem[];
  /** Extra vocabulary by item id. */
  vocabulary?: Readonly<Record<string, ItemVocabulary>>;
  /** Language of the items' text (a pack's language); English when left out. */
  language?: string;
  matcher?: ConceptMatcher;
}

function addText(tf: Map<string, number>, text: string, weight: number, language: string, matcher: ConceptMatcher) {
  const content = tokenize(text, 0, language).filter((t) => !t.stop);
  for (const t of content) tf.set(t.term, (tf.get(t.term) ?? 0) + weight);
  for (const hit of findConcepts(matcher, content, language)) {
    const c = conceptTerm(hit.concept);
    tf.set(c, (tf.get(c) ?? 0) + weight);
  }
}

const byId = (a: FrameworkItem, b: FrameworkItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildIndex(input: IndexInput): SuggestIndex {
  const matcher = input.matcher ?? compileThesaurus();
  const language = input.language ?? "en";
  const parents = new Map(input.items.map((i) => [i.id, i]));
  const items = input.items.filter((i) => ASSESSABLE_KINDS.includes(i.kind)).sort(byId);
  const W = FIELD_WEIGHTS;

  const profiles = items.map((item) => {
    const tf = new Map<string, number>();
    addText(tf, item.title, W.title, language, matcher);
    addText(tf, item.summary, W.summary, language, matcher);
    const quotation = (item.details as CommitmentDetails).quotation?.text;
    if (quotation) addText(tf, quotation, W.quotation, language, matcher);
    for (const point of (item.details as OptionDetails).points ?? []) addText(tf, point, W.points, language, matcher);
    const parent = item.parentId ? parents.get(item.parentId) : undefined;
    if (parent && parent.kind === "strategy") addText(tf, parent.title, W.parent, language, matcher);
    const vocabulary = input.vocabulary?.[item.id];
    for (const phrase of vocabulary?.terms ?? []) addText(tf, phrase, W.vocabularyTerms, "en", matcher);
    for (const concept of vocabulary?.concepts ?? []) {
      if (!matcher.ids.has(concept)) throw new Error(`Vocabulary of ${item.id} names unknown concept '${concept}'`);
      const c = conceptTerm(concept);
      tf.set(c, (tf.get(c) ?? 0) + W.vocabularyConcepts);
    }
    let length = 0;
    for (const v of tf.values()) length += v;
    return { tf, length };
  });

  const n = items.length;
  const average = profiles.reduce((s, p) => s + p.length, 0) / Math.max(1, n);
  const df = new Map<string, number>();
  for (const p of profiles) for (const term of p.tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const postings = new Map<string, Posting[]>();
  profiles.forEach((p, item) => {
    for (const [term, tf] of p.tf) {
      const d = df.get(term) ?? 1;
      const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
      const weight = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * p.length) / average));
      const list = postings.get(term) ?? [];
      list.push({ item, weight });
      postings.set(term, list);
    }
  });
  return { items, postings, matcher };
}
