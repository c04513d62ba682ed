import type { Citation } from "../framework/pack-schema";

export const EVIDENCE_TYPES = [
  "law",
  "policy",
  "institution",
  "court_decision",
  "programme",
  "budget_line",
  "campaign",
  "dataset",
  "cso_action",
  "other",
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** Who may see a record: everyone, the owning organisation, or its reviewers and admins. */
export const VISIBILITIES = ["public", "organisation", "restricted"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface EvidenceSource {
  title: string;
  publisher?: string;
  url?: string;
  date?: string;
  locator?: string;
  quotation?: string;
}

export interface Evidence {
  id: string;
  packId: string | null;
  organisationId: string | null;
  type: EvidenceType;
  title: string;
  summary: string;
  countryIso3: string | null;
  body: string | null;
  date: string | null;
  visibility: Visibility;
  citation: Citation | null;
  sources: EvidenceSource[];
  /** Ids of the framework items it bears on. */
  links: string[];
  createdAt: string;
  updatedAt: string;
}

export interface EvidenceFilter {
  country?: string;
  /** Framework item ids (commitment, option, factor, form of abuse, ...): a record must link to every one. */
  items?: readonly string[];
  type?: EvidenceType;
  /** Only these visibilities are returned; public callers pass ["public"]. */
  visibility: readonly Visibility[];
  /** Also the confidential records of one organisation, for its own members (see evidenceAccess). */
  access?: EvidenceAccess;
}

/** Which of one organisation's confidential records someone may see. */
export interface EvidenceAccess {
  organisationId: string;
  visibilities: readonly Exclude<Visibility, "public">[];
}
