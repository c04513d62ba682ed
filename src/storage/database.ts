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

export interface Database {
  framework_packs: FrameworkPacksTable;
  framework_items: FrameworkItemsTable;
  item_links: ItemLinksTable;
  regions: RegionsTable;
  countries: CountriesTable;
  evidence: EvidenceTable;
  evidence_sources: EvidenceSourcesTable;
  evidence_links: EvidenceLinksTable;
}

export type DB = Kysely<Database>;
export type DialectName = "sqlite" | "postgres";
