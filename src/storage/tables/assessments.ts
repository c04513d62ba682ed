/**
 * Table types of assessment work: cycles, assessments with their factors and
 * evidence, published versions, review comments, rights of reply, and the
 * assessment import screen's uploads. Booleans are integers (0/1) and
 * snapshots JSON text (see database.ts).
 */
export interface CyclesTable {
  id: string;
  name: string;
  period_start: string;
  period_end: string;
  ordinal: number;
  status: string;
  is_demo: number;
  created_at: string;
}

export interface AssessmentsTable {
  id: string;
  organisation_id: string;
  country_iso3: string;
  cycle_id: string;
  item_id: string;
  status: string;
  narrative: string;
  confidence: string;
  review_state: string;
  version: number;
  edited_by: string;
  submitted_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface AssessmentFactorsTable {
  assessment_id: string;
  factor_id: string;
  role: string;
}

export interface AssessmentEvidenceTable {
  assessment_id: string;
  evidence_id: string;
}

export interface AssessmentPublicationsTable {
  assessment_id: string;
  version: number;
  snapshot_json: string;
  published_by: string;
  published_at: string;
  methodology_version: string;
}

export interface ReviewCommentsTable {
  id: string;
  assessment_id: string;
  author_id: string;
  version: number;
  body: string;
  created_at: string;
}

export interface RepliesTable {
  id: string;
  assessment_id: string;
  organisation_id: string;
  author_id: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface ImportUploadsTable {
  id: string;
  user_id: string;
  organisation_id: string;
  cycle_id: string;
  file_name: string;
  content: Uint8Array;
  content_sha256: string;
  created_at: string;
  expires_at: string;
}
