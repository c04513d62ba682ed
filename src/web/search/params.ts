/** The search parameters, shared by the page (/search) and the API (/api/v1/search). */
import { z } from "@hono/zod-openapi";
import { MAX_QUERY_LENGTH } from "../../domain/search/query";
import { MAX_PAGE } from "../../domain/search/search-service";
import { FACETS, type FacetValue, SEARCH_KINDS } from "../../domain/search/types";

const ITEM_ID = /^[A-Za-z0-9_-]{1,128}$/;
const itemFilter = (description: string, example: string) =>
  z
    .string()
    .regex(ITEM_ID, { message: "must be 1 to 128 letters, digits, hyphens or underscores" })
    .optional()
    .openapi({ description, example });

export const searchQuery = z.object({
  q: z
    .string()
    .max(MAX_QUERY_LENGTH, { message: `must be at most ${MAX_QUERY_LENGTH} characters` })
    .default("")
    .openapi({
      description:
        'What to look for. Every word must match (word forms count: "woman" finds "women"); "quoted phrases"; `OR` between words; `-word` leaves a word out; `word*` matches a prefix.',
      example: "online harassment",
    }),
  page: z.coerce
    .number({ message: `must be an integer from 1 to ${MAX_PAGE}` })
    .int({ message: `must be an integer from 1 to ${MAX_PAGE}` })
    .min(1, { message: `must be an integer from 1 to ${MAX_PAGE}` })
    .max(MAX_PAGE, { message: `must be an integer from 1 to ${MAX_PAGE}` })
    .default(1)
    .openapi({ description: "Page of 20 results, from 1.", example: 1 }),
  type: z
    .enum(SEARCH_KINDS as [string, ...string[]], { message: `must be one of ${SEARCH_KINDS.join(", ")}` })
    .optional()
    .openapi({ description: "Only results of this type." }),
  instrument: itemFilter("Only results under this instrument (an instrument id).", "hrc-res-38-5"),
  strategy: itemFilter("Only results under this strategy (a strategy id).", "s01"),
  factor: itemFilter("Only results about this obstacle or opportunity (a factor id).", "justice-accountability"),
  form: itemFilter("Only results about this form of abuse (a form-of-abuse id).", "stalking"),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, { message: "must be an ISO 3166-1 alpha-3 country code such as KEN" })
    .transform((s) => s.toUpperCase())
    .optional()
    .openapi({ description: "Only results about this country (ISO 3166-1 alpha-3).", example: "KEN" }),
  region: z
    .string()
    .regex(/^\d{3}$/, { message: "must be a 3-digit M49 region code, e.g. 002 for Africa" })
    .optional()
    .openapi({ description: "Only results about countries of this M49 region, sub-region or intermediate region." }),
  year: z
    .string()
    .regex(/^\d{4}$/, { message: "must be a year of four digits" })
    .optional()
    .openapi({ description: "Only results dated in this year.", example: "2023" }),
});

export type SearchQuery = z.infer<typeof searchQuery>;

export function facetFilters(q: SearchQuery): FacetValue[] {
  return FACETS.flatMap((facet) => {
    const value = q[facet];
    return value ? [{ facet, value }] : [];
  });
}
