/**
 * The report's own words (headings and generated sentences), one object per
 * report language. Framework titles, narratives and replies are not translated
 * here: they stay in their original language, marked as such (see ../build.ts).
 * Functions that take a count format it and choose the plural form themselves
 * (./intl.ts), since languages disagree on both.
 */
import type { Status } from "../../../domain/assessments/types";
import type { Template } from "../model";

export interface Messages {
  title: Record<Template, string>;
  joint: string;
  subtitle: (country: string, cycle: string) => string;
  submittedBy: string;
  country: string;
  cycle: string;
  date: string;
  contents: string;
  notes: string;
  demo: string;
  /** After an item title left in its original language. */
  untranslated: string;
  /** On the cover of a report whose item titles and texts stay in another language; empty in English. */
  untranslatedNotice: string;
  sections: Record<
    "executive-summary" | "methodology" | "findings" | "obstacles" | "recommendations" | "replies" | "annex",
    string
  >;
  status: Record<Status, string>;
  /** `counts`: statusCount() of each status, joined with punctuation.comma. */
  summary: (p: { country: string; cycle: string; assessed: number; total: number; counts: string }) => string;
  /** "1 planned", "запланировано: 1", "已规划1项": how many assessed items have the status labelled `status`. */
  statusCount: (n: number, status: string) => string;
  /** `score` and `coverage` come formatted in the report's language. */
  score: (score: string, coverage: string, version: string) => string;
  noScore: (version: string) => string;
  editMe: string;
  method: {
    scale: (version: string) => string;
    points: (list: string) => string;
    leftOut: (list: string) => string;
    coalition: string;
    evidence: string;
    evidenceInternal: string;
  };
  commitments: string;
  options: string;
  statusLine: (status: string) => string;
  disputed: string;
  obstacleLine: (n: number) => string;
  noObstacles: string;
  recommendIntro: string;
  recommend: string;
  noRecommendations: string;
  replyFrom: (org: string, date: string) => string;
  noReplies: string;
  annexCaption: string;
  annexHeader: [string, string, string, string];
  kind: { commitment: string; option: string };
  notAssessed: string;
  /** A later citation of a record: its title and the note that cites it in full. */
  seeNote: (title: string, n: number) => string;
  wordCount: (words: number, limit: number) => string;
  /**
   * Punctuation the builder puts between generated words: between the items
   * of a list ("A, B", "A、B"), between a list's long items ("A; B"), after a
   * label ("Status: ", "Statut : ", "状态："), at the end of a sentence, the
   * space between two sentences or words (none in Chinese), and brackets.
   */
  punctuation: { comma: string; semicolon: string; colon: string; stop: string; space: string; brackets: [string, string] };
  /** Printed on every page of an internal report. */
  confidential: string;
  /** After a footnote citing a confidential record. */
  confidentialEvidence: string;
}
