/** Framework items as the rest of Blueprint sees them, whatever pack they come from. */
import type { Citation, PackManifest, Quotation, RecommendationDetails } from "./pack-schema";

export const ITEM_KINDS = [
  "instrument",
  "commitment",
  "strategy",
  "option",
  "factor",
  "approach_category",
  "form_of_abuse",
  "legislative_approach",
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Kind-specific fields, kept as one typed record per kind. */
export interface InstrumentDetails {
  type: string;
  body: string;
  year: number;
  symbol?: string;
  adopted?: string;
  url?: string;
  core: boolean;
}
export interface CommitmentDetails {
  quotation?: Quotation;
  /** Present when the commitment is a UN recommendation (an imported recommendations pack). */
  recommendation?: RecommendationDetails;
}
export interface OptionDetails {
  actor: "government" | "civil_society" | "several";
  actors?: string;
  points?: string[];
  approachCategories: string[];
}
export type ItemDetails = InstrumentDetails | CommitmentDetails | OptionDetails | Record<string, never>;

export interface FrameworkItem<D = ItemDetails> {
  id: string;
  packId: string;
  kind: ItemKind;
  /** The instrument of a commitment, the strategy of an option. */
  parentId: string | null;
  order: number;
  title: string;
  summary: string;
  citation: Citation;
  details: D;
}

export type Instrument = FrameworkItem<InstrumentDetails>;
export type Commitment = FrameworkItem<CommitmentDetails>;
export type PracticalOption = FrameworkItem<OptionDetails>;

export type LinkType = "implements" | "addresses_factor" | "related";

export interface ItemLink {
  packId: string;
  fromId: string;
  toId: string;
  type: LinkType;
  rationale: string;
  editorial: boolean;
}

export interface PackInfo extends Omit<PackManifest, "source"> {
  source: PackManifest["source"];
  contentHash: string;
  loadedAt: string;
}

/** Assessable items: what organisations assess country by country. */
export const ASSESSABLE_KINDS: readonly ItemKind[] = ["commitment", "option"];
