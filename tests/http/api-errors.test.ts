/**
 * Read API errors against every test database: an unknown id is a JSON 404, a bad
 * parameter is a JSON 400 that names the parameter and the reason, never a 500.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import { ErrorSchema } from "../../src/web/api/v1/schemas";
import type { AppEnv } from "../../src/web/env";
import { seededApp, testDatabases } from "../support/databases";

const UNKNOWN_IDS = [
  "/api/v1/instruments/nope",
  "/api/v1/commitments/nope",
  "/api/v1/strategies/nope",
  "/api/v1/options/nope",
  "/api/v1/factors/nope",
  "/api/v1/forms-of-abuse/nope",
  "/api/v1/approach-categories/nope",
  "/api/v1/legislative-approaches/nope",
  "/api/v1/countries/XXX",
  "/api/v1/evidence/nope",
  // Real ids of another kind are unknown here too.
  "/api/v1/strategies/s01-o1",
  "/api/v1/factors/s01",
];

/** [request, parameter, words the message must contain] */
const BAD_PARAMETERS: [string, string, string][] = [
  ["/api/v1/strategies?page=0", "page", "must be an integer from 1 to 100000"],
  ["/api/v1/strategies?page=abc", "page", "must be an integer"],
  ["/api/v1/strategies?page=1.5", "page", "must be an integer"],
  ["/api/v1/evidence?page=-2", "page", "must be an integer"],
  ["/api/v1/options?per_page=0", "per_page", "must be an integer from 1 to 200"],
  ["/api/v1/options?per_page=201", "per_page", "must be an integer from 1 to 200"],
  ["/api/v1/countries?per_page=ten", "per_page", "must be an integer from 1 to 200"],
  ["/api/v1/countries?region=2", "region", "3-digit M49 region code"],
  ["/api/v1/countries?region=africa", "region", "3-digit M49 region code"],
  ["/api/v1/countries?region=999", "region", "'999' is not one"],
  ["/api/v1/countries?has_evidence=yes", "has_evidence", "must be true or false"],
  ["/api/v1/evidence?type=rumour", "type", "must be one of law, policy"],
  ["/api/v1/evidence?factor=nope", "factor", "there is no factor with id 'nope'"],
  ["/api/v1/evidence?factor=s01", "factor", "there is no factor with id 's01'"],
  ["/api/v1/evidence?form=justice-accountability", "form", "must be the id of a form of abuse"],
  ["/api/v1/evidence?item=nope", "item", "there is none with id 'nope'"],
  ["/api/v1/evidence?item=a%20b", "item", "letters, digits, hyphens or underscores"],
  ["/api/v1/evidence?country=XXX", "country", "'XXX' is not one"],
  ["/api/v1/evidence?country=AU", "country", "ISO 3166-1 alpha-3"],
  ["/api/v1/options?strategy=nope", "strategy", "there is no strategy with id 'nope'"],
  ["/api/v1/options?actor=robots", "actor", "must be one of government, civil_society, several"],
  ["/api/v1/commitments?instrument=s01", "instrument", "there is no instrument with id 's01'"],
  ["/api/v1/countries/A1", "iso3", "ISO 3166-1 alpha-3"],
  ["/api/v1/evidence/a.b", "id", "letters, digits, hyphens or underscores"],
];

for (const database of testDatabases()) {
  describe(`read API errors on ${database.name}`, () => {
    let app: Hono<AppEnv>;
    let storage: Awaited<ReturnType<typeof seededApp>>["storage"];

    before(async () => {
      ({ app, storage } = await seededApp(database));
    });
    after(async () => {
      await storage.cleanup();
    });

    async function error(path: string, status: number) {
      const res = await app.request(path);
      const text = await res.text();
      assert.equal(res.status, status, `${path}: ${text.slice(0, 300)}`);
      assert.match(res.headers.get("Content-Type") ?? "", /^application\/json/, path);
      assert.equal(res.headers.get("ETag"), null, `${path} must not carry an ETag`);
      return ErrorSchema.parse(JSON.parse(text)).error;
    }

    test("an unknown id on every by-id endpoint is a JSON 404", async () => {
      for (const path of UNKNOWN_IDS) {
        const e = await error(path, 404);
        assert.equal(e.code, "not_found", path);
        assert.ok(e.message.includes(path.split("/").pop() as string), `${path}: ${e.message}`);
      }
    });

    test("an unknown API path is a JSON 404", async () => {
      assert.equal((await error("/api/v1/nothing-here", 404)).code, "not_found");
    });

    test("a bad parameter is a JSON 400 naming the parameter and the reason", async () => {
      for (const [path, parameter, words] of BAD_PARAMETERS) {
        const e = await error(path, 400);
        assert.equal(e.code, "invalid_parameter", path);
        assert.equal(e.parameter, parameter, path);
        assert.ok(e.message.includes(`'${parameter}'`), `${path}: ${e.message}`);
        assert.ok(e.message.includes(words), `${path}: "${e.message}" should say "${words}"`);
      }
    });

    test("unknown query parameters are ignored", async () => {
      const res = await app.request("/api/v1/strategies?colour=blue");
      assert.equal(res.status, 200);
    });
  });
}
