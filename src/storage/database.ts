/**
 * Table types for Kysely. Booleans are stored as integers (0/1) and structured
 * values as JSON text so that one code path serves SQLite and PostgreSQL.
 */
import type { Kysely } from "kysely";

export interface FrameworkPacksTable {
  id: string;
  version: string;
  title: string;
  description: string;
  language: string;
  source_json: string;
  content_hash: string;
  loaded_at: string;
}

export interface FrameworkItemsTable {
  id: string;
  pack_id: string;
  kind: string;
  parent_id: string | null;
  ordinal: number;
  title: string;
  summary: string;
  citation_json: string;
  details_json: string;
}

export interface ItemLinksTable {
  pack_id: string;
  from_id: string;
  to_id: string;
  type: string;
  rationale: string;
  editorial: number;
}

export interface RegionsTable {
  code: string;
  name: string;
  parent_code: string | null;
}

export interface CountriesTable {
  iso3: string;
  iso2: string;
  m49: string;
  name: string;
  official_name: string;
  region_code: string;
  subregion_code: string;
  intermediate_code: string | null;
  names_json: string;
}

export interface EvidenceTable {
  id: string;
  pack_id: string | null;
  organisation_id: string | null;
  type: string;
  title: string;
  summary: string;
  country_iso3: string | null;
  body: string | null;
  date_text: string | null;
  visibility: string;
  citation_json: string | null;
  created_at: string;
  updated_at: string;
  /** The person who recorded it (null for pack evidence). */
  created_by: string | null;
  /**
   * Goes up by one with every update (compare-and-swap). The column defaults
   * to 1, so inserts (the seed, new records) may leave it out.
   */
  version?: number;
}

export interface EvidenceSourcesTable {
  evidence_id: string;
  position: number;
  title: string;
  publisher: string | null;
  url: string | null;
  date_text: string | null;
  locator: string | null;
  quotation: string | null;
}

export interface EvidenceLinksTable {
  evidence_id: string;
  item_id: string;
}

export interface OrganisationsTable {
  id: string;
  slug: string;
  name: string;
  type: string;
  country_iso3: string | null;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  is_superadmin: number;
  /** TOTP secret, encrypted (see domain/auth/field-crypto). */
  totp_secret: string | null;
  totp_enabled_at: string | null;
  /** The last 30-second step whose code was accepted: a code works once. */
  totp_last_step: number | null;
  created_at: string;
  updated_at: string;
  disabled_at: string | null;
}

export interface MembershipsTable {
  user_id: string;
  organisation_id: string;
  role: string;
  created_at: string;
}

export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the session token; the token itself is only in the cookie. */
  id_hash: string;
  user_id: string;
  /** "two_factor" after the password, "full" once signed in. */
  stage: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip_prefix: string;
  user_agent: string;
  revoked_at: string | null;
}

export interface AuthTokensTable {
  token_hash: string;
  purpose: string;
  user_id: string | null;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  organisation_id: string;
  name: string;
  /** "read" or "read-write". */
  scope: string;
  /** SHA-256 of the secret; the secret itself is shown once and never stored. */
  token_hash: string;
  hint: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** Who revoked it: the owner, or an administrator of its organisation. */
  revoked_by: string | null;
}

export interface RateLimitsTable {
  key: string;
  count: number;
  window_started_at: string;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor_user_id: string | null;
  actor_label: string;
  organisation_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  ip_prefix: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface AppSecretsTable {
  name: string;
  value: string;
  created_at: string;
}

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

export interface SettingsTable {
  name: string;
  value: string;
  updated_at: string;
}

export interface SearchDocumentsTable {
  /** Computed by the application (see search-repository.ts); bigint, read back as a string on PostgreSQL. */
  doc_no: number | string;
  key: string;
  kind: string;
  ref_id: string;
  title: string;
  body_text: string;
  path: string;
  date: string | null;
  visibility: string;
  organisation_id: string | null;
  /** PostgreSQL only: the terms as tsvectors, all and the title's (SQLite keeps them in the search_fts table). */
  tsv?: string;
  title_tsv?: string;
  /** PostgreSQL only: "facet\u001fvalue" for each facet value (SQLite has the search_facets table). */
  facets?: string[];
}

export interface SearchFacetsTable {
  doc_no: number | string;
  facet: string;
  value: string;
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

export interface Database {
  framework_packs: FrameworkPacksTable;
  framework_items: FrameworkItemsTable;
  item_links: ItemLinksTable;
  regions: RegionsTable;
  countries: CountriesTable;
  evidence: EvidenceTable;
  evidence_sources: EvidenceSourcesTable;
  evidence_links: EvidenceLinksTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  auth_tokens: AuthTokensTable;
  api_tokens: ApiTokensTable;
  rate_limits: RateLimitsTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  app_secrets: AppSecretsTable;
  cycles: CyclesTable;
  assessments: AssessmentsTable;
  assessment_factors: AssessmentFactorsTable;
  assessment_evidence: AssessmentEvidenceTable;
  assessment_publications: AssessmentPublicationsTable;
  review_comments: ReviewCommentsTable;
  replies: RepliesTable;
  settings: SettingsTable;
  search_documents: SearchDocumentsTable;
  search_facets: SearchFacetsTable;
  import_uploads: ImportUploadsTable;
}

export type DB = Kysely<Database>;
export type DialectName = "sqlite" | "postgres";
