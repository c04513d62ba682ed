/**
 * The read API against every test database: full lists, records by id with what
 * links to them, pagination and filters. Bodies are also checked against the zod
 * schemas the OpenAPI document is generated from, so the two cannot drift apart.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import type { z } from "zod";
import { PUBLIC } from "../../src/domain/framework/catalogue";
import type { ItemKind } from "../../src/domain/framework/types";
import * as s from "../../src/web/api/v1/schemas";
import type { AppEnv } from "../../src/web/env";
import { seededApp, testDatabases } from "../support/databases";

const ORIGIN = "http://blueprint.test";
const CASE_STUDY_COUNTRIES = ["AUS", "CAN", "COL", "GBR", "KEN", "LBR", "MYS", "NOR", "TUN"];

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked against zod schemas before use.
type Json = any;

const LISTS: { path: string; kind: ItemKind; schema: z.ZodType; seeded?: number }[] = [
  { path: "instruments", kind: "instrument", schema: s.InstrumentSchema },
  { path: "commitments", kind: "commitment", schema: s.CommitmentSchema, seeded: 30 },
  { path: "strategies", kind: "strategy", schema: s.FrameworkItemSchema, seeded: 10 },
  { path: "options", kind: "option", schema: s.OptionSchema, seeded: 31 },
  { path: "factors", kind: "factor", schema: s.FrameworkItemSchema, seeded: 8 },
  { path: "approach-categories", kind: "approach_category", schema: s.FrameworkItemSchema, seeded: 5 },
  { path: "forms-of-abuse", kind: "form_of_abuse", schema: s.FrameworkItemSchema },
  { path: "legislative-approaches", kind: "legislative_approach", schema: s.FrameworkItemSchema, seeded: 3 },
];

for (const database of testDatabases()) {
  describe(`read API on ${database.name}`, () => {
    let app: Hono<AppEnv>;
    let storage: Awaited<ReturnType<typeof seededApp>>["storage"];

    before(async () => {
      ({ app, storage } = await seededApp(database));
    });
    after(async () => {
      await storage.cleanup();
    });

    async function get(path: string, schema?: z.ZodType): Promise<Json> {
      const res = await app.request(path);
      const text = await res.text();
      assert.equal(res.status, 200, `${path}: ${text.slice(0, 300)}`);
      assert.match(res.headers.get("Content-Type") ?? "", /^application\/json/);
      const body = JSON.parse(text);
      if (schema) schema.parse(body);
      return body;
    }

    /** Every record of a list, following links.next from the first page. */
    async function walk(path: string, schema: z.ZodType): Promise<Json[]> {
      const records: Json[] = [];
      let next: string | null = `${ORIGIN}${path}`;
      for (let pages = 0; next && pages < 100; pages++) {
        const body: Json = await get(next.slice(ORIGIN.length), s.listOf(schema, "Walked"));
        records.push(...body.data);
        next = body.links.next;
      }
      return records;
    }

    for (const list of LISTS) {
      test(`/api/v1/${list.path} lists every seeded ${list.kind}`, async () => {
        const stored = await storage.framework.listItems({ kind: list.kind });
        if (list.seeded !== undefined) assert.equal(stored.length, list.seeded);
        const body = await get(`/api/v1/${list.path}?per_page=200`, s.listOf(list.schema, "List"));
        assert.equal(body.meta.total, stored.length);
        assert.deepEqual(
          body.data.map((r: Json) => r.id),
          stored.map((i) => i.id),
        );
        for (const r of body.data) {
          assert.equal(r.kind, list.kind);
          assert.equal(r.url, `${ORIGIN}/api/v1/${list.path}/${r.id}`);
          assert.equal(r.htmlUrl, `${ORIGIN}/${list.path}/${r.id}`);
        }
      });
    }

    test("/api/v1/countries lists all 193 UN member states, across pages too", async () => {
      const body = await get("/api/v1/countries?per_page=200", s.listOf(s.CountrySchema, "CountryList"));
      assert.equal(body.meta.total, 193);
      assert.equal(body.data.length, 193);
      const walked = await walk("/api/v1/countries?per_page=50", s.CountrySchema);
      assert.deepEqual(
        walked.map((c) => c.iso3),
        body.data.map((c: Json) => c.iso3),
      );
      const aus = body.data.find((c: Json) => c.iso3 === "AUS");
      assert.equal(aus.url, `${ORIGIN}/api/v1/countries/AUS`);
      assert.equal(aus.htmlUrl, `${ORIGIN}/countries/AUS`);
      assert.equal(aus.evidenceCount, (await storage.evidence.countByCountry(PUBLIC)).get("AUS"));
    });

    test("/api/v1/evidence pages through every public evidence record exactly once", async () => {
      const stored = await storage.evidence.listEvidence({ visibility: PUBLIC }, { page: 1, perPage: 10_000 });
      assert.ok(stored.total > 0);
      const walked = await walk("/api/v1/evidence?per_page=7", s.EvidenceSchema);
      assert.equal(walked.length, stored.total);
      assert.deepEqual(
        walked.map((e) => e.id),
        stored.items.map((e) => e.id),
      );
      for (const e of walked) {
        assert.ok(!("organisationId" in e) && !("visibility" in e), `${e.id} leaks internal fields`);
        assert.equal(e.url, `${ORIGIN}/api/v1/evidence/${e.id}`);
        assert.equal(e.htmlUrl, `${ORIGIN}/evidence/${e.id}`);
      }
    });

    test("each kind of framework item by id, with what links to it", async () => {
      const instrument = (await get("/api/v1/instruments/hrc-res-38-5", s.single(s.InstrumentDetailSchema, "R"))).data;
      assert.equal(instrument.symbol, "A/HRC/RES/38/5");
      assert.equal(instrument.commitments.length, 17);

      const body = await get("/api/v1/commitments/csw67-c06", s.single(s.CommitmentDetailSchema, "R"));
      assert.deepEqual(body.links, { self: `${ORIGIN}/api/v1/commitments/csw67-c06`, html: `${ORIGIN}/commitments/csw67-c06` });
      const commitment = body.data;
      assert.equal(commitment.instrument.id, "csw67-agreed-conclusions");
      const implementing = await storage.framework.listLinks({ toIds: ["csw67-c06"], type: "implements" });
      assert.deepEqual(commitment.options.map((o: Json) => o.id).sort(), implementing.map((l) => l.fromId).sort());
      for (const o of commitment.options) assert.ok(o.rationale.length > 0 && typeof o.editorial === "boolean");
      assert.ok(commitment.evidence.some((e: Json) => e.id === "aus-adult-cyber-abuse-scheme"));

      const strategy = (await get("/api/v1/strategies/s01", s.single(s.StrategyDetailSchema, "R"))).data;
      assert.deepEqual(
        strategy.options.map((o: Json) => o.id),
        ["s01-o1", "s01-o2", "s01-o3"],
      );
      const strategyFactors = await storage.framework.listLinks({ fromIds: ["s01"], type: "addresses_factor" });
      assert.equal(strategy.factors.length, strategyFactors.length);

      const option = (await get("/api/v1/options/s06-o3", s.single(s.OptionDetailSchema, "R"))).data;
      assert.equal(option.strategy.id, "s06");
      assert.equal(option.strategyId, "s06");
      assert.ok(option.evidence.some((e: Json) => e.id === "aus-adult-cyber-abuse-scheme"));
      assert.deepEqual(
        option.approachCategories.map((a: Json) => a.id),
        option.approachCategoryIds,
      );

      const factor = (await get("/api/v1/factors/justice-accountability", s.single(s.FactorDetailSchema, "R"))).data;
      assert.ok(factor.strategies.length > 0);
      assert.ok(factor.evidence.some((e: Json) => e.id === "aus-adult-cyber-abuse-scheme"));

      const category = (
        await get("/api/v1/approach-categories/information-awareness", s.single(s.ApproachCategoryDetailSchema, "R"))
      ).data;
      assert.ok(category.options.some((o: Json) => o.id === "s01-o1"));

      const form = (await get("/api/v1/forms-of-abuse/adult-cyber-abuse", s.single(s.ItemWithEvidenceSchema, "R"))).data;
      assert.ok(form.evidence.some((e: Json) => e.id === "aus-adult-cyber-abuse-scheme"));
      await get("/api/v1/legislative-approaches/comprehensive-vawg-law", s.single(s.ItemWithEvidenceSchema, "R"));
    });

    test("a country by ISO3 (any case) with its evidence grouped by strategy and factor", async () => {
      const body = await get("/api/v1/countries/aus", s.single(s.CountryDetailSchema, "R"));
      const aus = body.data;
      assert.equal(aus.iso3, "AUS");
      assert.equal(body.links.self, `${ORIGIN}/api/v1/countries/AUS`);
      const stored = await storage.evidence.listEvidence({ country: "AUS", visibility: PUBLIC }, { page: 1, perPage: 1000 });
      assert.equal(aus.evidenceCount, stored.total);
      const ids = new Set(aus.evidence.map((e: Json) => e.id));
      assert.deepEqual([...ids].sort(), stored.items.map((e) => e.id).sort());
      assert.ok(aus.byStrategy.length > 0 && aus.byFactor.length > 0);
      for (const g of [...aus.byStrategy, ...aus.byFactor]) for (const id of g.evidenceIds) assert.ok(ids.has(id));
      assert.ok(aus.byFactor.some((g: Json) => g.factor.id === "justice-accountability"));

      const none = (await get("/api/v1/countries/FRA", s.single(s.CountryDetailSchema, "R"))).data;
      assert.equal(none.evidenceCount, 0);
      assert.deepEqual(none.byStrategy, []);
    });

    test("an evidence record by id, public fields only", async () => {
      const body = await get("/api/v1/evidence/aus-adult-cyber-abuse-scheme", s.single(s.EvidenceDetailSchema, "R"));
      const e = body.data;
      assert.equal(e.country.iso3, "AUS");
      assert.equal(e.country.htmlUrl, `${ORIGIN}/countries/AUS`);
      assert.ok(e.items.some((i: Json) => i.id === "csw67-c06" && i.url === `${ORIGIN}/api/v1/commitments/csw67-c06`));
      assert.deepEqual(e.items.map((i: Json) => i.id).sort(), [...e.itemIds].sort());
      assert.ok(e.sources.length > 0);
      assert.ok(!("organisationId" in e) && !("visibility" in e));
    });

    test("pagination: next/prev links, per_page limits, a page past the end is empty", async () => {
      const first = await get("/api/v1/options?per_page=10");
      assert.equal(first.data.length, 10);
      assert.deepEqual(first.meta, { page: 1, perPage: 10, total: 31 });
      assert.equal(first.links.self, `${ORIGIN}/api/v1/options?per_page=10`);
      assert.equal(first.links.prev, null);
      assert.equal(first.links.next, `${ORIGIN}/api/v1/options?per_page=10&page=2`);

      const last = await get("/api/v1/options?per_page=10&page=4");
      assert.equal(last.data.length, 1);
      assert.equal(last.links.next, null);
      assert.equal(last.links.prev, `${ORIGIN}/api/v1/options?per_page=10&page=3`);

      const def = await get("/api/v1/countries");
      assert.equal(def.meta.perPage, 50);
      assert.equal(def.data.length, 50);
      assert.equal((await get("/api/v1/countries?per_page=200")).data.length, 193);
      assert.equal((await get("/api/v1/countries?per_page=1")).data.length, 1);

      const beyond = await get("/api/v1/options?per_page=10&page=9");
      assert.deepEqual(beyond.data, []);
      assert.equal(beyond.meta.total, 31);
      assert.equal(beyond.links.next, null);
      assert.equal(beyond.links.prev, `${ORIGIN}/api/v1/options?per_page=10&page=4`);
      assert.deepEqual((await get("/api/v1/evidence?page=500")).data, []);
    });

    test("filters: evidence by country, factor, form, item and type, alone and combined", async () => {
      const aus = await get("/api/v1/evidence?country=AUS&per_page=200");
      assert.ok(aus.meta.total > 0);
      assert.equal(aus.data.length, aus.meta.total);
      assert.ok(aus.data.every((e: Json) => e.countryIso3 === "AUS"));
      assert.equal(aus.meta.total, (await get("/api/v1/countries/AUS")).data.evidenceCount);
      assert.equal((await get("/api/v1/evidence?country=aus")).meta.total, aus.meta.total);

      const factor = await get("/api/v1/evidence?factor=justice-accountability&per_page=200");
      assert.ok(factor.meta.total > 0);
      assert.ok(factor.data.every((e: Json) => e.itemIds.includes("justice-accountability")));

      const both = await get("/api/v1/evidence?factor=justice-accountability&country=AUS&per_page=200");
      const expected = factor.data.filter((e: Json) => e.countryIso3 === "AUS").map((e: Json) => e.id);
      assert.ok(expected.length > 0);
      assert.deepEqual(
        both.data.map((e: Json) => e.id),
        expected,
      );

      const form = await get("/api/v1/evidence?form=adult-cyber-abuse&item=csw67-c06");
      assert.ok(form.data.some((e: Json) => e.id === "aus-adult-cyber-abuse-scheme"));
      assert.ok(form.data.every((e: Json) => e.itemIds.includes("adult-cyber-abuse") && e.itemIds.includes("csw67-c06")));

      const laws = await get("/api/v1/evidence?type=law&per_page=200");
      assert.ok(laws.meta.total > 0 && laws.data.every((e: Json) => e.type === "law"));
    });

    test("filters: options by strategy and actor, commitments by instrument", async () => {
      const s02 = await get("/api/v1/options?strategy=s02");
      assert.equal(s02.meta.total, 5);
      assert.ok(s02.data.every((o: Json) => o.strategyId === "s02"));
      assert.equal(s02.links.self, `${ORIGIN}/api/v1/options?strategy=s02`);

      const government = await get("/api/v1/options?actor=government&per_page=200");
      assert.ok(government.meta.total > 0 && government.meta.total < 31);
      assert.ok(government.data.every((o: Json) => o.actor === "government"));

      const hrc = await get("/api/v1/commitments?instrument=hrc-res-38-5");
      assert.equal(hrc.meta.total, 17);
      assert.ok(hrc.data.every((c: Json) => c.instrumentId === "hrc-res-38-5"));
    });

    test("filters: countries by M49 region and by whether they have public evidence", async () => {
      const africa = await get("/api/v1/countries?region=002&per_page=200");
      assert.equal(africa.meta.total, (await storage.countries.listCountries({ region: "002" })).length);
      assert.ok(africa.meta.total > 50);
      assert.ok(africa.data.every((c: Json) => c.regionCode === "002"));

      const withEvidence = await get("/api/v1/countries?has_evidence=true&per_page=200");
      const iso3s = withEvidence.data.map((c: Json) => c.iso3);
      for (const iso3 of CASE_STUDY_COUNTRIES) assert.ok(iso3s.includes(iso3), `${iso3} missing`);
      assert.ok(withEvidence.data.every((c: Json) => c.evidenceCount > 0));

      const without = await get("/api/v1/countries?has_evidence=false&per_page=200");
      assert.equal(without.meta.total + withEvidence.meta.total, 193);
      assert.ok(without.data.every((c: Json) => c.evidenceCount === 0));

      const africaWith = await get("/api/v1/countries?region=002&has_evidence=true");
      assert.deepEqual(africaWith.data.map((c: Json) => c.iso3).sort(), ["KEN", "LBR", "TUN"]);
    });
  });
}
