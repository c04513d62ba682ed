/** ETags, Cache-Control and 304 Not Modified on the read API, against every test database. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import { matchingTag } from "../../src/web/api/v1/etag";
import type { AppEnv } from "../../src/web/env";
import { seededApp, testDatabases } from "../support/databases";

const ENDPOINTS = [
  "/api/v1/strategies",
  "/api/v1/options?strategy=s02",
  "/api/v1/commitments/csw67-c06",
  "/api/v1/countries/AUS",
  "/api/v1/evidence?country=AUS",
  "/api/v1/evidence/aus-adult-cyber-abuse-scheme",
  "/api/v1/openapi.json",
];

describe("If-None-Match parsing", () => {
  const tag = '"abc"';
  test("matches exact, weak, listed and wildcard forms", () => {
    assert.equal(matchingTag('"abc"', tag), '"abc"');
    assert.equal(matchingTag('W/"abc"', tag), 'W/"abc"');
    assert.equal(matchingTag('"x", W/"abc" , "y"', tag), 'W/"abc"');
    assert.equal(matchingTag(" * ", tag), "*");
  });
  test("does not match other tags, unquoted tags or nothing", () => {
    assert.equal(matchingTag('"abcd"', tag), undefined);
    assert.equal(matchingTag("abc", tag), undefined);
    assert.equal(matchingTag('"a,bc"', tag), undefined);
    assert.equal(matchingTag("", tag), undefined);
    assert.equal(matchingTag(undefined, tag), undefined);
  });
});

for (const database of testDatabases()) {
  describe(`read API caching on ${database.name}`, () => {
    let app: Hono<AppEnv>;
    let storage: Awaited<ReturnType<typeof seededApp>>["storage"];

    before(async () => {
      ({ app, storage } = await seededApp(database));
    });
    after(async () => {
      await storage.cleanup();
    });

    const request = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

    test("every 200 JSON response has a strong, stable ETag and Cache-Control", async () => {
      for (const path of ENDPOINTS) {
        const first = await request(path);
        assert.equal(first.status, 200, path);
        const tag = first.headers.get("ETag") ?? "";
        assert.match(tag, /^"[A-Za-z0-9_-]{20,}"$/, path);
        assert.equal(first.headers.get("Cache-Control"), "public, max-age=300", path);
        assert.equal((await request(path)).headers.get("ETag"), tag, `${path}: ETag changes between identical requests`);
      }
    });

    test("HEAD gets the same ETag and Cache-Control as GET, and 304 too", async () => {
      const path = "/api/v1/strategies";
      const tag = (await request(path)).headers.get("ETag") as string;
      const head = await app.request(path, { method: "HEAD" });
      assert.equal(head.status, 200);
      assert.equal(head.headers.get("ETag"), tag);
      assert.equal(head.headers.get("Cache-Control"), "public, max-age=300");
      assert.equal((await app.request(path, { method: "HEAD", headers: { "If-None-Match": tag } })).status, 304);
    });

    test("different bodies have different ETags", async () => {
      const one = (await request("/api/v1/options?per_page=10&page=1")).headers.get("ETag");
      const two = (await request("/api/v1/options?per_page=10&page=2")).headers.get("ETag");
      assert.ok(one && two && one !== two);
    });

    test("If-None-Match with the current tag gives 304 with no body", async () => {
      for (const path of ENDPOINTS) {
        const tag = (await request(path)).headers.get("ETag") as string;
        const res = await request(path, { "If-None-Match": tag });
        assert.equal(res.status, 304, path);
        assert.equal(await res.text(), "", path);
        assert.equal(res.headers.get("ETag"), tag, path);
        assert.equal(res.headers.get("Cache-Control"), "public, max-age=300", path);
        assert.equal(res.headers.get("Content-Type"), null, path);
      }
    });

    test("weak, listed and wildcard If-None-Match forms; a stale tag gives 200", async () => {
      const path = "/api/v1/countries/KEN";
      const tag = (await request(path)).headers.get("ETag") as string;
      const weak = await request(path, { "If-None-Match": `W/${tag}` });
      assert.equal(weak.status, 304);
      assert.equal(weak.headers.get("ETag"), `W/${tag}`);
      assert.equal((await request(path, { "If-None-Match": `"stale", ${tag}` })).status, 304);
      assert.equal((await request(path, { "If-None-Match": "*" })).status, 304);

      const stale = await request(path, { "If-None-Match": '"stale"' });
      assert.equal(stale.status, 200);
      assert.equal(((await stale.json()) as { data: { iso3: string } }).data.iso3, "KEN");
    });

    test("gzipped responses carry the weak form of the tag, which still revalidates", async () => {
      const path = "/api/v1/countries?per_page=200";
      const plain = (await request(path)).headers.get("ETag") as string;
      const gzipped = await request(path, { "Accept-Encoding": "gzip" });
      assert.equal(gzipped.headers.get("Content-Encoding"), "gzip");
      assert.equal(gzipped.headers.get("ETag"), `W/${plain}`);
      const again = await request(path, { "Accept-Encoding": "gzip", "If-None-Match": `W/${plain}` });
      assert.equal(again.status, 304);
    });

    test("errors are not given ETags and never turn into 304", async () => {
      const res = await request("/api/v1/factors/nope", { "If-None-Match": "*" });
      assert.equal(res.status, 404);
      assert.equal(res.headers.get("ETag"), null);
    });
  });
}
