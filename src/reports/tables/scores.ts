/**
 * Scores per methodology version: every scorecard (the combined country view
 * and each organisation's) with its country, instrument, strategy, factor and
 * item scores. Computed country by country from the newest publications, by
 * the same pure methodology as the scorecard pages.
 */

import { scoringFramework } from "../../domain/scoring/framework";
import { computeScorecards, METHODOLOGY_V1 } from "../../domain/scoring/methodology-v1";
import type { AggregateScore, MethodologyVersion, Scorecard } from "../../domain/scoring/types";
import type { ExportContext } from "../context";
import type { Row, TableSpec } from "../table";
import { scorecardUrl } from "../urls";
import { ahead } from "./ahead";
import { allOfCountry } from "./publications";

/** Every methodology version Blueprint knows; each gets its own rows. */
export const METHODOLOGIES: readonly MethodologyVersion[] = [METHODOLOGY_V1];

const LEVELS = "country, instrument, strategy, factor or item";

export const scoresTable: TableSpec = {
  id: "scores",
  title: "Scores",
  description:
    "Scores per methodology version, computed from published assessments as the scorecard pages show them: for each country, cycle and view (combined or one organisation's), the country score and the scores per instrument, strategy, factor and item.",
  columns: [
    {
      name: "methodology_version",
      type: "string",
      description: "Methodology version that computed the row (see /methodology).",
      hxl: "#meta+methodology",
      width: 10,
    },
    {
      name: "scorecard_id",
      type: "string",
      description: "country/cycle/organisation slug, or country/cycle/combined.",
      hxl: "#meta+id",
      width: 30,
    },
    { name: "country_iso3", type: "string", description: "Country (ISO alpha-3).", hxl: "#country+code+iso3", width: 8 },
    { name: "cycle_id", type: "string", description: "Assessment cycle.", hxl: "#meta+cycle", width: 14 },
    {
      name: "demonstration",
      type: "boolean",
      description: "true for demonstration data (not a real assessment).",
      hxl: "#meta+demo",
      width: 10,
    },
    {
      name: "organisation",
      type: "string",
      description: "Slug of the organisation whose judgements these are; empty for the combined country view.",
      hxl: "#org+code",
      width: 18,
    },
    { name: "level", type: "string", description: `What the row scores: ${LEVELS}.`, hxl: "#indicator+type", width: 10 },
    {
      name: "subject_id",
      type: "string",
      description: "The country's ISO3, or the id of the instrument, strategy, factor or item.",
      hxl: "#indicator+code",
      width: 22,
    },
    {
      name: "score",
      type: "number",
      description: "Score from 0 to 100; empty when nothing is scored.",
      hxl: "#indicator+value+num",
      width: 8,
    },
    {
      name: "coverage",
      type: "number",
      description: "Share of items with a scored status (0 to 1); empty for item rows.",
      hxl: "#indicator+coverage+num",
      width: 8,
    },
    {
      name: "scored_count",
      type: "integer",
      description: "Items with a scored status; empty for item rows.",
      hxl: "#indicator+scored+num",
      width: 8,
    },
    {
      name: "item_count",
      type: "integer",
      description: "Items counted; empty for item rows.",
      hxl: "#indicator+items+num",
      width: 8,
    },
    {
      name: "obstacle_count",
      type: "integer",
      description: "Factor rows: items whose judgement names the factor as an obstacle.",
      hxl: "#indicator+obstacles+num",
      width: 8,
    },
    {
      name: "status",
      type: "string",
      description: "Item rows: the status that counts (combined view: the lowest).",
      hxl: "#status",
      width: 14,
    },
    {
      name: "points",
      type: "integer",
      description: "Item rows: points of the status; empty when it earns none.",
      hxl: "#indicator+points+num",
      width: 8,
    },
    {
      name: "trend",
      type: "string",
      description: "Item rows: improved, unchanged, worsened or new, against the previous cycle.",
      hxl: "#indicator+trend",
      width: 10,
    },
    {
      name: "disputed",
      type: "boolean",
      description: "Item rows, combined view: organisations gave different statuses.",
      hxl: "#meta+disputed",
      width: 10,
    },
    {
      name: "url",
      type: "string",
      description: "Canonical URL of the country's scorecard page for the cycle.",
      hxl: "#meta+url",
      width: 40,
    },
  ],
  primaryKey: ["methodology_version", "scorecard_id", "level", "subject_id"],
  filters: ["country", "region", "cycle", "strategy", "instrument", "org"],
  async *pages(ctx) {
    const { items, cycles } = await ctx.lookups();
    const framework = scoringFramework([...items.values()], await ctx.repos.framework.listLinks({ type: "addresses_factor" }));
    const cycleList = [...cycles.values()].map((c) => ({ id: c.id, order: c.order }));
    const codes = await ctx.countryCodes();
    for (const methodology of METHODOLOGIES) {
      // A country's publications, the next country's read while this one is scored and written.
      const countries = ahead(
        (async function* () {
          for (const iso3 of codes) yield await allOfCountry(ctx, iso3);
        })(),
      );
      for await (const publications of countries) {
        if (publications.length === 0) continue;
        const cards = computeScorecards({
          methodology,
          framework,
          cycles: cycleList,
          assessments: publications.map((p) => ({
            countryIso3: p.snapshot.countryIso3,
            cycleId: p.snapshot.cycleId,
            itemId: p.snapshot.itemId,
            organisationId: p.snapshot.organisationId,
            status: p.snapshot.status,
            obstacleFactorIds: p.snapshot.obstacles,
          })),
        });
        const rows = (await Promise.all(cards.filter((c) => wanted(ctx, c)).map((c) => scorecardRows(ctx, c)))).flat();
        if (rows.length) yield rows;
      }
    }
  },
};

function wanted(ctx: ExportContext, card: Scorecard): boolean {
  const f = ctx.filters;
  if (f.cycleId && card.cycleId !== f.cycleId) return false;
  if (f.organisationId && card.organisationId !== f.organisationId) return false;
  return true;
}

async function scorecardRows(ctx: ExportContext, card: Scorecard): Promise<Row[]> {
  const { organisations, cycles } = await ctx.lookups();
  const slug = card.organisationId ? (organisations.get(card.organisationId)?.slug ?? card.organisationId) : null;
  const head = [
    card.methodologyVersion,
    `${card.countryIso3}/${card.cycleId}/${slug ?? "combined"}`,
    card.countryIso3,
    card.cycleId,
    cycles.get(card.cycleId)?.isDemo ?? false,
    slug,
  ];
  const url = scorecardUrl(ctx.origin, card.countryIso3, card.cycleId);
  const scope = ctx.filters.scope;
  const inScope = (id: string) => !scope || scope.has(id);
  const aggregate = (level: string, a: AggregateScore, obstacles: number | null = null): Row => [
    ...head,
    level,
    level === "country" ? card.countryIso3 : a.id,
    a.score,
    a.coverage,
    a.scoredCount,
    a.itemCount,
    obstacles,
    null,
    null,
    null,
    null,
    url,
  ];
  return [
    ...(scope ? [] : [aggregate("country", card)]),
    ...card.instruments.filter((a) => inScope(a.id)).map((a) => aggregate("instrument", a)),
    ...card.strategies.filter((a) => inScope(a.id)).map((a) => aggregate("strategy", a)),
    ...(scope ? [] : card.factors.map((a) => aggregate("factor", a, a.obstacleCount))),
    ...card.items
      .filter((i) => inScope(i.itemId))
      .map(
        (i): Row => [...head, "item", i.itemId, i.score, null, null, null, null, i.status, i.points, i.trend, i.disputed, url],
      ),
  ];
}
