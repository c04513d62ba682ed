/** GET /v1/countries (filter by M49 region and by whether public evidence exists) and /v1/countries/{iso3}. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { countryService } from "../../../domain/countries/country-service";
import type { WebDeps } from "../../deps";
import { requireRegion } from "./lookups";
import { itemRoute, listRoute } from "./openapi-routes";
import { listBody, pageOf } from "./pagination";
import { countriesQuery, iso3Params } from "./params";
import { presenters } from "./presenters";
import { type CountryDetail, CountryDetailSchema, CountrySchema, listOf, single } from "./schemas";

export function countryRoutes(app: OpenAPIHono, deps: WebDeps) {
  const countries = countryService(deps.repos);
  const p = presenters(deps.config.publicOrigin);

  app.openapi(
    listRoute({
      path: "/v1/countries",
      tag: "Countries",
      summary: "List countries",
      description:
        "Every UN member state, by name, with its number of public evidence records. Filter by `region` (an M49 region, sub-region or intermediate region) and `has_evidence`.",
      query: countriesQuery,
      schema: listOf(CountrySchema, "CountryList"),
    }),
    async (c) => {
      const q = c.req.valid("query");
      const region = q.region ? await requireRegion(deps.repos, "region", q.region) : undefined;
      const hasEvidence = q.has_evidence === undefined ? undefined : q.has_evidence === "true";
      const all = await countries.list({ region, hasEvidence });
      const page = pageOf(all, { page: q.page, perPage: q.per_page });
      const data = page.items.map((l) => p.country(l.country, l.evidenceCount));
      return c.json(listBody(page, data, c.req.url, deps.config.publicOrigin), 200);
    },
  );

  app.openapi(
    itemRoute({
      path: "/v1/countries/{iso3}",
      tag: "Countries",
      summary: "Get a country",
      description: "One country with its public evidence, and that evidence's ids grouped by strategy and by factor.",
      params: iso3Params,
      schema: single(CountryDetailSchema, "CountryResponse"),
    }),
    async (c) => {
      const profile = await countries.profile(c.req.valid("param").iso3);
      const data: CountryDetail = {
        ...p.country(profile.country, profile.evidence.length),
        evidence: profile.evidence.map(p.evidenceRef),
        byStrategy: profile.byStrategy.map((g) => ({ strategy: p.ref(g.strategy), evidenceIds: g.evidence.map((e) => e.id) })),
        byFactor: profile.byFactor.map((g) => ({ factor: p.ref(g.factor), evidenceIds: g.evidence.map((e) => e.id) })),
      };
      return c.json({ data, links: { self: data.url, html: data.htmlUrl } }, 200);
    },
  );
}
