/**
 * The storage contract: the same suite on SQLite, PGlite and (with
 * TEST_DATABASE_URL) a real PostgreSQL server. Results must be identical.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { loadPack } from "../../src/packs/load-pack";
import { seed } from "../../src/packs/seed";
import { loadCountryReference } from "../../src/reference/countries";
import type { Storage } from "../../src/storage";
import { PACKS_DIR, seededStorage, testDatabases } from "../support/databases";

const PUBLIC = ["public"] as const;
const byteSorted = (xs: string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

for (const database of testDatabases()) {
  describe(`storage contract on ${database.name}`, () => {
    let s: Storage & { cleanup(): Promise<void> };
    before(async () => {
      s = await seededStorage(database);
    });
    after(async () => {
      await s.cleanup();
    });

    test("migrations are up to date after seeding; running them again applies nothing", async () => {
      assert.deepEqual(await s.migrate(), []);
      assert.equal(await s.ping(), true);
    });

    test("the pack is stored with its version and content hash", async () => {
      const [pack] = await s.framework.listPacks();
      assert.equal(pack?.id, "vawg-digital-2023");
      assert.equal(pack?.source.publisher, "Stimson Center");
      assert.equal(pack?.contentHash.length, 64);
    });

    test("items by kind, in order, with kind-specific details", async () => {
      const count = async (kind: Parameters<typeof s.framework.listItems>[0]) => (await s.framework.listItems(kind)).length;
      assert.equal(await count({ kind: "commitment" }), 30);
      assert.equal(await count({ kind: "strategy" }), 10);
      assert.equal(await count({ kind: "option" }), 31);
      assert.equal(await count({ kind: "factor" }), 8);
      assert.equal(await count({ kind: "approach_category" }), 5);
      assert.equal(await count({ kind: "legislative_approach" }), 3);
      const s02 = await s.framework.listItems({ kind: "option", parentId: "s02" });
      assert.deepEqual(
        s02.map((o) => o.id),
        ["s02-o1", "s02-o2", "s02-o3", "s02-o4", "s02-o5"],
      );
      const hrc = await s.framework.getItem("hrc-res-38-5");
      assert.equal(hrc?.kind, "instrument");
      assert.equal((hrc?.details as { symbol?: string } | undefined)?.symbol, "A/HRC/RES/38/5");
      const c = await s.framework.getItem("csw67-c01");
      assert.equal(c?.parentId, "csw67-agreed-conclusions");
      assert.ok((c?.details as { quotation?: { text: string } } | undefined)?.quotation?.text);
      assert.equal(await s.framework.getItem("no-such-item"), undefined);
      assert.deepEqual(await s.framework.listItems({ ids: [] }), []);
    });

    test("crosswalk links, filtered and in byte order", async () => {
      const all = await s.framework.listLinks();
      const pack = loadPack(`${PACKS_DIR}/vawg-digital-2023`);
      assert.equal(all.length, pack.crosswalk.length);
      // \u0000 sorts before every other character, so joined keys sort like the tuples.
      const keys = all.map((l) => `${l.fromId}\u0000${l.toId}\u0000${l.type}`);
      assert.deepEqual(keys, byteSorted(keys));
      const impl = await s.framework.listLinks({ toIds: ["hrc-38-5-c01"], type: "implements" });
      assert.ok(impl.length >= 1);
      assert.ok(impl.every((l) => l.toId === "hrc-38-5-c01" && l.type === "implements" && l.editorial));
    });

    test("193 countries with M49 regions and localised names", async () => {
      const all = await s.countries.listCountries();
      assert.equal(all.length, 193);
      const ken = await s.countries.getCountry("KEN");
      assert.equal(ken?.iso2, "KE");
      assert.equal(ken?.regionCode, "002");
      assert.equal(ken?.intermediateCode, "014");
      assert.ok(ken?.names.ar && ken.names.fr && ken.names.es && ken.names.ru && ken.names.zh);
      const africa = await s.countries.listCountries({ region: "002" });
      assert.equal(africa.length, 54);
      assert.equal((await s.countries.listCountries({ region: "014" })).length, 18);
      assert.equal((await s.countries.listRegions()).find((r) => r.code === "202")?.parentCode, "002");
    });

    test("public evidence: pages in a stable order, filters combine", async () => {
      const total = loadPack(`${PACKS_DIR}/vawg-digital-2023`).evidence.length;
      const first = await s.evidence.listEvidence({ visibility: PUBLIC }, { page: 1, perPage: 20 });
      assert.equal(first.total, total);
      assert.equal(first.items.length, 20);
      const pages = [];
      for (let p = 1; p <= Math.ceil(total / 20); p++)
        pages.push(...(await s.evidence.listEvidence({ visibility: PUBLIC }, { page: p, perPage: 20 })).items);
      assert.equal(new Set(pages.map((e) => e.id)).size, total, "every record once across pages");
      const aus = await s.evidence.listEvidence({ country: "AUS", visibility: PUBLIC }, { page: 1, perPage: 100 });
      assert.ok(aus.total >= 5);
      assert.ok(aus.items.every((e) => e.countryIso3 === "AUS" && e.sources.length > 0 && e.links.length > 0));
      const both = await s.evidence.listEvidence(
        { country: "AUS", items: ["justice-accountability"], visibility: PUBLIC },
        { page: 1, perPage: 100 },
      );
      assert.ok(both.total > 0 && both.total <= aus.total);
      assert.ok(both.items.every((e) => e.links.includes("justice-accountability")));
      const none = await s.evidence.listEvidence({ visibility: [] }, { page: 1, perPage: 10 });
      assert.equal(none.total, 0);
    });

    test("visibility is enforced by the repository", async () => {
      const [one] = (await s.evidence.listEvidence({ visibility: PUBLIC }, { page: 1, perPage: 1 })).items;
      assert.ok(one);
      assert.equal((await s.evidence.getEvidence(one.id, PUBLIC))?.id, one.id);
      assert.equal(await s.evidence.getEvidence(one.id, ["restricted"]), undefined);
      assert.equal(await s.evidence.getEvidence(one.id, []), undefined);
      const counts = await s.evidence.countByCountry(PUBLIC);
      assert.equal(counts.size, 9, "the nine case-study countries");
      assert.equal((await s.evidence.countByCountry(["organisation"])).size, 0);
    });

    test("seeding again changes nothing", async () => {
      const before = await s.evidence.listEvidence({ visibility: PUBLIC }, { page: 1, perPage: 1000 });
      const again = await seed(s, PACKS_DIR, "2030-01-01T00:00:00.000Z");
      assert.equal(again.countriesChanged, 0);
      assert.equal(again.packs[0]?.changed, false);
      const [pack] = await s.framework.listPacks();
      assert.equal(pack?.loadedAt, "2026-01-01T00:00:00.000Z", "nothing was rewritten");
      assert.deepEqual(await s.evidence.listEvidence({ visibility: PUBLIC }, { page: 1, perPage: 1000 }), before);
    });

    test("a changed pack is reloaded in place, items keep their ids", async () => {
      const pack = loadPack(`${PACKS_DIR}/vawg-digital-2023`, new Set(loadCountryReference().countries.map((c) => c.iso3)));
      const edited = {
        ...pack,
        contentHash: "0".repeat(64),
        factors: pack.factors.map((f) => (f.id === "data-access" ? { ...f, title: "Data, and access to information" } : f)),
        evidence: pack.evidence.slice(1),
      };
      const result = await s.seed.importPack(edited, "2031-01-01T00:00:00.000Z");
      assert.equal(result.changed, true);
      assert.equal((await s.framework.getItem("data-access"))?.title, "Data, and access to information");
      assert.equal(await s.evidence.getEvidence(pack.evidence[0]!.id, PUBLIC), undefined);
      // and back
      await s.seed.importPack(pack, "2031-01-02T00:00:00.000Z");
      assert.equal((await s.evidence.getEvidence(pack.evidence[0]!.id, PUBLIC))?.id, pack.evidence[0]!.id);
    });
  });
}
