/**
 * Shadow report drafts: what an organisation is writing for one country, cycle
 * and template, and every version of the parts people write (the executive
 * summary and the recommendations). The rest of a report is generated from the
 * published assessments each time it is built.
 */

export const REPORT_TEMPLATES = ["general", "upr", "cedaw"] as const;
export type ReportTemplate = (typeof REPORT_TEMPLATES)[number];

/** Languages the report's own words exist in: the six UN languages, as the site (src/reports/shadow/messages/). */
export const REPORT_LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh"] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/**
 * `public`: public evidence only, fit to file. `internal`: also the
 * organisation's own confidential evidence that the reader's role may see,
 * marked "Confidential" on every page.
 */
export const AUDIENCES = ["public", "internal"] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface ReportDraft {
  id: string;
  organisationId: string;
  countryIso3: string;
  cycleId: string;
  template: ReportTemplate;
  lang: ReportLanguage;
  audience: Audience;
  /** Other organisations whose published assessments the report also contains (a joint submission). */
  coalitionIds: string[];
  /** Overrides the template's limit; null: the template's (UPR) or none. */
  wordLimit: number | null;
  title: string;
  createdBy: string;
  createdAt: string;
  /** The newest version's number: a save must name it (compare-and-swap). */
  currentVersion: number;
  updatedAt: string;
}

/** The parts of a report people write. Markdown: paragraphs, "- " lists, **bold**, *italic*. */
export interface DraftTexts {
  executiveSummary: string;
  recommendations: string;
}

export interface ReportDraftVersion extends DraftTexts {
  draftId: string;
  version: number;
  /** What changed, in the author's words (may be empty). */
  note: string;
  savedBy: string;
  savedAt: string;
}

/** What storage needs to keep drafts and their versions. */
export interface ReportDraftRepository {
  /** Stores a draft with its first version. */
  create(draft: ReportDraft, first: ReportDraftVersion): Promise<void>;
  get(id: string): Promise<ReportDraft | undefined>;
  /** One organisation's drafts, the most recently saved first. */
  listForOrganisation(organisationId: string): Promise<ReportDraft[]>;
  /**
   * Adds `version` if the draft's current version is still `expectedVersion`
   * (compare-and-swap); false when someone saved a newer version meanwhile.
   * Call it in a transaction: it moves the draft's counter, then inserts.
   */
  addVersion(version: ReportDraftVersion, expectedVersion: number): Promise<boolean>;
  /** Every version of a draft, newest first. */
  listVersions(draftId: string): Promise<ReportDraftVersion[]>;
  getVersion(draftId: string, version: number): Promise<ReportDraftVersion | undefined>;
}
