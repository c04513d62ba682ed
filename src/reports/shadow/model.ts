/**
 * The shadow report as a document: a cover, sections of blocks, footnotes and
 * a word count. The builder (./build.ts) makes it from published assessments;
 * the HTML and DOCX renderers only lay it out, so every format says the same.
 */

import type { Audience, ReportLanguage, ReportTemplate } from "../../domain/reports/types";

// The lists live in the domain, where report drafts are checked against them.
export {
  AUDIENCES,
  type Audience,
  REPORT_LANGUAGES,
  REPORT_TEMPLATES as TEMPLATES,
  type ReportLanguage,
} from "../../domain/reports/types";
export type Template = ReportTemplate;

export const REPORT_FORMATS = ["html", "docx", "pdf"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Default UPR word limits (OHCHR technical guidelines for stakeholders). */
export const UPR_WORD_LIMITS = { individual: 2815, joint: 5630 } as const;

/** A piece of text; `lang` is set when it is not in the report's language (an untranslated item title). */
export interface TextRun {
  text: string;
  lang?: string;
  bold?: boolean;
  italic?: boolean;
}
/** A footnote reference, placed after the text it supports. */
export interface NoteRun {
  note: number;
}
export type Run = TextRun | NoteRun;

export type Block =
  | { type: "heading"; level: 1 | 2 | 3; text: Run[]; anchor: string }
  /** `numbered`: a UPR numbered paragraph (numbers run through the body). */
  | { type: "paragraph"; runs: Run[]; numbered: boolean; style?: "note" | "reply" }
  | { type: "table"; caption: string; header: string[]; rows: Run[][][] };

export type SectionId = "executive-summary" | "methodology" | "findings" | "obstacles" | "recommendations" | "replies" | "annex";

export interface Section {
  id: SectionId;
  title: string;
  /** Blocks after the section's own heading (subheadings are level 2 and 3). */
  blocks: Block[];
  /** Counted towards the word limit (the annex is not). */
  counted: boolean;
}

export interface Footnote {
  n: number;
  evidenceId: string;
  /** Source title, publisher, date, locator, in that order, as plain text. */
  text: string;
  url?: string;
}

export interface WordLimit {
  limit: number;
  words: number;
  /** Words over the limit; 0 when within it. */
  exceededBy: number;
}

export interface ShadowReport {
  template: Template;
  lang: ReportLanguage;
  dir: "ltr" | "rtl";
  /** `internal` reports may cite the organisation's own confidential evidence. */
  audience: Audience;
  /** The marking printed on every page of an internal report; null for a public one. */
  confidential: string | null;
  title: string;
  cover: {
    title: string;
    subtitle: string;
    organisations: string[];
    country: string;
    cycle: string;
    date: string;
    /** Printed on the cover, e.g. "Demonstration data" or the translation note. */
    notices: string[];
  };
  sections: Section[];
  footnotes: Footnote[];
  /** Words of the counted sections and their footnotes. */
  words: number;
  wordLimit: WordLimit | null;
  meta: {
    countryIso3: string;
    cycleId: string;
    organisationIds: string[];
    methodologyVersion: string;
    generatedAt: string;
  };
}

export const isNote = (r: Run): r is NoteRun => "note" in r;
export const plain = (runs: readonly Run[]) => runs.map((r) => (isNote(r) ? "" : r.text)).join("");
