/**
 * The words for the workspace's fixed values in the reader's language. Status,
 * evidence-type and kind labels are the public pages' (`public` catalogue,
 * web/public/labels.ts), re-exported so that there is one word for each; review
 * states, visibilities and the editor's confidence choices are the `workspace`
 * catalogue's. The domain's English maps (STATUS_LABELS, ...) stay for the API,
 * the CLI and the search index.
 */
import type { Confidence, ReviewState } from "../../domain/assessments/types";
import type { Visibility } from "../../domain/evidence/types";
import { t } from "./t";

export { evidenceTypeLabel, kindPlural, kindSingular, statusLabel } from "../public/labels";

/** "Draft", "In review", "Published". */
export const reviewStateLabel = (state: ReviewState): string => t(`workspace.reviewState.${state}`);

/** "Public", "Organisation", "Restricted". */
export const visibilityLabel = (visibility: Visibility): string => t(`workspace.visibility.${visibility}`);

/** What choosing a visibility means, for the evidence form. */
export const visibilityHint = (visibility: Visibility): string => t(`workspace.visibilityHint.${visibility}`);

/** The editor's confidence choices, with what each level asks of the evidence ("Low: little or indirect evidence"). */
export const confidenceChoiceLabel = (confidence: Confidence): string => t(`workspace.confidenceChoice.${confidence}`);
