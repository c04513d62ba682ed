/**
 * GET /v1/evidence and /v1/evidence/{id}. Only public evidence is ever read:
 * every repository call passes PUBLIC, whatever the request says.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { NotFoundError } from "../../../domain/errors";
import { PUBLIC } from "../../../domain/framework/catalogue";
import type { WebDeps } from "../../deps";
import { requireCountry, requireItem } from "./lookups";
import { itemRoute, listRoute } from "./openapi-routes";
import { listBody } from "./pagination";
import { evidenceQuery, idParams } from "./params";
import { presenters } from "./presenters";
import { type EvidenceDetail, EvidenceDetailSchema, EvidenceSchema, listOf, single } from "./schemas";

export function evidenceRoutes(app: OpenAPIHono, deps: WebDeps) {
  const { repos } = deps;
  const p = presenters(deps.config.publicOrigin);

  app.openapi(
    listRoute({
      path: "/v1/evidence",
      tag: "Evidence",
      summary: "List public evidence",
      description:
        "Public evidence records, by country then date. Filters combine: `country`, `type`, and `item`, `factor` and `form`, which each name a framework item the record must be linked to.",
      query: evidenceQuery,
      schema: listOf(EvidenceSchema, "EvidenceList"),
    }),
    async (c) => {
      const q = c.req.valid("query");
      const country = q.country ? await requireCountry(repos, "country", q.country) : undefined;
      const items: string[] = [];
      if (q.item) items.push((await requireItem(repos, "item", q.item)).id);
      if (q.factor) items.push((await requireItem(repos, "factor", q.factor, "factor")).id);
      if (q.form) items.push((await requireItem(repos, "form", q.form, "form_of_abuse")).id);
      const page = await repos.evidence.listEvidence(
        { country, type: q.type, items: [...new Set(items)], visibility: PUBLIC },
        { page: q.page, perPage: q.per_page },
      );
      return c.json(listBody(page, page.items.map(p.evidence), c.req.url, deps.config.publicOrigin), 200);
    },
  );

  app.openapi(
    itemRoute({
      path: "/v1/evidence/{id}",
      tag: "Evidence",
      summary: "Get an evidence record",
      description: "One public evidence record with its sources, its country and the framework items it bears on.",
      params: idParams("aus-adult-cyber-abuse-scheme"),
      schema: single(EvidenceDetailSchema, "EvidenceResponse"),
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const evidence = await repos.evidence.getEvidence(id, PUBLIC);
      if (!evidence) throw new NotFoundError("evidenceRecord", id);
      const [country, items] = await Promise.all([
        evidence.countryIso3 ? repos.countries.getCountry(evidence.countryIso3) : undefined,
        repos.framework.listItems({ ids: evidence.links }),
      ]);
      const data: EvidenceDetail = {
        ...p.evidence(evidence),
        country: country ? { iso3: country.iso3, name: country.name, ...p.urls.country(country.iso3) } : null,
        items: items.map(p.ref),
      };
      return c.json({ data, links: { self: data.url, html: data.htmlUrl } }, 200);
    },
  );
}
