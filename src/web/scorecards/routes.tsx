/** Public scorecards, the comparison table, the methodology page and the scorecard API. */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Context, Hono } from "hono";
import { raw } from "hono/html";
import type { Cycle } from "../../domain/assessments/types";
import { countryService } from "../../domain/countries/country-service";
import { InvalidParameterError, NotFoundError } from "../../domain/errors";
import { METHODOLOGY_V1 } from "../../domain/scoring/methodology-v1";
import { scorecardService } from "../../domain/scoring/scorecard-service";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { byCountryName } from "../i18n/country-name";
import { t } from "../i18n/t";
import { renderMarkdown } from "../markdown";
import { publicCache } from "../public/cache";
import { Page } from "../public/layout";
import { CompareNoCycleView, CompareView } from "./compare-view";
import { englishContent, NotTranslatedNote } from "./localise";
import { MapView } from "./map-view";
import { ScorecardView } from "./views";
import { worldShapes } from "./world-map";

export function scorecardRoutes(deps: WebDeps) {
  const { repos, config } = deps;
  const origin = config.publicOrigin;
  const scores = scorecardService(repos, METHODOLOGY_V1);
  const countries = countryService(repos);
  const app = new Hono<AppEnv>();
  const pub = requires("public.read");

  /** The cycle asked for, or the newest one; 400 for an unknown id. */
  async function chosenCycle(c: Context<AppEnv>): Promise<{ cycles: Cycle[]; cycle: Cycle | undefined }> {
    const cycles = await repos.assessments.listCycles();
    const id = c.req.query("cycle");
    if (id === undefined) return { cycles, cycle: cycles.at(-1) };
    const cycle = cycles.find((x) => x.id === id);
    if (!cycle) throw new InvalidParameterError("cycle", `must be the id of an assessment cycle; '${id}' is not one`);
    return { cycles, cycle };
  }

  async function countryCards(iso3: string, cycleId: string) {
    const country = await countries.get(iso3);
    const cards = (await scores.compute({ countryIso3: country.iso3 })).filter((s) => s.cycleId === cycleId);
    return {
      country,
      combined: cards.find((s) => s.organisationId === null),
      perOrganisation: cards.filter((s) => s.organisationId !== null),
    };
  }

  app.get("/countries/:iso3/scorecard", pub, publicCache, async (c) => {
    const { cycles, cycle } = await chosenCycle(c);
    if (!cycle) throw new NotFoundError("cycle", "any");
    const { country, combined, perOrganisation } = await countryCards(c.req.param("iso3"), cycle.id);
    const [items, organisations] = await Promise.all([repos.framework.listItems(), repos.accounts.listOrganisations()]);
    const byOrganisation = perOrganisation.flatMap((card) => {
      const organisation = organisations.find((o) => o.id === card.organisationId);
      return organisation ? [{ organisation, card }] : [];
    });
    return c.html(
      <ScorecardView
        origin={origin}
        country={country}
        cycles={cycles}
        cycle={cycle}
        combined={combined}
        byOrganisation={byOrganisation}
        items={new Map(items.map((i) => [i.id, i]))}
      />,
    );
  });

  /** Countries × strategies for one cycle (combined views), filtered by region and sorted: the page and the API share it. */
  async function comparison(c: Context<AppEnv>, cycleId: string) {
    const regions = await countries.regions();
    const region = c.req.query("region") || undefined;
    if (region && !regions.some((r) => r.code === region))
      throw new InvalidParameterError("region", `must be a UN M49 region code such as 002; '${region}' is not one`);
    const sort = c.req.query("sort") ?? "score";
    const [strategies, inRegion, cards] = await Promise.all([
      repos.framework.listItems({ kind: "strategy" }),
      repos.countries.listCountries(region ? { region } : {}),
      scores.compute(),
    ]);
    if (!["name", "score", ...strategies.map((s) => s.id)].includes(sort))
      throw new InvalidParameterError("sort", "must be name, score or a strategy id");
    const byIso = new Map(inRegion.map((x) => [x.iso3, x]));
    const rows = cards
      .filter((s) => s.organisationId === null && s.cycleId === cycleId && byIso.has(s.countryIso3))
      .map((card) => ({ country: byIso.get(card.countryIso3)!, card }));
    const value = (r: (typeof rows)[number]) =>
      sort === "score" ? r.card.score : (r.card.strategies.find((s) => s.id === sort)?.score ?? null);
    // Names sort in the reader's language (the API is always English).
    const byName = byCountryName();
    rows.sort((a, b) =>
      sort === "name" ? byName(a.country, b.country) : (value(b) ?? -1) - (value(a) ?? -1) || byName(a.country, b.country),
    );
    return { regions, region, sort, strategies, rows };
  }

  app.get("/api/v1/comparison", pub, async (c) => {
    const { cycle } = await chosenCycle(c);
    if (!cycle) throw new NotFoundError("cycle", "any");
    const { region, sort, strategies, rows } = await comparison(c, cycle.id);
    c.header("Cache-Control", "public, max-age=300");
    return c.json({
      data: {
        cycle: cycle.id,
        demonstration: cycle.isDemo,
        region: region ?? null,
        sort,
        methodologyVersion: METHODOLOGY_V1.version,
        strategies: strategies.map((s) => ({ id: s.id, order: s.order, title: s.title })),
        countries: rows.map(({ country, card }) => ({
          iso3: country.iso3,
          name: country.name,
          score: card.score,
          coverage: card.coverage,
          strategies: Object.fromEntries(card.strategies.map((s) => [s.id, s.score])),
          url: `${origin}/api/v1/countries/${country.iso3}/scorecard?cycle=${cycle.id}`,
        })),
      },
      links: {
        self: `${origin}/api/v1/comparison?cycle=${cycle.id}${region ? `&region=${region}` : ""}`,
        html: `${origin}/compare?cycle=${cycle.id}`,
      },
    });
  });

  app.get("/compare", pub, publicCache, async (c) => {
    const { cycles, cycle } = await chosenCycle(c);
    if (!cycle) return c.html(<CompareNoCycleView origin={origin} />);
    const { regions, region, sort, strategies, rows } = await comparison(c, cycle.id);
    return c.html(
      <CompareView
        origin={origin}
        cycles={cycles}
        cycle={cycle}
        regions={regions}
        region={region}
        strategies={strategies}
        rows={rows}
        sort={sort}
      />,
    );
  });

  app.get("/map", pub, publicCache, async (c) => {
    const { cycles, cycle } = await chosenCycle(c);
    const all = await repos.countries.listCountries();
    const scoresByIso = new Map<string, number | null>();
    if (cycle)
      for (const card of await scores.compute())
        if (card.organisationId === null && card.cycleId === cycle.id) scoresByIso.set(card.countryIso3, card.score);
    return c.html(
      <MapView origin={origin} cycles={cycles} cycle={cycle} countries={all} shapes={worldShapes(all)} scores={scoresByIso} />,
    );
  });

  // One section per second-level heading, so that the browser lays out only those near the screen (.prose-part).
  const methodologyHtml = renderMarkdown(readFileSync(join(process.cwd(), "docs/METHODOLOGY.md"), "utf8"))
    .split(/(?=<h2[ >])/)
    .map((part, i) => (i === 0 ? part : `<section class="prose-part">${part}</section>`))
    .join("");
  app.get("/methodology", pub, publicCache, (c) =>
    c.html(
      <Page
        title={t("scorecards.howScoresAreMade")}
        path="/methodology"
        origin={origin}
        crumbs={[{ label: t("scorecards.methodologyCrumb") }]}
      >
        {/* docs/METHODOLOGY.md is written in English only. */}
        <NotTranslatedNote />
        <article class="prose" {...englishContent()}>
          {raw(methodologyHtml)}
        </article>
      </Page>,
    ),
  );

  app.get("/api/v1/countries/:iso3/scorecard", pub, async (c) => {
    const { cycle } = await chosenCycle(c);
    if (!cycle) throw new NotFoundError("cycle", "any");
    const { country, combined, perOrganisation } = await countryCards(c.req.param("iso3"), cycle.id);
    c.header("Cache-Control", "public, max-age=300");
    return c.json({
      data: {
        country: country.iso3,
        cycle: cycle.id,
        demonstration: cycle.isDemo,
        methodologyVersion: METHODOLOGY_V1.version,
        combined: combined ?? null,
        organisations: perOrganisation,
      },
      links: {
        self: `${origin}/api/v1/countries/${country.iso3}/scorecard?cycle=${cycle.id}`,
        html: `${origin}/countries/${country.iso3}/scorecard?cycle=${cycle.id}`,
      },
    });
  });

  return app;
}
