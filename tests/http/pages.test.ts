/** Public pages: every page reachable, well-formed, no JavaScript, within the byte budget. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import type { Hono } from "hono";
import { LOCALES, localisedPath } from "../../src/i18n/locales";
import type { AppEnv } from "../../src/web/env";
import { enhanceScript } from "../../src/web/static/scripts";
import { stylesheet } from "../../src/web/static/stylesheet";
import { type Crawled, crawl } from "../support/crawl";
import { seededApp, testDatabases } from "../support/databases";

/** One example of every page type. */
const PAGE_TYPES: Record<string, string> = {
  home: "/",
  framework: "/framework",
  commitments: "/commitments",
  instruments: "/instruments",
  factors: "/factors",
  "forms of abuse": "/forms-of-abuse",
  "approach categories": "/approach-categories",
  "legislative approaches": "/legislative-approaches",
  strategy: "/strategies/s02",
  option: "/options/s02-o2",
  instrument: "/instruments/hrc-res-38-5",
  commitment: "/commitments/hrc-38-5-c01",
  factor: "/factors/justice-accountability",
  "form of abuse": "/forms-of-abuse/non-consensual-intimate-images",
  "approach category": "/approach-categories/existing-tools",
  "legislative approach": "/legislative-approaches/cybercrime-online-safety-law",
  countries: "/countries",
  "countries filtered": "/countries?region=002&evidence=yes",
  country: "/countries/AUS",
  "country without evidence": "/countries/FRA",
  evidence: "/evidence/aus-online-safety-act-2021",
  search: "/search?q=violence&type=commitment",
};

/** The first TCP round trip: 10 segments of 1,460 bytes. */
const FIRST_ROUND_TRIP = 14_600;
const PAGE_TOTAL = 60 * 1024;

for (const database of testDatabases()) {
  describe(`public pages on ${database.name}`, () => {
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

    test("every page type answers 200 with its title, language, canonical URL, breadcrumbs and JSON link", async () => {
      const titles = new Set<string>();
      for (const [name, path] of Object.entries(PAGE_TYPES)) {
        const res = await app.request(path);
        assert.equal(res.status, 200, `${name} ${path}`);
        assert.match(res.headers.get("content-type") ?? "", /text\/html/);
        const html = await res.text();
        assert.match(html, /^<!doctype html><html lang="en"/);
        const title = html.match(/<title>([^<]+)<\/title>/)?.[1];
        assert.ok(title, `${name} has a title`);
        assert.ok(!titles.has(title), `${name}: title '${title}' is unique`);
        titles.add(title);
        assert.ok(
          html.includes(`<link rel="canonical" href="http://blueprint.test${path.replaceAll("&", "&amp;")}"/>`),
          `${name} canonical`,
        );
        assert.match(html, /<link rel="alternate" type="application\/json" href="\/api\/v1/, `${name} links to its JSON`);
        if (path !== "/") assert.match(html, /<nav aria-label="Breadcrumb"/, `${name} breadcrumbs`);
        assert.match(html, /<main id="main" tabindex="-1">/);
        assert.doesNotMatch(
          html,
          /<script(?! src="\/static\/enhance\.[0-9a-f]{12}\.js" defer="")/i,
          `${name} needs no JavaScript beyond the optional enhance.js`,
        );
      }
    });

    test("the crawl from the home page reaches the whole pack and every country, with no broken link", async () => {
      const broken = [...pages.values()].filter((p) => p.status !== 200 && p.status !== 301);
      assert.deepEqual(
        broken.map((p) => `${p.status} ${p.path}`),
        [],
      );
      const count = (prefix: string) => [...pages.keys()].filter((p) => p.startsWith(prefix)).length;
      assert.equal(count("/commitments/"), 30);
      assert.equal(count("/strategies/"), 10);
      assert.equal(count("/options/"), 31);
      assert.equal(count("/factors/"), 8);
      assert.ok(count("/instruments/") >= 13);
      assert.ok(count("/forms-of-abuse/") >= 10);
      assert.equal(count("/countries/"), 193);
      assert.ok(count("/evidence/") > 30);
    });

    test("budget, in every language: each page type's HTML fits the first round trip gzipped; no page transfers over 60 KB", async () => {
      // The stylesheet and the optional script come with the first page; both are cached for a year after.
      const assets = gzipSync(stylesheet.body).length + gzipSync(enhanceScript.body).length;
      for (const locale of LOCALES)
        for (const [name, path] of Object.entries(PAGE_TYPES)) {
          const html = await (await app.request(localisedPath(path, locale))).text();
          const gz = gzipSync(html).length;
          assert.ok(gz <= FIRST_ROUND_TRIP, `${name} (${locale}) is ${gz} bytes gzipped`);
          assert.ok(gz + assets <= PAGE_TOTAL, `${name} (${locale}) transfers ${gz + assets} bytes`);
        }
      // Pages only: the open data downloads (/data/*.csv, .xlsx, .zip) the crawl also fetches are files, not pages.
      for (const p of pages.values())
        if (p.html.startsWith("<!doctype html>"))
          assert.ok(gzipSync(p.html).length + assets <= PAGE_TOTAL, `${p.path} over 60 KB`);
    });

    test("compressed and cacheable: gzip on request, ETag and 304", async () => {
      const res = await app.request("/framework", { headers: { "Accept-Encoding": "gzip" } });
      assert.equal(res.headers.get("content-encoding"), "gzip");
      const etag = res.headers.get("etag");
      assert.ok(etag);
      assert.match(res.headers.get("cache-control") ?? "", /public/);
      const again = await app.request("/framework", { headers: { "If-None-Match": etag } });
      assert.equal(again.status, 304);
      const css = await app.request(stylesheet.path, { headers: { "Accept-Encoding": "br" } });
      assert.equal(css.status, 200);
      assert.equal(css.headers.get("content-encoding"), "br");
      assert.match(css.headers.get("cache-control") ?? "", /immutable/);
    });

    test("security headers on pages", async () => {
      const res = await app.request("/");
      assert.match(res.headers.get("content-security-policy") ?? "", /default-src 'none'/);
      assert.equal(res.headers.get("referrer-policy"), "no-referrer");
      assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    });

    test("unknown pages are 404, bad filters are 400, both as readable pages", async () => {
      for (const path of [
        "/nope",
        "/commitments/nope",
        "/options/s01",
        "/countries/XXX",
        "/evidence/nope",
        "/strategies/s01-o1",
      ]) {
        const res = await app.request(path);
        assert.equal(res.status, 404, path);
        assert.match(await res.text(), /<h1>Page not found<\/h1>/);
      }
      const bad = await app.request("/countries?region=999");
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), /region/);
      assert.equal((await app.request("/countries?evidence=maybe")).status, 400);
      assert.equal((await app.request("/countries/aus")).status, 301);
    });

    test("the countries index filters by region and by evidence with plain links", async () => {
      const html = await (await app.request("/countries?evidence=yes")).text();
      assert.match(html, /9 countries/);
      for (const name of [
        "Australia",
        "Canada",
        "Colombia",
        "Kenya",
        "Liberia",
        "Malaysia",
        "Norway",
        "Tunisia",
        "United Kingdom",
      ])
        assert.ok(html.includes(`>${name}</a>`), name);
      const africa = await (await app.request("/countries?region=002")).text();
      assert.match(africa, /54 countries/);
    });

    test("a commitment page shows its quotation, implementing options and evidence across countries", async () => {
      const html = await (await app.request("/commitments/hrc-38-5-c01")).text();
      assert.match(html, /<blockquote>/);
      assert.match(html, /href="\/options\/s0\d-o\d"/);
      assert.match(html, /href="\/evidence\//);
    });
  });
}

for (const database of testDatabases()) {
  describe(`health on ${database.name}`, () => {
    test("200 with the database and pack version, 503 when the database is gone", async () => {
      const { app, storage } = await seededApp(database);
      const ok = await app.request("/healthz");
      assert.equal(ok.status, 200);
      const body = (await ok.json()) as { status: string; database: string; packVersion: string };
      const engine = database.name === "sqlite" ? "sqlite" : "postgres";
      assert.deepEqual([body.status, body.database, body.packVersion], ["ok", engine, "vawg-digital-2023@1.0.0"]);
      await storage.cleanup();
      const down = await app.request("/healthz");
      assert.equal(down.status, 503);
      assert.equal(((await down.json()) as { status: string }).status, "unavailable");
    });
  });
}

for (const database of testDatabases()) {
  describe(`JSON twins on ${database.name}`, () => {
    test("every page's JSON link answers 200 with JSON", async () => {
      const { app, storage } = await seededApp(database);
      try {
        const pages = await crawl(app);
        const twins = new Set<string>();
        for (const p of pages.values()) {
          const m = p.html.match(/<link rel="alternate" type="application\/json" href="([^"]+)"/);
          if (m) twins.add((m[1] as string).replaceAll("&amp;", "&"));
        }
        assert.ok(twins.size > 300, `${twins.size} JSON twins`);
        for (const href of twins) {
          const res = await app.request(href);
          assert.equal(res.status, 200, href);
          assert.match(res.headers.get("content-type") ?? "", /application\/json/, href);
        }
      } finally {
        await storage.cleanup();
      }
    });
  });
}
