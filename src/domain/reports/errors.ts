import { msg } from "../../i18n/message";
import { DomainError } from "../errors";
import type { DraftTexts, ReportDraftVersion } from "./types";

/**
 * Someone saved a newer version of the draft while this person was editing.
 * Nothing was overwritten: the page shows their version and gives this
 * person's text back, to merge and save again.
 */
export class DraftConflictError extends DomainError {
  readonly code = "conflict";
  constructor(
    readonly theirs: ReportDraftVersion,
    readonly mine: DraftTexts & { note: string },
  ) {
    super(msg("reports.conflict.error", { n: theirs.version }));
    this.name = "DraftConflictError";
  }
}
