/**
 * Table types of what seeding loads: framework packs, their items and
 * crosswalk links (migration 001), and the reference regions and countries.
 * Booleans are integers (0/1) and structured values JSON text (see database.ts).
 */
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
