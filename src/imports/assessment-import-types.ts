/** What an assessments import is given and what it answers (src/imports/assessment-import.ts). */
import type { Actor, Organisation } from "../domain/accounts/types";
import type { RequestContext } from "../domain/auth/auth-service";
import type { Repositories } from "../domain/ports";
import type { Message } from "../i18n/message";
import type { Table } from "./table";

export interface AssessmentImportInput {
  table: Table;
  fileName: string;
  organisation: Organisation;
  cycleId: string;
  actor: Actor;
  dryRun: boolean;
  ctx: RequestContext;
  newId(): string;
  methodologyVersion: string;
  /** Called as rows are checked and saved: phase, rows done, rows in all. */
  onProgress?(phase: "checking" | "saving", done: number, total: number): void;
  /** The `plan` of the preview this run confirms: refused, with nothing saved, when the plan is now different. */
  expectedPlan?: string;
  /** Runs last inside the import's transaction (even when no row changed): what must succeed or fail with it. */
  finish?(tx: Repositories): Promise<void>;
}

/** One row of the file and what the import does with it. */
export interface PlannedRow {
  row: number;
  countryIso3: string;
  itemId: string;
  status: string;
  action: "create" | "update" | "unchanged";
}

export interface AssessmentImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  dryRun: boolean;
  /** What the file holds that was not imported (translations, export-only columns), in plain English words. */
  notices: string[];
  /** The same notices as catalogue messages, for pages in the reader's language. */
  noticeTexts: Message[];
  /** Every row in file order, with its action. */
  planned: PlannedRow[];
  /** Fingerprint of what would be written (rows, actions, contents, versions): see `expectedPlan`. */
  plan: string;
}
