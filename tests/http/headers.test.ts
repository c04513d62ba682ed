/** Security headers on the real app: a strict CSP everywhere, and no page that loads anything from another origin. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import { DOCS_CSP } from "../../src/web/api/docs";
import type { AppEnv } from "../../src/web/env";
import { stylesheet } from "../../src/web/static/stylesheet";
import { type Crawled, crawl } from "../support/crawl";
import { seededApp, testDatabases } from "../support/databases";

const ORIGIN = "http://blueprint.test";

/** Representative responses: page types, error pages, API, health and static files. */
const PATHS = [
  "/",
  "/framework",
  "/commitments",
  "/commitments/hrc-38-5-c01",
  "/options/s02-o2",
  "/factors/justice-accountability",
  "/countries?region=002&evidence=yes",
  "/countries/AUS",
  "/evidence/aus-online-safety-act-2021",
  "/nope",
  "/countries?region=999",
  "/api/v1/commitments",
  "/api/v1/countries/AUS",
  "/api/v1/commitments/nope",
  "/api/v1/openapi.json",
  "/healthz",
  stylesheet.path,
];

const DIRECTIVES = ["default-src 'none'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"];

/** SQLite is enough here; TEST_DATABASES may choose another engine. */
const databases = testDatabases();
const database = databases.find((d) => d.name === "sqlite") ?? databases[0];

/** Attributes that make a browser fetch or submit somewhere, per element (a plain <a href> is only a link). */
function fetchingUrls(html: string): { tag: string; url: string }[] {
  const found: { tag: string; url: string }[] = [];
  for (const [, tag, attrs] of html.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)) {
    if ((tag as string).toLowerCase() === "a") continue;
    for (const [, , value] of (attrs as string).matchAll(/\b(src|href|action|formaction|srcset|poster|data)="([^"]*)"/gi))
      found.push({ tag: tag as string, url: value as string });
  }
  return found;
}

if (database)
  describe(`security headers on ${database.name}`, () => {
    let app: Hono<AppEnv>;
    let cleanup: () => Promise<void>;
    let pages: Map<string, Crawled>;
    before(async () => {
      const seeded = await seededApp(database);
      app = seeded.app;
      cleanup = seeded.storage.cleanup;
      pages = await crawl(app);
    });
    after(async () => {
      await cleanup();
    });

    test("pages, error pages, API and static responses carry a strict CSP and the baseline headers", async () => {
      for (const path of PATHS) {
        const res = await app.request(path);
        assert.ok([200, 400, 404].includes(res.status), `${path}: ${res.status}`);
        const csp = res.headers.get("Content-Security-Policy") ?? "";
        for (const directive of DIRECTIVES)
          assert.ok(csp.split("; ").includes(directive), `${path}: CSP lacks ${directive}: ${csp}`);
        assert.ok(csp.split("; ").includes("script-src 'self'"), `${path}: scripts from this origin only: ${csp}`);
        assert.ok(csp.split("; ").includes("worker-src 'self'"), `${path}: the service worker from this origin only`);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
        assert.equal(res.headers.get("Referrer-Policy"), "no-referrer", path);
        assert.equal(res.headers.get("X-Content-Type-Options"), "nosniff", path);
        assert.equal(res.headers.get("X-Frame-Options"), "DENY", path);
        assert.equal(res.headers.get("Cross-Origin-Resource-Policy"), "same-origin", path);
        assert.equal(res.headers.get("Strict-Transport-Security"), null, `${path}: no HSTS on an http origin`);
        await res.arrayBuffer();
      }
    });

    test("/api/docs and its assets keep their own CSP", async () => {
      for (const path of ["/api/docs", "/api/docs/init.js"]) {
        const res = await app.request(path);
        assert.equal(res.status, 200, path);
        assert.equal(res.headers.get("Content-Security-Policy"), DOCS_CSP, path);
        assert.equal(res.headers.get("X-Content-Type-Options"), "nosniff", path);
        await res.arrayBuffer();
      }
    });

    test("no page loads, links a stylesheet from, or submits to another origin; no inline style or script", async () => {
      const docs = await (await app.request("/api/docs")).text();
      const html = [...pages.values()].filter((p) => p.html.startsWith("<!doctype html>"));
      assert.ok(html.length > 300, `${html.length} pages crawled`);
      const offenders: string[] = [];
      let ownOrigin = 0;
      for (const page of [...html, { path: "/api/docs", html: docs, status: 200 }]) {
        for (const { tag, url } of fetchingUrls(page.html)) {
          if (!/^(https?:)?\/\//i.test(url)) continue;
          if (url.startsWith(`${ORIGIN}/`)) ownOrigin++;
          else offenders.push(`${page.path}: <${tag}> ${url}`);
        }
        if (page.path !== "/api/docs") {
          // The page CSP blocks inline styles and scripts; the one script is the optional, deferred enhance.js.
          if (/<style\b|\sstyle="/i.test(page.html)) offenders.push(`${page.path}: inline style`);
          if (/<script(?! src="\/static\/enhance\.[0-9a-f]{12}\.js" defer="")/i.test(page.html))
            offenders.push(`${page.path}: script`);
        }
      }
      assert.deepEqual(offenders, []);
      assert.ok(ownOrigin >= html.length, "the check sees every page's canonical link");
    });
  });
