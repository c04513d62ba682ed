/** Public evidence: laws, policies, institutions, court decisions and more, each with its sources. Never anything else. */
import type { ExportEvidenceFilter } from "../../domain/ports";
import type { Row, TableSpec } from "../table";
import { evidenceUrl } from "../urls";
import { citationText } from "./framework-items";

export const evidenceTable: TableSpec = {
  id: "evidence",
  title: "Public evidence",
  description:
    "Public evidence records (pack evidence and organisations' records marked public): what a country or body did, with its sources. Confidential records are never exported.",
  columns: [
    { name: "id", type: "string", description: "Stable id of the record.", hxl: "#meta+id", width: 30 },
    {
      name: "pack_id",
      type: "string",
      description: "Framework pack that holds the record; empty for an organisation's record.",
      hxl: "#meta+pack",
      width: 18,
    },
    {
      name: "organisation",
      type: "string",
      description: "Slug of the organisation that recorded it; empty for pack evidence.",
      hxl: "#org+code",
      width: 18,
    },
    {
      name: "type",
      type: "string",
      description: "law, policy, institution, court_decision, programme, budget_line, campaign, dataset, cso_action or other.",
      hxl: "#meta+type",
      width: 14,
    },
    { name: "title", type: "string", description: "Title of the record.", hxl: "#meta+title", width: 40 },
    { name: "summary", type: "string", description: "What it is and what it does.", hxl: "#description", width: 80 },
    {
      name: "country_iso3",
      type: "string",
      description: "Country the record is about (ISO alpha-3); empty for regional or global records.",
      hxl: "#country+code+iso3",
      width: 8,
    },
    {
      name: "body",
      type: "string",
      description: "Regional or international body, for records not about one country.",
      hxl: "#org+name+body",
      width: 24,
    },
    {
      name: "date",
      type: "string",
      description: "Date as precise as known: a year (2021), a month (2021-10) or a day.",
      hxl: "#date",
      width: 10,
    },
    {
      name: "citation",
      type: "string",
      description: "Where the source paper says it: section, locator, footnotes.",
      hxl: "#meta+source",
      width: 30,
    },
    {
      name: "sources",
      type: "string",
      description: "The sources as a JSON list of {title, publisher, url, date, locator, quotation}.",
      hxl: "#meta+sources",
      width: 60,
    },
    {
      name: "item_ids",
      type: "list",
      description: "Framework items the record bears on, separated by ';'.",
      hxl: "#indicator+code",
      width: 30,
    },
    { name: "url", type: "string", description: "Canonical URL of the record's public page.", hxl: "#meta+url", width: 40 },
  ],
  primaryKey: ["id"],
  filters: ["country", "region", "strategy", "instrument", "org"],
  async *pages(ctx) {
    const { organisations } = await ctx.lookups();
    const f = ctx.filters;
    const filter: ExportEvidenceFilter = {};
    if (f.countries) filter.countryIso3s = [...f.countries];
    if (f.scope) filter.itemIds = [...f.scope];
    if (f.organisationId) filter.organisationId = f.organisationId;
    let after: string | null = null;
    for (;;) {
      const page = await ctx.repos.exports.publicEvidencePage(filter, after, ctx.pageSize);
      if (page.length === 0) return;
      yield page.map(
        (e): Row => [
          e.id,
          e.packId,
          e.organisationId ? (organisations.get(e.organisationId)?.slug ?? null) : null,
          e.type,
          e.title,
          e.summary,
          e.countryIso3,
          e.body,
          e.date,
          citationText(e.citation),
          JSON.stringify(e.sources),
          e.links,
          evidenceUrl(ctx.origin, e.id),
        ],
      );
      if (page.length < ctx.pageSize) return;
      after = page.at(-1)!.id;
    }
  },
};
