/** Public scorecards and comparisons from published assessments, on every database. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import type { Hono } from "hono";
import type { Actor } from "../../src/domain/accounts/types";
import type { WebDeps } from "../../src/web/deps";
import type { AppEnv } from "../../src/web/env";
import { ctx, makeOrganisation, makeUser } from "../support/accounts";
import { seededApp, testDatabases } from "../support/databases";

for (const database of testDatabases()) {
  describe(`scorecards on ${database.name}`, () => {
    let app: Hono<AppEnv>;
    let deps: WebDeps;
    let cleanup: () => Promise<void>;
    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      const org = await makeOrganisation(deps, "scoring-cso");
      const actorOf = async (role: "contributor" | "reviewer"): Promise<Actor> => {
        const { user } = await makeUser(deps, { role, orgSlug: "scoring-cso" });
        return { user, memberships: await deps.repos.accounts.membershipsOfUser(user.id) };
      };
      const [writer, reviewer] = [await actorOf("contributor"), await actorOf("reviewer")];
      const now = new Date().toISOString();
      for (const [id, order] of [
        ["2023", 1],
        ["2025", 2],
      ] as const)
        await deps.repos.assessments.createCycle({
          id,
          name: `Cycle ${id}`,
          periodStart: `${id}-01-01`,
          periodEnd: `${id}-12-31`,
          order,
          status: "open",
          isDemo: false,
          createdAt: now,
        });
      const publish = async (cycleId: string, itemId: string, status: string) => {
        const a = await deps.assessments.save(
          writer,
          org,
          { countryIso3: "GHA", cycleId, itemId },
          { status, narrative: "", confidence: "low", obstacles: ["funding-capacity"], enablers: [], evidenceIds: [] },
          0,
          ctx(),
        );
        const sent = await deps.assessments.submit(writer, a.id, a.version, ctx());
        await deps.assessments.publish(reviewer, a.id, sent.version, ctx());
      };
      await publish("2023", "s01-o1", "planned");
      await publish("2025", "s01-o1", "complete");
      await publish("2025", "s02-o1", "not_started");
      // The government of Ghana assesses two of the same items.
      const gov = await makeOrganisation(deps, "gov-gha", "government_body", "GHA");
      const official = async (role: "contributor" | "reviewer"): Promise<Actor> => {
        const { user } = await makeUser(deps, { role, orgSlug: "gov-gha" });
        return { user, memberships: await deps.repos.accounts.membershipsOfUser(user.id) };
      };
      const [gw, gr] = [await official("contributor"), await official("reviewer")];
      for (const [itemId, status] of [
        ["s01-o1", "complete"],
        ["s02-o1", "substantial"],
      ] as const) {
        const a = await deps.assessments.save(
          gw,
          gov,
          { countryIso3: "GHA", cycleId: "2025", itemId },
          { status, narrative: "", confidence: "high", obstacles: [], enablers: [], evidenceIds: [] },
          0,
          ctx(),
        );
        const sent = await deps.assessments.submit(gw, a.id, a.version, ctx());
        await deps.assessments.publish(gr, a.id, sent.version, ctx());
      }
    });

    test("government and civil society side by side: the accountability gap", async () => {
      const html = await (await app.request("/countries/GHA")).text();
      assert.match(
        html,
        /<strong>Accountability gap:<\/strong> the government and civil society disagree on 1 of the 2 items both assessed\./,
      );
      assert.match(html, /<td>Disagree<\/td>/);
      assert.match(html, /<td>Agree<\/td>/);
    });
    after(async () => cleanup());

    test("a country's scorecard: score, coverage, trend, bars with a table, within budget", async () => {
      const res = await app.request("/countries/GHA/scorecard?cycle=2025");
      assert.equal(res.status, 200);
      const html = await res.text();
      // Combined view, lowest points per item: s01-o1 complete (100) and s02-o1 not started (0, the CSO's) → 50.0 over 2 of 61 items.
      assert.match(html, /Score <strong>50\.0<\/strong> of 100 · coverage 3% \(2 of 61 items/);
      assert.match(html, /Organisations disagree on 1 item/);
      assert.match(html, /1 improved/);
      assert.match(html, /<svg class="chart"[^>]*role="img"/);
      assert.match(html, /<title id="strategies-t">/);
      assert.match(html, /<table>/);
      assert.ok(gzipSync(html).length <= 14_600, `${gzipSync(html).length} bytes gzipped`);
      assert.equal((await app.request("/countries/GHA/scorecard?cycle=1999")).status, 400);
      assert.match(await (await app.request("/countries/FRA/scorecard?cycle=2025")).text(), /No published assessment of France/);
    });

    test("comparison: countries by strategy, filterable by region, sortable by plain links", async () => {
      const html = await (await app.request("/compare?cycle=2025&region=002&sort=s01")).text();
      assert.match(html, /Ghana<\/a><\/th><td class="band-2">50\.0<\/td><td class="band-4">100<\/td><td class="band-0">0<\/td>/);
      assert.doesNotMatch(await (await app.request("/compare?cycle=2025&region=150")).text(), /Ghana/);
      assert.equal((await app.request("/compare?sort=nonsense")).status, 400);
      const api = (await (await app.request("/api/v1/comparison?cycle=2025&region=002&sort=s01")).json()) as {
        data: { countries: { iso3: string; score: number; strategies: Record<string, number | null> }[] };
      };
      assert.deepEqual(
        api.data.countries.map((r) => [r.iso3, r.score, r.strategies.s01, r.strategies.s02]),
        [["GHA", 50, 100, 0]],
      );
      assert.equal((await app.request("/api/v1/comparison?region=999")).status, 400);
    });

    test("the world map: every member state a link, small states as dots, a table equivalent, within 60 KB", async () => {
      const res = await app.request("/map?cycle=2025");
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.equal((html.match(/<a href="\/countries\/[A-Z]{3}\/scorecard\?cycle=2025"><(path|circle) /g) ?? []).length, 193);
      assert.ok((html.match(/<circle /g) ?? []).length >= 20, "small states are dots");
      assert.match(html, /<path class="band-2" d="[^"]+"><title>Ghana: 50\.0<\/title>/);
      assert.match(html, /<title id="map-t">/);
      assert.match(html, /<td><a href="\/countries\/GHA\/scorecard\?cycle=2025">Ghana<\/a><\/td><td>50\.0<\/td>/);
      assert.ok(gzipSync(html).length + 2_500 <= 60 * 1024, `${gzipSync(html).length} bytes gzipped`);
    });

    test("published assessments in the API: a country's list and one with its history", async () => {
      const list = (await (await app.request("/api/v1/countries/GHA/assessments?cycle=2025")).json()) as {
        data: { id: string; status: string; organisation: { type: string }; item: string }[];
      };
      assert.equal(list.data.length, 4, "two items by two organisations");
      const cso = list.data.find((a) => a.item === "s01-o1" && a.organisation.type === "civil_society")!;
      const one = (await (await app.request(`/api/v1/assessments/${cso.id}`)).json()) as {
        data: { status: string; history: unknown[] };
      };
      assert.equal(one.data.status, "complete");
      assert.equal(one.data.history.length, 1);
      assert.equal((await app.request("/api/v1/assessments/nope")).status, 404);
      assert.equal((await app.request("/api/v1/countries/XXX/assessments")).status, 400);
      const text = JSON.stringify(list) + JSON.stringify(one);
      assert.doesNotMatch(text, /@example\.org/, "people are never named");
    });

    test("the scorecard API and the methodology page", async () => {
      const res = await app.request("/api/v1/countries/GHA/scorecard?cycle=2025");
      assert.equal(res.status, 200);
      const body = (await res.json()) as { data: { combined: { score: number; methodologyVersion: string } } };
      assert.equal(body.data.combined.score, 50);
      assert.equal(body.data.combined.methodologyVersion, "1.0.0");
      assert.equal((await app.request("/api/v1/countries/XXX/scorecard")).status, 404);
      const m = await app.request("/methodology");
      assert.equal(m.status, 200);
      assert.match(await m.text(), /<h1>/);
    });
  });
}
