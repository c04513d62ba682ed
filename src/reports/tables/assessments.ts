/**
 * Published assessments: the newest publication of each, as the public pages
 * show it. Drafts and items under review are never read (only publications
 * are), and evidence ids are kept only for public evidence.
 */
import type { ExportPublicationFilter } from "../../domain/ports";
import type { Row, TableSpec } from "../table";
import { assessmentUrl } from "../urls";
import { ahead } from "./ahead";
import { publicationPages } from "./publications";

const ids = (description: string, name: string, hxl: string) =>
  ({ name, type: "list", description: `${description}, separated by ';'.`, hxl, width: 24 }) as const;

export const assessmentsTable: TableSpec = {
  id: "assessments",
  title: "Published assessments",
  description:
    "One organisation's published judgement of one country's implementation of one commitment or practical option in one cycle: the newest publication of each assessment.",
  columns: [
    { name: "assessment_id", type: "string", description: "Stable id of the assessment.", hxl: "#meta+id", width: 38 },
    { name: "country_iso3", type: "string", description: "Country assessed (ISO alpha-3).", hxl: "#country+code+iso3", width: 8 },
    { name: "country_name", type: "string", description: "Country assessed.", hxl: "#country+name", width: 20 },
    { name: "cycle_id", type: "string", description: "Assessment cycle.", hxl: "#meta+cycle", width: 14 },
    {
      name: "demonstration",
      type: "boolean",
      description: "true for demonstration data (not a real assessment).",
      hxl: "#meta+demo",
      width: 10,
    },
    {
      name: "item_id",
      type: "string",
      description: "Commitment or practical option assessed.",
      hxl: "#indicator+code",
      width: 16,
    },
    { name: "item_kind", type: "string", description: "commitment or option.", hxl: "#indicator+type", width: 12 },
    {
      name: "parent_id",
      type: "string",
      description: "The item's instrument (commitment) or strategy (option).",
      hxl: "#indicator+code+parent",
      width: 16,
    },
    { name: "organisation", type: "string", description: "Slug of the assessing organisation.", hxl: "#org+code", width: 18 },
    { name: "organisation_name", type: "string", description: "Assessing organisation.", hxl: "#org+name", width: 30 },
    {
      name: "organisation_type",
      type: "string",
      description: "civil_society, government_body, nhri, un_entity, research_institute or other.",
      hxl: "#org+type",
      width: 16,
    },
    {
      name: "status",
      type: "string",
      description: "no_information, not_started, planned, in_progress, substantial, complete, regressed or not_applicable.",
      hxl: "#status",
      width: 14,
    },
    { name: "confidence", type: "string", description: "low, medium or high.", hxl: "#meta+confidence", width: 10 },
    { name: "narrative", type: "string", description: "The assessor's narrative (Markdown).", hxl: "#description", width: 80 },
    ids("Factors named as obstacles", "obstacles", "#indicator+code+obstacle"),
    ids("Factors named as enablers", "enablers", "#indicator+code+enabler"),
    ids("Public evidence records cited (confidential ones are left out)", "evidence_ids", "#meta+evidence"),
    {
      name: "version",
      type: "integer",
      description: "Version of the assessment that was published.",
      hxl: "#meta+version",
      width: 8,
    },
    {
      name: "published_at",
      type: "datetime",
      description: "When this version was published (UTC).",
      hxl: "#date+published",
      width: 22,
    },
    {
      name: "methodology_version",
      type: "string",
      description: "Scoring methodology in force when it was published.",
      hxl: "#meta+methodology",
      width: 10,
    },
    { name: "url", type: "string", description: "Canonical URL of the assessment's public page.", hxl: "#meta+url", width: 40 },
  ],
  primaryKey: ["assessment_id"],
  foreignKeys: [
    { fields: "country_iso3", table: "countries", field: "iso3" },
    { fields: "item_id", table: "framework-items", field: "id" },
  ],
  filters: ["country", "region", "cycle", "strategy", "instrument", "org"],
  async *pages(ctx) {
    const { items, cycles, organisations, countries } = await ctx.lookups();
    const f = ctx.filters;
    const filter: Omit<ExportPublicationFilter, "countryIso3"> = {};
    if (f.cycleId) filter.cycleId = f.cycleId;
    if (f.scope) filter.itemIds = [...f.scope];
    if (f.organisationId) filter.organisationId = f.organisationId;
    // Each page with its public evidence ids, read one page ahead of the writer.
    const pages = ahead(
      (async function* () {
        for await (const page of publicationPages(ctx, filter))
          yield { page, publicEvidence: await ctx.repos.exports.publicEvidenceIds(page.flatMap((p) => p.snapshot.evidenceIds)) };
      })(),
    );
    for await (const { page, publicEvidence } of pages) {
      yield page.map((p): Row => {
        const s = p.snapshot;
        const item = items.get(s.itemId);
        const org = organisations.get(s.organisationId);
        return [
          p.assessmentId,
          s.countryIso3,
          countries.get(s.countryIso3)?.name ?? null,
          s.cycleId,
          cycles.get(s.cycleId)?.isDemo ?? false,
          s.itemId,
          item?.kind ?? null,
          item?.parentId ?? null,
          org?.slug ?? null,
          org?.name ?? null,
          org?.type ?? null,
          s.status,
          s.confidence,
          s.narrative,
          s.obstacles,
          s.enablers,
          s.evidenceIds.filter((id) => publicEvidence.has(id)),
          p.version,
          p.publishedAt,
          p.methodologyVersion,
          assessmentUrl(ctx.origin, p.assessmentId),
        ];
      });
    }
  },
};
