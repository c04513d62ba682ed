/**
 * The database as Kysely sees it: every table by name, the Kysely handle type
 * and the dialect names. Booleans are stored as integers (0/1) and structured
 * values as JSON text so that one code path serves SQLite and PostgreSQL.
 * The table types live in tables/, one file per area; they are re-exported
 * here, the one place repositories import them from.
 */
import type { Kysely } from "kysely";
import type {
  ApiTokensTable,
  AuthTokensTable,
  MembershipsTable,
  OrganisationsTable,
  RateLimitsTable,
  RecoveryCodesTable,
  SessionsTable,
  UsersTable,
} from "./tables/accounts";
import type {
  AssessmentEvidenceTable,
  AssessmentFactorsTable,
  AssessmentPublicationsTable,
  AssessmentsTable,
  CyclesTable,
  ImportUploadsTable,
  RepliesTable,
  ReviewCommentsTable,
} from "./tables/assessments";
import type { EvidenceLinksTable, EvidenceSourcesTable, EvidenceTable } from "./tables/evidence";
import type { CountriesTable, FrameworkItemsTable, FrameworkPacksTable, ItemLinksTable, RegionsTable } from "./tables/framework";
import type {
  AppSecretsTable,
  AuditHeadTable,
  AuditLogTable,
  SearchDocumentsTable,
  SearchFacetsTable,
  SettingsTable,
} from "./tables/system";

export type * from "./tables/accounts";
export type * from "./tables/assessments";
export type * from "./tables/evidence";
export type * from "./tables/framework";
export type * from "./tables/system";

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
