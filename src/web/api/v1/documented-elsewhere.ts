/**
 * Endpoints served by other route files (scorecards, published assessments)
 * registered in the OpenAPI document, so that the document lists every public
 * endpoint the API has.
 */
import { type OpenAPIHono, z } from "@hono/zod-openapi";
import { ErrorSchema } from "./envelopes";

const iso3 = z.string().openapi({ param: { name: "iso3", in: "path" }, example: "KEN", description: "ISO 3166-1 alpha-3 code" });
const cycle = z
  .string()
  .optional()
  .openapi({
    param: { name: "cycle", in: "query" },
    example: "2025",
    description: "Assessment cycle id; the newest cycle when left out",
  });
const json = (description: string) => ({
  description,
  content: { "application/json": { schema: z.object({ data: z.unknown(), links: z.record(z.string(), z.string()) }) } },
});
const error = (description: string) => ({ description, content: { "application/json": { schema: ErrorSchema } } });

// biome-ignore lint/suspicious/noExplicitAny: the registry accepts apps of any env
export function documentOtherEndpoints(api: OpenAPIHono<any>): void {
  api.openAPIRegistry.registerPath({
    method: "get",
    path: "/v1/countries/{iso3}/scorecard",
    tags: ["Countries"],
    summary: "A country's scorecard",
    description:
      "The combined country scorecard and each assessing organisation's, for one cycle, computed from published assessments by the methodology version given in `methodologyVersion` (see /methodology).",
    request: { params: z.object({ iso3 }), query: z.object({ cycle }) },
    responses: { 200: json("The scorecards."), 400: error("Unknown cycle."), 404: error("Unknown country or no cycle yet.") },
  });
  api.openAPIRegistry.registerPath({
    method: "get",
    path: "/v1/comparison",
    tags: ["Countries"],
    summary: "Countries compared by strategy",
    description:
      "Every country with a published score in the cycle: its combined score, coverage and score per strategy. Filter by M49 region; sort by name, score or a strategy id.",
    request: {
      query: z.object({
        cycle,
        region: z
          .string()
          .optional()
          .openapi({ param: { name: "region", in: "query" }, example: "002" }),
        sort: z
          .string()
          .optional()
          .openapi({ param: { name: "sort", in: "query" }, example: "s02" }),
      }),
    },
    responses: { 200: json("The comparison."), 400: error("Unknown cycle, region or sort."), 404: error("No cycle yet.") },
  });
  api.openAPIRegistry.registerPath({
    method: "get",
    path: "/v1/countries/{iso3}/assessments",
    tags: ["Countries"],
    summary: "A country's published assessments",
    description:
      "The newest published version of every assessment of the country, by cycle, item and organisation. Organisations are named; people never.",
    request: { params: z.object({ iso3 }), query: z.object({ cycle }) },
    responses: { 200: json("Published assessments."), 400: error("Not a UN member state.") },
  });
  api.openAPIRegistry.registerPath({
    method: "get",
    path: "/v1/assessments/{id}",
    tags: ["Countries"],
    summary: "One published assessment with its history",
    description: "The newest published snapshot (only public evidence), the government's replies and every earlier publication.",
    request: { params: z.object({ id: z.string().openapi({ param: { name: "id", in: "path" } }) }) },
    responses: { 200: json("The assessment."), 404: error("No published assessment with this id.") },
  });
}
