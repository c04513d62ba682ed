/**
 * UN recommendations become a framework pack: stored, searchable, browsable,
 * assessable and scored like any other, on every database. Same file again:
 * nothing written; changed file: pack updated; any bad row: nothing stored.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import type { Repositories } from "../../src/domain/ports";
import { scoringFramework } from "../../src/domain/scoring/framework";
import { computeScorecards, METHODOLOGY_V1 } from "../../src/domain/scoring/methodology-v1";
import { importRecommendations, type RecommendationImportInput } from "../../src/imports/recommendation-import";
import { ImportError } from "../../src/imports/table";
import { assess, baseRecords } from "../reports/fixtures";
import { makeOrganisation, signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";

const FIXTURES = "tests/fixtures/imports";
const upr = readFileSync(`${FIXTURES}/upr-info-recommendations.csv`, "utf8");
const input = (over: Partial<RecommendationImportInput> = {}): RecommendationImportInput => ({
  fileName: "upr-info-recommendations.csv",
  text: upr,
  packId: "upr-sample",
  dryRun: false,
  folderPackIds: ["vawg-digital-2023"],
  now: new Date("2026-03-01T00:00:00.000Z"),
  ...over,
});

async function importLog(repos: Repositories) {
  return (await repos.audit.list({ actions: ["pack.import", "pack.update"] }, { page: 1, perPage: 50 })).items;
}

for (const database of testDatabases())
  describe(`import recommendations on ${database.name}`, () => {
    let app: App;
    let repos: Repositories;
    let deps: Awaited<ReturnType<typeof seededApp>>["deps"];
    let cleanup = async () => {};
    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      repos = deps.repos;
      cleanup = seeded.storage.cleanup;
    });
    after(() => cleanup());

    test("a bad file stores nothing and names every row and column", async () => {
      const text = readFileSync(`${FIXTURES}/broken-recommendations.csv`, "utf8");
      await assert.rejects(importRecommendations(repos, input({ text, fileName: "broken.csv" })), (e: unknown) => {
        assert.ok(e instanceof ImportError);
        assert.deepEqual(
          e.problems.map((p) => [p.row, p.column]),
          [
            [2, "Response"],
            [3, "Recommendation"],
            [4, "State under Review"],
            [5, "Session"],
          ],
        );
        assert.match(e.message, /row 2, column 'Response': 'Maybe' is not a response/);
        return true;
      });
      await assert.rejects(importRecommendations(repos, input({ packId: "vawg-digital-2023" })), /loaded from a folder/);
      await assert.rejects(importRecommendations(repos, input({ packId: "Bad Id" })), /lower-case letters/);
      assert.equal((await repos.framework.listPacks()).length, 1);
      assert.equal((await importLog(repos)).length, 0);
    });

    test("a dry run reports and stores nothing", async () => {
      const r = await importRecommendations(repos, input({ dryRun: true }));
      assert.deepEqual([r.outcome, r.instruments, r.recommendations], ["new", 2, 7]);
      assert.match(r.notices.join("\n"), /'Action category'/);
      assert.equal((await repos.framework.listPacks()).length, 1);
    });

    test("the file becomes a pack: an instrument per review, a commitment per recommendation, searchable at once", async () => {
      const r = await importRecommendations(repos, input());
      assert.equal(r.outcome, "new");
      const items = await repos.framework.listItems({ kind: "commitment" });
      const mine = items.filter((i) => i.packId === "upr-sample");
      assert.equal(mine.length, 7);
      const instruments = (await repos.framework.listItems({ kind: "instrument" })).filter((i) => i.packId === "upr-sample");
      assert.deepEqual(instruments.map((i) => i.id).sort(), ["upr-sample-ken-c4-s42", "upr-sample-phl-c4-s41"]);
      const ken = instruments.find((i) => i.id === "upr-sample-ken-c4-s42")!;
      assert.deepEqual(ken.details, {
        type: "report",
        body: "Human Rights Council (Universal Periodic Review)",
        year: 2023,
        symbol: "A/HRC/53/16",
        core: true,
      });
      const fr = mine.find((i) => i.summary.startsWith("Renforcer"))!;
      assert.equal(fr.parentId, "upr-sample-ken-c4-s42");
      assert.ok(fr.title.length <= 120 && fr.title.endsWith("…"), fr.title);
      assert.deepEqual((fr.details as { recommendation: unknown }).recommendation, {
        recommendingStates: ["France"],
        stateUnderReview: "Kenya",
        country: "KEN",
        session: "Cycle 4, session 42",
        response: "supported",
        documentSymbol: "A/HRC/53/16",
        themes: ["Women's rights", "Human rights defenders"],
      });
      const partial = mine.find((i) => i.summary.startsWith("Require online platforms"))!;
      assert.equal((partial.details as { recommendation: { response: string } }).recommendation.response, "partially_supported");

      const found = await app.request(`/api/v1/search?q=${encodeURIComponent("défenseuses journalistes")}`);
      assert.equal(found.status, 200);
      assert.ok((await found.text()).includes(fr.id), "the French recommendation is found by its words");
      // By who made it and its theme, and narrowed to the state under review.
      const byState = (await (
        await app.request(`/api/v1/search?q=${encodeURIComponent("France defenders")}&country=KEN&type=commitment`)
      ).json()) as { data: { id: string }[]; facets: { country?: { value: string }[] } };
      assert.ok(
        byState.data.some((h) => h.id === fr.id),
        "found by the recommending state and a theme, filtered by the state under review",
      );
      const log = await importLog(repos);
      assert.deepEqual(
        log.map((e) => [e.action, e.entityId, e.actorLabel]),
        [["pack.import", "upr-sample", "cli"]],
      );
    });

    test("the same file again writes nothing; a changed file updates the pack and keeps the ids", async () => {
      const before = await repos.framework.listItems();
      const again = await importRecommendations(repos, input({ now: new Date("2026-03-02T00:00:00.000Z") }));
      assert.equal(again.outcome, "unchanged");
      assert.equal((await repos.framework.listPacks()).find((p) => p.id === "upr-sample")?.loadedAt, "2026-03-01T00:00:00.000Z");
      assert.equal((await importLog(repos)).length, 1);
      assert.deepEqual(await repos.framework.listItems(), before);

      const lines = upr.trimEnd().split(/\r?\n/);
      const changed = [lines[0], ...lines.slice(1).reverse().slice(1)].join("\r\n"); // reordered, one dropped
      const r = await importRecommendations(repos, input({ text: changed }));
      assert.deepEqual([r.outcome, r.version, r.recommendations], ["updated", "1.0.1", 6]);
      const ids = (await repos.framework.listItems({ kind: "commitment" }))
        .filter((i) => i.packId === "upr-sample")
        .map((i) => i.id);
      const oldIds = before.filter((i) => i.packId === "upr-sample" && i.kind === "commitment").map((i) => i.id);
      assert.equal(ids.length, 6);
      assert.ok(
        ids.every((id) => oldIds.includes(id)),
        "a recommendation keeps its id when the file is reordered",
      );
      assert.deepEqual(
        (await importLog(repos)).map((e) => e.action),
        ["pack.update", "pack.import"],
      );
      await importRecommendations(repos, input());
    });

    test("the commitment page and the API show the recommendation's facts", async () => {
      const [c] = (await repos.framework.listItems({ parentId: "upr-sample-ken-c4-s42" })).filter((i) =>
        i.summary.startsWith("Renforcer"),
      );
      const page = await app.request(`/commitments/${c!.id}`);
      assert.equal(page.status, 200);
      const html = await page.text();
      for (const s of ["Recommended by", "France", "Cycle 4, session 42", "Supported", "A/HRC/53/16", "Human rights defenders"])
        assert.ok(html.includes(s), s);
      assert.match(html, /href="\/countries\/KEN"/);
      const api = await app.request(`/api/v1/commitments/${c!.id}`);
      assert.equal(api.status, 200);
      const body = (await api.json()) as { data?: { recommendation: unknown }; recommendation?: unknown };
      const rec = (body.data ?? body).recommendation as { recommendingStates: string[]; response: string };
      assert.deepEqual([rec.recommendingStates, rec.response], [["France"], "supported"]);
      const vawg = (await (await app.request("/api/v1/commitments/hrc-38-5-c01")).json()) as {
        data?: { recommendation: unknown };
      };
      assert.equal((vawg.data ?? (vawg as { recommendation: unknown })).recommendation, null);
    });

    test("a pack without strategies or crosswalk is assessable and scored; workspace and scorecard pages work", async () => {
      await baseRecords(repos);
      const ids = (await repos.framework.listItems({ parentId: "upr-sample-ken-c4-s42" })).map((i) => i.id);
      await assess(repos, { id: "imp-a1", org: "org-a", country: "KEN", cycle: "2025", item: ids[0]!, status: "complete" }, true);
      await assess(
        repos,
        { id: "imp-a2", org: "org-a", country: "KEN", cycle: "2025", item: ids[1]!, status: "not_started" },
        true,
      );

      // Pure scoring over the imported pack alone: no strategies, no options, no factor links.
      const items = (await repos.framework.listItems()).filter((i) => i.packId === "upr-sample");
      const cards = computeScorecards({
        methodology: METHODOLOGY_V1,
        framework: scoringFramework(items, []),
        assessments: [ids[0]!, ids[1]!].map((itemId, k) => ({
          countryIso3: "KEN",
          cycleId: "2025",
          itemId,
          organisationId: "org-a",
          status: k === 0 ? "complete" : "not_started",
          obstacleFactorIds: [],
        })),
        cycles: [{ id: "2025", order: 1 }],
      });
      const combined = cards.find((c) => c.organisationId === null)!;
      assert.equal(combined.strategies.length, 0);
      assert.ok(combined.instruments.some((i) => i.id === "upr-sample-ken-c4-s42"));
      assert.equal(combined.items.filter((i) => i.score !== null).length, 2);

      const scorecard = await app.request("/countries/KEN/scorecard?cycle=2025");
      assert.equal(scorecard.status, 200);
      assert.match(await scorecard.text(), /Universal Periodic Review of Kenya/);
      assert.equal((await app.request("/api/v1/countries/KEN/scorecard?cycle=2025")).status, 200);
      assert.equal((await app.request("/compare?cycle=2025")).status, 200);

      await makeOrganisation(deps, "upr-assessors");
      const client = await signedInAs(deps, { role: "contributor", orgSlug: "upr-assessors" });
      const ws = await app.request("/orgs/upr-assessors/workspace?country=KEN&cycle=2025", { headers: client.headers() });
      assert.equal(ws.status, 200);
      assert.match(await ws.text(), /Universal Periodic Review of Kenya/);
    });
  });
