/**
 * Table types of the installation's own records: the hash-chained audit log
 * and its head, the installation's secrets and settings, and the search index
 * (documents and, on SQLite, facets).
 */
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
