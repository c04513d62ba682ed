/** The OpenAPI 3.1 document and the Swagger UI docs page, served from our own origin only. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import type { AppEnv } from "../../src/web/env";
import { seededApp, testDatabases } from "../support/databases";

const LIST_PATHS = [
  "instruments",
  "commitments",
  "strategies",
  "options",
  "factors",
  "forms-of-abuse",
  "approach-categories",
  "legislative-approaches",
  "countries",
  "evidence",
];
const ITEM_PATHS = LIST_PATHS.map((p) => (p === "countries" ? "/v1/countries/{iso3}" : `/v1/${p}/{id}`));

// biome-ignore lint/suspicious/noExplicitAny: a parsed OpenAPI document.
type Json = any;

for (const database of testDatabases()) {
  describe(`API documentation on ${database.name}`, () => {
    let app: Hono<AppEnv>;
    let storage: Awaited<ReturnType<typeof seededApp>>["storage"];
    let doc: Json;

    before(async () => {
      ({ app, storage } = await seededApp(database));
      const res = await app.request("/api/v1/openapi.json");
      assert.equal(res.status, 200);
      assert.match(res.headers.get("Content-Type") ?? "", /^application\/json/);
      doc = JSON.parse(await res.text());
    });
    after(async () => {
      await storage.cleanup();
    });

    test("the OpenAPI document is 3.1 with title, version, description and tags", () => {
      assert.ok(String(doc.openapi).startsWith("3.1"), doc.openapi);
      assert.equal(doc.info.title, "Blueprint API");
      assert.ok(doc.info.version && doc.info.description);
      assert.deepEqual(doc.servers, [{ url: "/api", description: "This server" }]);
      assert.deepEqual(
        doc.tags.map((t: Json) => t.name),
        ["Framework", "Countries", "Evidence", "Search", "Workspace"],
      );
    });

    test("it describes every endpoint with parameters, responses and tags", () => {
      const lists = LIST_PATHS.map((p) => `/v1/${p}`);
      // Served by the scorecard and published-assessment routes, documented alongside.
      const extra = [
        "/v1/countries/{iso3}/scorecard",
        "/v1/countries/{iso3}/assessments",
        "/v1/assessments/{id}",
        "/v1/comparison",
        "/v1/search",
        "/v1/exports",
        "/v1/exports/{file}",
      ];
      // POST only: link suggestions for a pasted or uploaded text.
      const postOnly = ["/v1/suggest"];
      // The write API (with an API token), checked in tests/http/openapi-valid.test.ts.
      const workspace = ["/v1/orgs/{slug}/evidence", "/v1/orgs/{slug}/evidence/{id}"].concat(
        ["", "/submit", "/return", "/publish"].map((a) => `/v1/orgs/{slug}/assessments/{country}/{cycle}/{item}${a}`),
      );
      assert.deepEqual(Object.keys(doc.paths).sort(), [...lists, ...ITEM_PATHS, ...extra, ...postOnly, ...workspace].sort());
      for (const path of postOnly) {
        const op = doc.paths[path].post;
        assert.ok(op?.summary && op.tags.length === 1 && op.responses["200"] && op.requestBody, path);
      }
      for (const path of extra) {
        const op = doc.paths[path].get;
        assert.ok(op.summary && op.tags.length === 1 && op.responses["200"], path);
        assert.ok(
          op.parameters.some((p: Json) => p.in === "path" || p.in === "query"),
          path,
        );
      }
      for (const [path, item] of Object.entries<Json>(doc.paths)) {
        if (extra.includes(path) || postOnly.includes(path) || workspace.includes(path)) continue;
        const op = item.get;
        assert.ok(op, `${path} has no GET`);
        assert.equal(op.tags.length, 1, path);
        assert.ok(op.summary, path);
        const codes = Object.keys(op.responses).sort();
        const expected = lists.includes(path) ? ["200", "304", "400"] : ["200", "304", "400", "404"];
        assert.deepEqual(codes, expected, path);
        assert.ok(op.responses["200"].content["application/json"].schema.$ref, path);
        assert.ok(op.responses["400"].content["application/json"].schema.$ref.endsWith("/Error"), path);
        const names = op.parameters.map((p: Json) => `${p.in}:${p.name}`);
        assert.ok(names.includes("header:if-none-match"), path);
        if (lists.includes(path)) assert.ok(names.includes("query:page") && names.includes("query:per_page"), path);
        else
          assert.ok(
            names.some((n: string) => n.startsWith("path:")),
            path,
          );
      }
      const evidence = doc.paths["/v1/evidence"].get.parameters.map((p: Json) => p.name);
      for (const name of ["country", "item", "factor", "form", "type"]) assert.ok(evidence.includes(name), name);
      const perPage = doc.paths["/v1/options"].get.parameters.find((p: Json) => p.name === "per_page");
      assert.deepEqual([perPage.schema.minimum, perPage.schema.maximum, perPage.schema.default], [1, 200, 50]);
    });

    test("every referenced schema is defined", () => {
      const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[A-Za-z]+/g) ?? [];
      assert.ok(refs.length > 0);
      for (const ref of new Set(refs)) assert.ok(doc.components.schemas[ref.split("/").pop() as string], ref);
      assert.equal(doc.components.schemas.Evidence.properties.organisationId, undefined);
      assert.equal(doc.components.schemas.Evidence.properties.visibility, undefined);
    });

    test("/api/docs is HTML that loads only local assets, under a strict CSP", async () => {
      const res = await app.request("/api/docs");
      assert.equal(res.status, 200);
      assert.match(res.headers.get("Content-Type") ?? "", /^text\/html/);
      const csp = res.headers.get("Content-Security-Policy") ?? "";
      for (const directive of [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "object-src 'none'",
      ])
        assert.ok(csp.includes(directive), `CSP lacks ${directive}: ${csp}`);
      assert.ok(!csp.includes("unsafe-eval"));

      const html = await res.text();
      assert.ok(!/<script(?![^>]*\ssrc=)[^>]*>/i.test(html), "no inline script");
      assert.ok(!/\sstyle=|<style/i.test(html), "no inline style in our page");
      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
      assert.ok(assets.length >= 4);
      for (const url of assets) assert.ok(url.startsWith("/api/"), `${url} is not local`);

      for (const url of assets) {
        const asset = await app.request(url);
        assert.equal(asset.status, 200, url);
        const type = asset.headers.get("Content-Type") ?? "";
        if (url.endsWith(".js")) assert.match(type, /^text\/javascript/, url);
        if (url.endsWith(".css")) assert.match(type, /^text\/css/, url);
        assert.ok(asset.headers.get("ETag"), url);
        assert.ok((await asset.text()).length > 0, url);
      }
    });

    test("the init script points Swagger UI at our document and turns off the remote validator", async () => {
      const js = await (await app.request("/api/docs/init.js")).text();
      assert.ok(js.includes('"/api/v1/openapi.json"'));
      assert.ok(js.includes("validatorUrl: null"));
      assert.ok(!/https?:\/\//.test(js));
    });

    test("docs assets revalidate with their ETag", async () => {
      const first = await app.request("/api/docs/swagger-ui-bundle.js");
      const tag = first.headers.get("ETag") as string;
      await first.body?.cancel();
      const again = await app.request("/api/docs/swagger-ui-bundle.js", { headers: { "If-None-Match": tag } });
      assert.equal(again.status, 304);
    });
  });
}
