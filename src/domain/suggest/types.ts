/** What the suggester takes and gives. */
import type { FrameworkItem } from "../framework/types";

/** Extra words for one framework item: thesaurus concepts it is about and phrases a drafter would use. */
export interface ItemVocabulary {
  concepts?: string[];
  terms?: string[];
}

/** A stretch of the document: [start, end) are offsets into the text given to the suggester. */
export interface Passage {
  start: number;
  end: number;
  text: string;
}

/** One word of the document that made a passage match: its offsets and its spelling in the document. */
export interface Match {
  start: number;
  end: number;
  word: string;
}

export interface PassageMatch extends Passage {
  /** The passage's score for the item. */
  score: number;
  /** The document's words that matched the item, in text order. */
  matches: Match[];
}

export interface Suggestion {
  item: FrameworkItem;
  /** Evidence across passages: the best passage's score plus a share of the next best. */
  score: number;
  /** The best matching passages, best first. */
  passages: PassageMatch[];
  /** Why: the document's words that matched, most telling first, each once. */
  why: string[];
}

export interface SuggestOptions {
  /** How many items to return (default 10). */
  top?: number;
  /** How many passages to show per item (default 3). */
  passagesPerItem?: number;
}

export interface SuggestResult {
  suggestions: Suggestion[];
  /** How many passages the text was split into. */
  passageCount: number;
}
