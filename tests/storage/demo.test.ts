/** Demonstration data: loaded on an empty installation, clearly labelled, removed whole, never back once removed. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { DEMO, demoService } from "../../src/domain/demo/demo-service";
import { METHODOLOGY_V1 } from "../../src/domain/scoring/methodology-v1";
import { scorecardService } from "../../src/domain/scoring/scorecard-service";
import type { Storage } from "../../src/storage";
import { seededStorage, testDatabases } from "../support/databases";

for (const database of testDatabases()) {
  describe(`demonstration data on ${database.name}`, () => {
    let s: Storage & { cleanup(): Promise<void> };
    before(async () => {
      s = await seededStorage(database);
    });
    after(async () => s.cleanup());

    test("loaded once on an empty installation, labelled, published, and it does not block the setup link", async () => {
      const demo = demoService(s, METHODOLOGY_V1.version);
      assert.equal(await demo.loadIfEmpty(new Date()), "loaded");
      assert.equal(await demo.loadIfEmpty(new Date()), "already-loaded");
      const cycle = await s.assessments.getCycle(DEMO.cycleId);
      assert.deepEqual([cycle?.isDemo, cycle?.status, cycle?.name], [true, "closed", "2023 baseline (demonstration)"]);
      assert.match((await s.accounts.getOrganisation(DEMO.organisationId))?.name ?? "", /demonstration/i);
      const published = await s.assessments.latestPublications({ cycleId: DEMO.cycleId });
      const countries = new Set(published.map((p) => p.snapshot.countryIso3));
      assert.ok(countries.size >= 8, `${countries.size} case-study countries`);
      assert.ok(published.every((p) => p.snapshot.confidence === "low" && /Demonstration data/.test(p.snapshot.narrative)));
      assert.ok(
        published.every((p) => p.snapshot.evidenceIds.length > 0),
        "each derived from the paper's evidence",
      );
      const cards = await scorecardService(s, METHODOLOGY_V1).compute({ countryIso3: "AUS" });
      assert.ok(cards.some((c) => c.cycleId === DEMO.cycleId && c.score !== null));
      assert.equal(
        await s.accounts.countUsers(),
        0,
        "the demonstration's disabled account does not count: the setup link is still issued",
      );
    });

    test("removed whole, and not loaded again", async () => {
      const demo = demoService(s, METHODOLOGY_V1.version);
      assert.ok((await demo.remove(new Date())) > 0);
      assert.equal(await s.assessments.getCycle(DEMO.cycleId), undefined);
      assert.equal(await s.accounts.getOrganisation(DEMO.organisationId), undefined);
      assert.equal(await s.accounts.getUser(DEMO.userId), undefined);
      assert.deepEqual(await s.assessments.latestPublications({}), []);
      assert.equal(await demo.loadIfEmpty(new Date()), "declined");
      assert.equal((await s.audit.verify()).ok, true);
    });
  });
}
