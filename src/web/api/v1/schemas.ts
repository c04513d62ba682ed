/**
 * Response shapes of the read API, as zod schemas with OpenAPI names. The
 * presenters are typed against these, so the published document and the JSON
 * actually served cannot drift apart silently.
 */
import { z } from "@hono/zod-openapi";
import { EVIDENCE_TYPES } from "../../../domain/evidence/types";
import { ITEM_KINDS } from "../../../domain/framework/types";
import { ACTORS } from "./params";

export { ErrorSchema, listOf, single } from "./envelopes";

const apiUrl = z.string().openapi({ description: "Absolute URL of this record in the API.", format: "uri" });
const htmlUrl = z.string().openapi({ description: "Absolute URL of this record's public web page.", format: "uri" });

export const CitationSchema = z
  .object({
    section: z.string(),
    locator: z.string().nullable(),
    footnotes: z.array(z.number().int()),
  })
  .openapi("Citation", { description: "Where in the source document the record comes from." });

export const ItemRefSchema = z
  .object({ id: z.string(), kind: z.enum(ITEM_KINDS), title: z.string(), url: apiUrl, htmlUrl })
  .openapi("ItemRef");

export const LinkedItemSchema = ItemRefSchema.extend({
  rationale: z.string().openapi({ description: "Why the two items are linked." }),
  editorial: z.boolean().openapi({ description: "True when the link is the project's judgement, not the source's words." }),
}).openapi("LinkedItem");

export const EvidenceRefSchema = z
  .object({
    id: z.string(),
    type: z.enum(EVIDENCE_TYPES),
    title: z.string(),
    countryIso3: z.string().nullable(),
    url: apiUrl,
    htmlUrl,
  })
  .openapi("EvidenceRef");

const itemBase = {
  id: z.string(),
  kind: z.enum(ITEM_KINDS),
  packId: z.string(),
  order: z.number().int(),
  title: z.string(),
  summary: z.string(),
  citation: CitationSchema,
  url: apiUrl,
  htmlUrl,
};

export const FrameworkItemSchema = z.object(itemBase).openapi("FrameworkItem");

export const InstrumentSchema = z
  .object({
    ...itemBase,
    type: z.string().openapi({ example: "resolution" }),
    body: z.string().openapi({ example: "Human Rights Council" }),
    year: z.number().int(),
    symbol: z.string().nullable().openapi({ example: "A/HRC/RES/38/5" }),
    adopted: z.string().nullable().openapi({ description: "Adoption date, YYYY-MM-DD." }),
    documentUrl: z.string().nullable().openapi({ description: "The instrument's text, e.g. on undocs.org." }),
    core: z.boolean().openapi({ description: "True when the pack lists its commitments item by item." }),
  })
  .openapi("Instrument");

export const QuotationSchema = z.object({ text: z.string(), source: z.string() }).openapi("Quotation");

export const RecommendationSchema = z
  .object({
    recommendingStates: z.array(z.string()).openapi({ description: "The state or states that made the recommendation." }),
    stateUnderReview: z.string().openapi({ description: "The state it was made to, as the source names it." }),
    country: z.string().nullable().openapi({ description: "ISO alpha-3 of the state under review, when a UN member state." }),
    session: z.string().openapi({ description: "Review cycle and/or session, as the source gives it." }),
    response: z
      .enum(["supported", "partially_supported", "noted", "pending"])
      .nullable()
      .openapi({ description: "How the state under review answered it." }),
    documentSymbol: z.string().nullable().openapi({ example: "A/HRC/53/4" }),
    themes: z.array(z.string()),
  })
  .openapi("Recommendation");

export const CommitmentSchema = z
  .object({
    ...itemBase,
    instrumentId: z.string().nullable(),
    quotation: QuotationSchema.nullable(),
    recommendation: RecommendationSchema.nullable().openapi({
      description: "Set when the commitment is a UN recommendation (an imported recommendations pack).",
    }),
  })
  .openapi("Commitment");

export const OptionSchema = z
  .object({
    ...itemBase,
    strategyId: z.string().nullable(),
    actor: z.enum(ACTORS),
    actors: z.string().nullable().openapi({ description: "Who, in the source's words, when actor is 'several'." }),
    points: z.array(z.string()),
    approachCategoryIds: z.array(z.string()),
  })
  .openapi("PracticalOption");

export const CountrySchema = z
  .object({
    iso3: z.string().openapi({ example: "AUS" }),
    iso2: z.string(),
    m49: z.string(),
    name: z.string(),
    officialName: z.string(),
    regionCode: z.string(),
    subregionCode: z.string(),
    intermediateCode: z.string().nullable(),
    names: z.record(z.string(), z.string()).openapi({ description: "Localised names by BCP 47 language code." }),
    evidenceCount: z.number().int().openapi({ description: "Number of public evidence records about the country." }),
    url: apiUrl,
    htmlUrl,
  })
  .openapi("Country");

export const SourceSchema = z
  .object({
    title: z.string(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    date: z.string().nullable(),
    locator: z.string().nullable(),
    quotation: z.string().nullable(),
  })
  .openapi("EvidenceSource");

export const EvidenceSchema = z
  .object({
    id: z.string(),
    packId: z.string().nullable(),
    type: z.enum(EVIDENCE_TYPES),
    title: z.string(),
    summary: z.string(),
    countryIso3: z.string().nullable(),
    body: z.string().nullable().openapi({ description: "Regional or international body, for records not about one country." }),
    date: z.string().nullable(),
    citation: CitationSchema.nullable(),
    sources: z.array(SourceSchema),
    itemIds: z.array(z.string()).openapi({ description: "Framework items the record bears on." }),
    createdAt: z.string(),
    updatedAt: z.string(),
    url: apiUrl,
    htmlUrl,
  })
  .openapi("Evidence");

const evidenceList = z.array(EvidenceRefSchema).openapi({ description: "Public evidence about the item." });

export const InstrumentDetailSchema = InstrumentSchema.extend({
  commitments: z.array(ItemRefSchema),
  evidence: evidenceList,
}).openapi("InstrumentDetail");

export const CommitmentDetailSchema = CommitmentSchema.extend({
  instrument: ItemRefSchema.nullable(),
  options: z.array(LinkedItemSchema).openapi({ description: "Practical options that implement the commitment." }),
  evidence: evidenceList.openapi({ description: "Public evidence linked to the commitment or to an option implementing it." }),
}).openapi("CommitmentDetail");

export const StrategyDetailSchema = FrameworkItemSchema.extend({
  options: z.array(ItemRefSchema),
  factors: z.array(LinkedItemSchema),
}).openapi("StrategyDetail");

export const OptionDetailSchema = OptionSchema.extend({
  strategy: ItemRefSchema.nullable(),
  commitments: z.array(LinkedItemSchema).openapi({ description: "Commitments the option implements." }),
  factors: z.array(LinkedItemSchema),
  approachCategories: z.array(ItemRefSchema),
  evidence: evidenceList,
}).openapi("PracticalOptionDetail");

export const FactorDetailSchema = FrameworkItemSchema.extend({
  strategies: z.array(LinkedItemSchema),
  options: z.array(LinkedItemSchema),
  evidence: evidenceList,
}).openapi("FactorDetail");

export const ApproachCategoryDetailSchema = FrameworkItemSchema.extend({
  options: z.array(ItemRefSchema),
}).openapi("ApproachCategoryDetail");

export const ItemWithEvidenceSchema = FrameworkItemSchema.extend({ evidence: evidenceList }).openapi("FrameworkItemWithEvidence");

export const CountryDetailSchema = CountrySchema.extend({
  evidence: z.array(EvidenceRefSchema),
  byStrategy: z.array(z.object({ strategy: ItemRefSchema, evidenceIds: z.array(z.string()) })),
  byFactor: z.array(z.object({ factor: ItemRefSchema, evidenceIds: z.array(z.string()) })),
}).openapi("CountryDetail");

export const CountryRefSchema = z.object({ iso3: z.string(), name: z.string(), url: apiUrl, htmlUrl }).openapi("CountryRef");

export const EvidenceDetailSchema = EvidenceSchema.extend({
  country: CountryRefSchema.nullable(),
  items: z.array(ItemRefSchema),
}).openapi("EvidenceDetail");

export type ItemRef = z.infer<typeof ItemRefSchema>;
export type LinkedItem = z.infer<typeof LinkedItemSchema>;
export type EvidenceRef = z.infer<typeof EvidenceRefSchema>;
export type FrameworkItemRecord = z.infer<typeof FrameworkItemSchema>;
export type InstrumentRecord = z.infer<typeof InstrumentSchema>;
export type CommitmentRecord = z.infer<typeof CommitmentSchema>;
export type OptionRecord = z.infer<typeof OptionSchema>;
export type CountryRecord = z.infer<typeof CountrySchema>;
export type EvidenceRecord = z.infer<typeof EvidenceSchema>;
export type CountryDetail = z.infer<typeof CountryDetailSchema>;
export type EvidenceDetail = z.infer<typeof EvidenceDetailSchema>;
export type ItemDetail =
  | z.infer<typeof InstrumentDetailSchema>
  | z.infer<typeof CommitmentDetailSchema>
  | z.infer<typeof StrategyDetailSchema>
  | z.infer<typeof OptionDetailSchema>
  | z.infer<typeof FactorDetailSchema>
  | z.infer<typeof ApproachCategoryDetailSchema>
  | z.infer<typeof ItemWithEvidenceSchema>;
