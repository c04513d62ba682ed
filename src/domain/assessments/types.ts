/** Cycles and assessments: one organisation's judgement of one country's implementation of one item in one cycle. */

export const STATUSES = [
  "no_information",
  "not_started",
  "planned",
  "in_progress",
  "substantial",
  "complete",
  "regressed",
  "not_applicable",
] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  no_information: "No information",
  not_started: "Not started",
  planned: "Planned",
  in_progress: "In progress",
  substantial: "Substantial",
  complete: "Complete",
  regressed: "Regressed",
  not_applicable: "Not applicable",
};

export const CONFIDENCES = ["low", "medium", "high"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const REVIEW_STATES = ["draft", "in_review", "published"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface Cycle {
  id: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  /** Position in time: trends compare a cycle with the one before. */
  order: number;
  status: "open" | "closed";
  isDemo: boolean;
  createdAt: string;
}

export interface AssessmentKey {
  organisationId: string;
  countryIso3: string;
  cycleId: string;
  itemId: string;
}

/** What an assessor writes. */
export interface AssessmentContent {
  status: Status;
  /** Markdown; rendered with raw HTML off. */
  narrative: string;
  confidence: Confidence;
  /** Factor ids named as obstacles and as enablers. */
  obstacles: string[];
  enablers: string[];
  evidenceIds: string[];
}

export interface Assessment extends AssessmentKey, AssessmentContent {
  id: string;
  reviewState: ReviewState;
  /** Goes up by one with every save; a save names the version it edited. */
  version: number;
  /** Who saved the current version: the reviewer must be someone else. */
  editedBy: string;
  submittedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A published state, kept for ever: the public reads the newest, and the history reads them all. */
export interface Publication {
  assessmentId: string;
  version: number;
  snapshot: AssessmentKey & AssessmentContent;
  publishedBy: string;
  publishedAt: string;
  methodologyVersion: string;
}

export interface ReviewComment {
  id: string;
  assessmentId: string;
  authorId: string;
  version: number;
  body: string;
  createdAt: string;
}

export interface Reply {
  id: string;
  assessmentId: string;
  organisationId: string;
  authorId: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}
