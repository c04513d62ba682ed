/**
 * Table types of evidence: the records, their sources, and their links to
 * framework items. Structured values are JSON text (see database.ts).
 */
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
