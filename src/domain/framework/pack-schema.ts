/**
 * The shape of a framework pack on disk (YAML files), validated with zod on load.
 * The schema is generic: any pack made of instruments, commitments, strategies with
 * options, factors, approach categories, forms of abuse, legislative approaches,
 * crosswalk links and evidence loads without code changes.
 */
import { z } from "zod";
import { EVIDENCE_TYPES } from "../evidence/types";

/** Stable, URL-safe record id, unique across every loaded pack. */
export const itemId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case letters, digits and single hyphens, e.g. 'hrc-38-5-c01'");

/** Where in the source document a record comes from. */
export const citation = z.strictObject({
  /** Section heading, box or table of the source, e.g. "Box 1", "Justice and accountability". */
  section: z.string().min(1),
  /** Finer position inside the section, e.g. "bullet 3", "paragraph 2", "option 4". */
  locator: z.string().min(1).optional(),
  /** Footnote numbers of the source that back the record. */
  footnotes: z.array(z.number().int().positive()).optional(),
});

/** Words quoted verbatim from a UN or other document, attributed to it. */
export const quotation = z.strictObject({
  text: z.string().min(1),
  /** Document the words come from: an instrument id of this pack, or a free description. */
  source: z.string().min(1),
});

const base = {
  id: itemId,
  title: z.string().min(1).max(300),
  summary: z.string().min(1),
  citation,
};

export const instrumentType = z.enum([
  "resolution",
  "agreed_conclusions",
  "convention",
  "protocol",
  "general_recommendation",
  "initiative",
  "process",
  "report",
]);

export const instrument = z.strictObject({
  ...base,
  type: instrumentType,
  /** Body that adopted or runs it, e.g. "Human Rights Council", "Council of Europe". */
  body: z.string().min(1),
  year: z.number().int().min(1945).max(2100),
  /** UN document symbol or treaty number, where one exists. */
  symbol: z.string().min(1).optional(),
  /** ISO date (YYYY-MM-DD) of adoption, where known. */
  adopted: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  url: z.url().optional(),
  /** True for the instruments whose commitments this pack lists item by item. */
  core: z.boolean().default(false),
});

/** How the state under review answered a recommendation (UPR: supported or noted). */
export const recommendationResponse = z.enum(["supported", "partially_supported", "noted", "pending"]);

/** A UN recommendation's facts, for commitments that are recommendations (UPR, treaty bodies, special procedures). */
export const recommendation = z.strictObject({
  /** The state or states that made it, as the source names them. */
  recommendingStates: z.array(z.string().min(1)).min(1),
  /** The state it was made to, as the source names it. */
  stateUnderReview: z.string().min(1),
  /** ISO 3166-1 alpha-3 of the state under review, when it is a UN member state. */
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  /** Review cycle and/or session, as the source gives it, e.g. "Cycle 4, session 43". */
  session: z.string().min(1),
  response: recommendationResponse.optional(),
  /** Symbol of the document the recommendation appears in, e.g. "A/HRC/53/4". */
  documentSymbol: z.string().min(1).optional(),
  themes: z.array(z.string().min(1)).default([]),
});

export const commitment = z.strictObject({
  ...base,
  instrument: itemId,
  /** Position within its instrument, from 1. */
  order: z.number().int().positive(),
  quotation: quotation.optional(),
  /** Set when the commitment is a recommendation made to one state. */
  recommendation: recommendation.optional(),
});

export const actor = z.enum(["government", "civil_society", "several"]);

export const option = z.strictObject({
  ...base,
  order: z.number().int().positive(),
  /** Who the source addresses the option to. */
  actor,
  /** When actor is "several": who, in the source's words. */
  actors: z.string().min(1).optional(),
  /** Sub-points the source lists under the option, if any. */
  points: z.array(z.string().min(1)).optional(),
  approachCategories: z.array(itemId).default([]),
});

export const strategy = z.strictObject({
  ...base,
  order: z.number().int().positive(),
  options: z.array(option).min(1),
});

export const simpleItem = z.strictObject({
  ...base,
  order: z.number().int().positive(),
});

export const linkType = z.enum([
  "implements", // option -> commitment
  "addresses_factor", // strategy or option -> factor
  "related", // any -> any
]);

export const crosswalkLink = z.strictObject({
  from: itemId,
  to: itemId,
  type: linkType,
  rationale: z.string().min(1),
  /** True when the link is the project's judgement rather than the source's words. */
  editorial: z.boolean(),
});

export const evidenceType = z.enum(EVIDENCE_TYPES);

export const evidenceSource = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  url: z.url().optional(),
  /** ISO date or partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
    .optional(),
  /** Page, paragraph or section inside the source. */
  locator: z.string().min(1).optional(),
  /** A short quotation from the source, at most 500 characters. */
  quotation: z.string().min(1).max(500).optional(),
});

export const evidenceRecord = z.strictObject({
  id: itemId,
  type: evidenceType,
  title: z.string().min(1).max(300),
  summary: z.string().min(1),
  /** ISO 3166-1 alpha-3 of the country; absent for regional or global records. */
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  /** Regional or international body, for records that are not about one country. */
  body: z.string().min(1).optional(),
  /** ISO date or partial date the record dates from, where the source dates it. */
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
    .optional(),
  citation,
  sources: z.array(evidenceSource).default([]),
  /** Framework items (commitments, options, factors, forms of abuse, ...) it bears on. */
  links: z.array(itemId).min(1),
});

export const packManifest = z.strictObject({
  id: itemId,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a semantic version, e.g. 1.0.0"),
  title: z.string().min(1),
  description: z.string().min(1),
  source: z.strictObject({
    title: z.string().min(1),
    authors: z.array(z.string().min(1)).min(1),
    publisher: z.string().min(1),
    year: z.number().int(),
    url: z.url().optional(),
  }),
  /** Language of the pack's text, BCP 47. */
  language: z.string().min(2),
});

export type Citation = z.infer<typeof citation>;
export type Quotation = z.infer<typeof quotation>;
export type RecommendationDetails = z.infer<typeof recommendation>;
export type InstrumentInput = z.infer<typeof instrument>;
export type CommitmentInput = z.infer<typeof commitment>;
export type StrategyInput = z.infer<typeof strategy>;
export type OptionInput = z.infer<typeof option>;
export type SimpleItemInput = z.infer<typeof simpleItem>;
export type CrosswalkLinkInput = z.infer<typeof crosswalkLink>;
export type EvidenceRecordInput = z.infer<typeof evidenceRecord>;
export type PackManifest = z.infer<typeof packManifest>;
