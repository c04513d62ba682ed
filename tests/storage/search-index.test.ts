/**
 * The search index port on every database, with generated documents: large
 * result sets are estimated from the fixed sample (the same estimate on every
 * database, close to the truth), small ones counted exactly; ranking tiers put
 * title matches first; replacing and removing documents keeps the index
 * current; and every database returns the same pages in the same order.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { analyse } from "../../src/domain/search/analyze";
import { parseQuery } from "../../src/domain/search/query";
import type { FacetValue, SearchAudience, SearchDocument, StoredResults } from "../../src/domain/search/types";
import type { Storage } from "../../src/storage";
import { EXACT_LIMIT } from "../../src/storage/repositories/search-repository";
import { testDatabases } from "../support/databases";

const N = 8_000;
const COUNTRIES = ["KEN", "SEN", "COL", "TUN", "KAZ", "CHN", "NOR", "MYS"];
const PUBLIC: SearchAudience = { grants: [] };

/** Every document says "online"; every fourth "harassment"; every 500th has "helpline" in its title. */
function doc(n: number): SearchDocument {
  const title = n % 500 === 0 ? `Helpline number ${n}` : `Recommendation ${n}`;
  const text = `Protect women online${n % 4 === 0 ? " from harassment" : ""}${n % 7 === 0 ? " and fund a helpline" : ""}.`;
  return {
    key: `commitment:gen-${n}`,
    kind: "commitment",
    refId: `gen-${n}`,
    title,
    text,
    path: `/commitments/gen-${n}`,
    date: null,
    visibility: "public",
    organisationId: null,
    facets: [
      { facet: "type", value: "commitment" },
      { facet: "country", value: COUNTRIES[n % COUNTRIES.length] as string },
    ],
    titleTerms: analyse(title),
    bodyTerms: analyse(text),
  };
}

async function search(storage: Storage, q: string, filters: FacetValue[] = [], offset = 0): Promise<StoredResults> {
  const parsed = parseQuery(q);
  assert.ok(parsed.match, q);
  return storage.search.search({ match: parsed.match, groups: parsed.groups, filters, audience: PUBLIC, offset, limit: 20 });
}

const pages = new Map<string, string[]>();

for (const database of testDatabases())
  describe(`the search index on ${database.name}`, () => {
    let storage: Storage & { cleanup(): Promise<void> };
    before(async () => {
      storage = await database.open();
      await storage.migrate();
      const docs = Array.from({ length: N }, (_, i) => doc(i + 1));
      for (let i = 0; i < docs.length; i += 1000) await storage.transaction((tx) => tx.search.upsert(docs.slice(i, i + 1000)));
      await storage.search.optimise();
    });
    after(() => storage.cleanup());

    test("a large result set is estimated from the sample, close to the truth; a small one is exact", async () => {
      const online = await search(storage, "online");
      assert.equal(online.estimated, true);
      assert.ok(Math.abs(online.total - N) / N < 0.15, `estimated ${online.total} for ${N}`);
      const kenya = online.facets.find((f) => f.facet === "country" && f.value === "KEN");
      assert.ok(kenya && Math.abs(kenya.count - N / 8) / (N / 8) < 0.35, `Kenya ${kenya?.count}`);

      const helpline = await search(storage, "helpline");
      assert.ok(N / 7 < EXACT_LIMIT);
      assert.equal(helpline.estimated, false);
      const expected = Array.from({ length: N }, (_, i) => doc(i + 1)).filter(
        (d) => d.titleTerms.includes("helplin") || d.bodyTerms.includes("helplin"),
      ).length;
      assert.equal(helpline.total, expected);
      assert.equal(
        helpline.facets.filter((f) => f.facet === "country").reduce((s, f) => s + f.count, 0),
        expected,
        "facet counts add up",
      );
    });

    test("title matches come first, then in document-number order; pages follow on", async () => {
      const first = await search(storage, "helpline");
      assert.ok(
        first.hits.slice(0, 16).every((h) => h.title.startsWith("Helpline")),
        first.hits.map((h) => h.title).join(),
      );
      assert.equal(first.hits.filter((h) => h.title.startsWith("Helpline")).length, 16);
      const second = await search(storage, "helpline", [], 20);
      assert.equal(second.hits.length, 20);
      assert.deepEqual(
        second.hits.filter((h) => first.hits.some((f) => f.key === h.key)),
        [],
        "no record on two pages",
      );
      pages.set(
        database.name,
        [first, second, await search(storage, "harassment online", [{ facet: "country", value: "SEN" }])].flatMap((r) => [
          `${r.total}${r.estimated ? "~" : ""}`,
          ...r.hits.map((h) => h.key),
        ]),
      );
    });

    test("replacing and removing documents keeps the index current", async () => {
      const changed = { ...doc(3), title: "Zanzibar helpline", titleTerms: analyse("Zanzibar helpline") };
      await storage.search.upsert([changed]);
      assert.deepEqual(
        (await search(storage, "zanzibar")).hits.map((h) => h.key),
        ["commitment:gen-3"],
      );
      await storage.search.remove(["commitment:gen-3"]);
      assert.equal((await search(storage, "zanzibar")).total, 0);
      assert.equal(await storage.search.count(), N - 1);
    });
  });

test("every database gives the same counts and pages", () => {
  const [first, ...others] = [...pages];
  assert.ok(first);
  for (const [name, list] of others) assert.deepEqual(list, first[1], `${name} vs ${first[0]}`);
});
