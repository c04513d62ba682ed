/**
 * Request parameters of the read API as zod schemas. Each message is the reason
 * half of an InvalidParameterError ("Parameter 'per_page' must be ..."), so the
 * validation hook can name the parameter and say what is wrong in one sentence.
 */
import { z } from "@hono/zod-openapi";
import { EVIDENCE_TYPES } from "../../../domain/evidence/types";
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from "../../../domain/pagination";

/** Far beyond any real list; keeps OFFSET arithmetic small and safe. */
export const MAX_PAGE = 100_000;

function integer(min: number, max: number, fallback: number, description: string) {
  const reason = `must be an integer from ${min} to ${max}`;
  return z.coerce
    .number({ message: reason })
    .int({ message: reason })
    .min(min, { message: reason })
    .max(max, { message: reason })
    .default(fallback)
    .openapi({ description, example: fallback });
}

export const pageQuery = z.object({
  page: integer(1, MAX_PAGE, 1, "Page number, from 1. A page past the end returns an empty `data` array."),
  per_page: integer(1, MAX_PER_PAGE, DEFAULT_PER_PAGE, `Records per page, from 1 to ${MAX_PER_PAGE}.`),
});

/** Framework item ids, evidence ids: letters, digits, hyphens and underscores. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;
const ID_REASON = "must be 1 to 128 letters, digits, hyphens or underscores";

function itemIdFilter(description: string, example: string) {
  return z.string().regex(SAFE_ID, { message: ID_REASON }).optional().openapi({ description, example });
}

export const commitmentsQuery = pageQuery.extend({
  instrument: itemIdFilter("Only commitments of this instrument (an instrument id).", "hrc-res-38-5"),
});

export const ACTORS = ["government", "civil_society", "several"] as const;

export const optionsQuery = pageQuery.extend({
  strategy: itemIdFilter("Only options of this strategy (a strategy id).", "s01"),
  actor: z
    .enum(ACTORS, { message: `must be one of ${ACTORS.join(", ")}` })
    .optional()
    .openapi({ description: "Only options addressed to this actor." }),
});

export const countriesQuery = pageQuery.extend({
  region: z
    .string()
    .regex(/^\d{3}$/, { message: "must be a 3-digit M49 region code, e.g. 002 for Africa" })
    .optional()
    .openapi({ description: "M49 region, sub-region or intermediate region code (3 digits).", example: "002" }),
  has_evidence: z
    .enum(["true", "false"], { message: "must be true or false" })
    .optional()
    .openapi({ description: "Only countries with (true) or without (false) public evidence." }),
});

const ISO3 = /^[A-Za-z]{3}$/;

export const evidenceQuery = pageQuery.extend({
  country: z
    .string()
    .regex(ISO3, { message: "must be an ISO 3166-1 alpha-3 country code such as AUS" })
    .optional()
    .openapi({ description: "Only evidence about this country (ISO 3166-1 alpha-3, any case).", example: "AUS" }),
  item: itemIdFilter("Only evidence linked to this framework item (any kind: commitment, option, strategy, ...).", "csw67-c06"),
  factor: itemIdFilter("Only evidence linked to this factor (a factor id).", "justice-accountability"),
  form: itemIdFilter("Only evidence about this form of abuse (a form-of-abuse id).", "deepfakes"),
  type: z
    .enum(EVIDENCE_TYPES, { message: `must be one of ${EVIDENCE_TYPES.join(", ")}` })
    .optional()
    .openapi({ description: "Only evidence of this type." }),
});

export function idParams(example: string) {
  return z.object({
    id: z
      .string()
      .regex(SAFE_ID, { message: ID_REASON })
      .openapi({ param: { name: "id", in: "path" }, example }),
  });
}

export const iso3Params = z.object({
  iso3: z
    .string()
    .regex(ISO3, { message: "must be an ISO 3166-1 alpha-3 country code such as AUS" })
    .openapi({ param: { name: "iso3", in: "path" }, example: "AUS", description: "ISO 3166-1 alpha-3 code, any case." }),
});

/** Documented so clients see conditional requests are supported; any value is accepted. */
export const conditionalHeaders = z.object({
  "if-none-match": z
    .string()
    .optional()
    .openapi({ description: "ETag(s) from an earlier response; a match returns 304 Not Modified with no body." }),
});
