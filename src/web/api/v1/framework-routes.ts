/**
 * GET /v1/{instruments, commitments, strategies, options, factors, approach-categories,
 * forms-of-abuse, legislative-approaches}, each with /{id}. Lists page through the
 * pack's items; each item by id comes with what links to it, from the catalogue.
 */
import type { OpenAPIHono, z } from "@hono/zod-openapi";
import { catalogue, type EvidenceByCountry, KIND_LABELS } from "../../../domain/framework/catalogue";
import type { FrameworkItem, ItemKind, OptionDetails } from "../../../domain/framework/types";
import type { WebDeps } from "../../deps";
import { requireItem } from "./lookups";
import { itemRoute, listRoute } from "./openapi-routes";
import { listBody, pageOf } from "./pagination";
import { commitmentsQuery, idParams, optionsQuery, pageQuery } from "./params";
import { presenters } from "./presenters";
import * as s from "./schemas";

type ItemQuery = z.infer<typeof pageQuery> & Partial<z.infer<typeof commitmentsQuery> & z.infer<typeof optionsQuery>>;

interface KindSpec {
  kind: ItemKind;
  name: string;
  example: string;
  record: z.ZodType;
  detail: z.ZodType;
  query: z.ZodObject;
  filters?: string;
}

const KINDS: KindSpec[] = [
  {
    kind: "instrument",
    name: "Instrument",
    example: "hrc-res-38-5",
    record: s.InstrumentSchema,
    detail: s.InstrumentDetailSchema,
    query: pageQuery,
  },
  {
    kind: "commitment",
    name: "Commitment",
    example: "hrc-38-5-c01",
    record: s.CommitmentSchema,
    detail: s.CommitmentDetailSchema,
    query: commitmentsQuery,
    filters: "Filter by `instrument`.",
  },
  {
    kind: "strategy",
    name: "Strategy",
    example: "s01",
    record: s.FrameworkItemSchema,
    detail: s.StrategyDetailSchema,
    query: pageQuery,
  },
  {
    kind: "option",
    name: "PracticalOption",
    example: "s01-o1",
    record: s.OptionSchema,
    detail: s.OptionDetailSchema,
    query: optionsQuery,
    filters: "Filter by `strategy` and `actor`.",
  },
  {
    kind: "factor",
    name: "Factor",
    example: "funding-capacity",
    record: s.FrameworkItemSchema,
    detail: s.FactorDetailSchema,
    query: pageQuery,
  },
  {
    kind: "approach_category",
    name: "ApproachCategory",
    example: "information-awareness",
    record: s.FrameworkItemSchema,
    detail: s.ApproachCategoryDetailSchema,
    query: pageQuery,
  },
  {
    kind: "form_of_abuse",
    name: "FormOfAbuse",
    example: "deepfakes",
    record: s.FrameworkItemSchema,
    detail: s.ItemWithEvidenceSchema,
    query: pageQuery,
  },
  {
    kind: "legislative_approach",
    name: "LegislativeApproach",
    example: "comprehensive-vawg-law",
    record: s.FrameworkItemSchema,
    detail: s.ItemWithEvidenceSchema,
    query: pageQuery,
  },
];

export function frameworkRoutes(app: OpenAPIHono, deps: WebDeps) {
  const cat = catalogue(deps.repos);
  const p = presenters(deps.config.publicOrigin);
  const flat = (groups: EvidenceByCountry[]) => groups.flatMap((g) => g.evidence).map(p.evidenceRef);

  /** The item with what links to it, as the catalogue service assembles it. */
  async function detail(kind: ItemKind, id: string): Promise<s.ItemDetail> {
    switch (kind) {
      case "instrument": {
        const d = await cat.instrument(id);
        return { ...p.instrument(d.instrument), commitments: d.commitments.map(p.ref), evidence: flat(d.evidence) };
      }
      case "commitment": {
        const d = await cat.commitment(id);
        const instrument = d.instrument ? p.ref(d.instrument) : null;
        return { ...p.commitment(d.commitment), instrument, options: d.options.map(p.linked), evidence: flat(d.evidence) };
      }
      case "strategy": {
        const d = await cat.strategy(id);
        return { ...p.item(d.strategy), options: d.options.map(p.ref), factors: d.factors.map(p.linked) };
      }
      case "option": {
        const d = await cat.option(id);
        return {
          ...p.option(d.option),
          strategy: d.strategy ? p.ref(d.strategy) : null,
          commitments: d.commitments.map(p.linked),
          factors: d.factors.map(p.linked),
          approachCategories: d.approaches.map(p.ref),
          evidence: flat(d.evidence),
        };
      }
      case "factor": {
        const d = await cat.factor(id);
        return {
          ...p.item(d.factor),
          strategies: d.strategies.map(p.linked),
          options: d.options.map(p.linked),
          evidence: flat(d.evidence),
        };
      }
      case "approach_category": {
        const d = await cat.approachCategory(id);
        return { ...p.item(d.category), options: d.options.map(p.ref) };
      }
      case "form_of_abuse":
      case "legislative_approach": {
        const d = await cat.withEvidence(kind, id);
        return { ...p.item(d.item), evidence: flat(d.evidence) };
      }
    }
  }

  /** Applies the list filters a kind supports; each named item must exist and be of the right kind. */
  async function filtered(kind: ItemKind, q: ItemQuery): Promise<FrameworkItem[]> {
    let items = await cat.list(kind);
    if (kind === "commitment" && q.instrument) {
      const instrument = await requireItem(deps.repos, "instrument", q.instrument, "instrument");
      items = items.filter((i) => i.parentId === instrument.id);
    }
    if (kind === "option" && q.strategy) {
      const strategy = await requireItem(deps.repos, "strategy", q.strategy, "strategy");
      items = items.filter((i) => i.parentId === strategy.id);
    }
    if (kind === "option" && q.actor) items = items.filter((i) => (i.details as OptionDetails).actor === q.actor);
    return items;
  }

  for (const spec of KINDS) {
    const { plural, path, singular } = KIND_LABELS[spec.kind];
    const collection = `/v1/${path}`;
    app.openapi(
      listRoute({
        path: collection,
        tag: "Framework",
        summary: `List ${plural.toLowerCase()}`,
        description: [`Every ${singular} of the loaded framework packs, in pack order.`, spec.filters].filter(Boolean).join(" "),
        query: spec.query,
        schema: s.listOf(spec.record, `${spec.name}List`),
      }),
      async (c) => {
        const q = c.req.valid("query") as ItemQuery;
        const page = pageOf(await filtered(spec.kind, q), { page: q.page, perPage: q.per_page });
        return c.json(listBody(page, page.items.map(p.byKind), c.req.url, deps.config.publicOrigin), 200);
      },
    );
    app.openapi(
      itemRoute({
        path: `${collection}/{id}`,
        tag: "Framework",
        summary: `Get ${/^[aeiou]/.test(singular) ? "an" : "a"} ${singular}`,
        description: `One ${singular} with what links to it.`,
        params: idParams(spec.example),
        schema: s.single(spec.detail, `${spec.name}Response`),
      }),
      async (c) => {
        const data = await detail(spec.kind, c.req.valid("param").id);
        return c.json({ data, links: { self: data.url, html: data.htmlUrl } }, 200);
      },
    );
  }
}
