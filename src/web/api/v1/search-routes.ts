/** GET /v1/search: the search page's results as JSON, with the same parameters, ranking and facets. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ANONYMOUS } from "../../../domain/accounts/types";
import { type SearchResults, searchService } from "../../../domain/search/search-service";
import { requires } from "../../auth/guard";
import type { WebDeps } from "../../deps";
import type { AppEnv } from "../../env";
import { facetFilters, searchQuery } from "../../search/params";
import { searchHref } from "../../search/views";
import { ErrorSchema } from "./envelopes";

const HitSchema = z
  .object({
    type: z.string().openapi({ example: "commitment" }),
    typeName: z.string().openapi({ example: "Commitment" }),
    id: z.string().openapi({ example: "hrc-38-5-c01" }),
    title: z.string(),
    htmlUrl: z.string().openapi({ description: "The record's page." }),
    date: z.string().nullable(),
    snippet: z.string().openapi({ description: "A passage of the record's text around the matching words." }),
    highlights: z
      .array(z.tuple([z.number().int(), z.number().int()]))
      .openapi({ description: "Start and end offsets (UTF-16) of the matching words in `snippet`." }),
    confidential: z
      .boolean()
      .openapi({ description: "True for your organisation's confidential evidence (only ever shown to its members)." }),
  })
  .openapi("SearchHit");

const FacetSchema = z.object({ value: z.string(), label: z.string(), count: z.number().int() }).openapi("SearchFacetValue");

const SearchResponseSchema = z
  .object({
    data: z.array(HitSchema),
    meta: z.object({
      query: z.string(),
      page: z.number().int(),
      perPage: z.number().int(),
      total: z.number().int(),
      totalIsEstimate: z.boolean().openapi({
        description: "True above 5,000 matches: `total` and the facet counts are then estimates (two significant figures).",
      }),
      ignored: z.array(z.string()).openapi({ description: "Query words left out as too common or too short." }),
      problem: z.string().optional().openapi({ description: "Why nothing was searched (e.g. an empty query)." }),
    }),
    facets: z.record(z.string(), z.array(FacetSchema)).openapi({
      description: "Counts per facet value over all matches: type, instrument, strategy, factor, form, country, region, year.",
    }),
    links: z.object({ self: z.string(), next: z.string().nullable(), prev: z.string().nullable(), html: z.string() }),
  })
  .openapi("SearchResults");

const route = createRoute({
  method: "get",
  path: "/v1/search",
  middleware: [requires("public.read")] as const,
  tags: ["Search"],
  summary: "Search everything",
  description:
    "Commitments, practical options, instruments and the other framework items, countries, public evidence and published assessments, ranked alike on SQLite and PostgreSQL. Language-aware in the six UN languages. Signed-in members also find their organisation's confidential evidence.",
  request: { query: searchQuery },
  responses: {
    200: {
      description: "One page of results with facet counts.",
      content: { "application/json": { schema: SearchResponseSchema } },
    },
    400: { description: "A parameter is malformed.", content: { "application/json": { schema: ErrorSchema } } },
  },
});

function body(results: SearchResults, origin: string) {
  const filters = results.filters.map(({ facet, value }) => ({ facet, value }));
  const api = (page: number) => `${origin}/api/v1${searchHref(results.q, filters, page)}`;
  const pages = Math.min(Math.ceil(results.total / results.perPage), 50);
  return {
    data: results.hits.map((h) => {
      let snippet = h.snippet.cutStart ? "… " : "";
      const highlights: [number, number][] = [];
      for (const p of h.snippet.parts) {
        if (p.hit) highlights.push([snippet.length, snippet.length + p.text.length]);
        snippet += p.text;
      }
      if (h.snippet.cutEnd) snippet += " …";
      return {
        type: h.kind,
        typeName: h.kindName,
        id: h.refId,
        title: h.title,
        htmlUrl: origin + h.path,
        date: h.date,
        snippet,
        highlights,
        confidential: h.confidential,
      };
    }),
    meta: {
      query: results.q,
      page: results.page,
      perPage: results.perPage,
      total: results.total,
      totalIsEstimate: results.estimated,
      ignored: results.ignored,
      ...(results.problem ? { problem: results.problem } : {}),
    },
    facets: Object.fromEntries(
      results.facets.map((g) => [g.facet, g.values.map(({ value, label, count }) => ({ value, label, count }))]),
    ),
    links: {
      self: api(results.page),
      next: results.page < pages ? api(results.page + 1) : null,
      prev: results.page > 1 ? api(results.page - 1) : null,
      html: origin + searchHref(results.q, filters, results.page),
    },
  };
}

export function searchApiRoutes(app: OpenAPIHono, deps: WebDeps) {
  const search = searchService(deps.repos);
  app.openapi(route, async (c) => {
    const q = c.req.valid("query");
    // The API app is mounted inside the web app, whose session middleware names the actor.
    const actor = (c.var as Partial<AppEnv["Variables"]>).actor ?? ANONYMOUS;
    const results = await search.search(actor, { q: q.q, filters: facetFilters(q), page: q.page });
    return c.json(body(results, deps.config.publicOrigin), 200);
  });
}
