/**
 * Static files and the optional script through the real app: the stylesheet,
 * enhance.js and the service worker are served with their content type,
 * caching headers, ETag and 304, brotli and gzip; enhance.js stays small; the
 * CSP lets this site's scripts run and nothing inline; every page links the
 * one deferred script and has no other; the offline page is public in every
 * language and fully translated.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { Hono } from "hono";
import { LOCALES, localisedPath } from "../../src/i18n/locales";
import { translate } from "../../src/i18n/translate";
import type { AppEnv } from "../../src/web/env";
import type { StaticAsset } from "../../src/web/static/asset";
import { enhanceScript, serviceWorker } from "../../src/web/static/scripts";
import { stylesheet } from "../../src/web/static/stylesheet";
import { signedInAs } from "../support/accounts";
import { crawl } from "../support/crawl";
import { seededApp, testDatabases } from "../support/databases";
import { englishLeftIn } from "../support/untranslated";

/** SQLite is enough here; TEST_DATABASES may choose another engine. */
const databases = testDatabases();
const database = databases.find((d) => d.name === "sqlite") ?? databases[0];

const FILES: { name: string; path: string; asset: StaticAsset; type: RegExp; cacheControl: string }[] = [
  {
    name: "stylesheet",
    path: stylesheet.path,
    asset: stylesheet,
    type: /^text\/css; charset=utf-8$/,
    cacheControl: "public, max-age=31536000, immutable",
  },
  {
    name: "enhance.js",
    path: enhanceScript.path,
    asset: enhanceScript,
    type: /^text\/javascript; charset=utf-8$/,
    cacheControl: "public, max-age=31536000, immutable",
  },
  {
    name: "service worker",
    path: "/sw.js",
    asset: serviceWorker,
    type: /^text\/javascript; charset=utf-8$/,
    cacheControl: "no-cache",
  },
];

/** The one script tag a page may have. */
const SCRIPT_TAG = `<script src="${enhanceScript.path}" defer=""></script>`;

if (database)
  describe(`static files and the optional script on ${database.name}`, () => {
    let app: Hono<AppEnv>;
    let cleanup: () => Promise<void>;
    let signedIn: Awaited<ReturnType<typeof signedInAs>>;
    before(async () => {
      const seeded = await seededApp(database);
      app = seeded.app;
      cleanup = seeded.storage.cleanup;
      signedIn = await signedInAs(seeded.deps, { superadmin: true });
    });
    after(async () => {
      await cleanup();
    });

    test("hashed files live under /static/ with the hash of their content; the worker at the root", () => {
      assert.match(stylesheet.path, /^\/static\/app\.[0-9a-f]{12}\.css$/);
      assert.match(enhanceScript.path, /^\/static\/enhance\.[0-9a-f]{12}\.js$/);
      assert.equal(enhanceScript.etag, `"${enhanceScript.path.split(".")[1]}"`);
    });

    for (const f of FILES)
      test(`${f.name}: type, caching, ETag and 304, brotli, gzip and plain`, async () => {
        const br = await app.request(f.path, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
        assert.equal(br.status, 200);
        assert.match(br.headers.get("Content-Type") ?? "", f.type);
        assert.equal(br.headers.get("Cache-Control"), f.cacheControl);
        assert.equal(br.headers.get("Vary"), "Accept-Encoding");
        assert.equal(br.headers.get("Content-Encoding"), "br");
        assert.equal(br.headers.get("X-Content-Type-Options"), "nosniff");
        const etag = br.headers.get("ETag");
        assert.equal(etag, f.asset.etag);
        assert.equal(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString("utf8"), f.asset.body);

        const gz = await app.request(f.path, { headers: { "Accept-Encoding": "gzip" } });
        assert.equal(gz.headers.get("Content-Encoding"), "gzip");
        assert.equal(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString("utf8"), f.asset.body);

        const plain = await app.request(f.path);
        assert.equal(plain.headers.get("Content-Encoding"), null);
        assert.equal(await plain.text(), f.asset.body);

        for (const held of [etag!, `W/${etag}`, `"other", ${etag}`]) {
          const again = await app.request(f.path, { headers: { "If-None-Match": held } });
          assert.equal(again.status, 304, held);
          assert.equal(await again.text(), "");
        }
        const changed = await app.request(f.path, { headers: { "If-None-Match": '"something-else"' } });
        assert.equal(changed.status, 200);
        await changed.arrayBuffer();
      });

    test("hashed files stay cacheable for a signed-in person (same bytes for everyone); the worker is never kept", async () => {
      for (const path of [stylesheet.path, enhanceScript.path]) {
        const res = await app.request(path, { headers: signedIn.headers() });
        assert.equal(res.headers.get("Cache-Control"), "public, max-age=31536000, immutable", path);
        await res.arrayBuffer();
      }
      const sw = await app.request("/sw.js", { headers: signedIn.headers() });
      assert.equal(sw.headers.get("Cache-Control"), "no-store");
      await sw.arrayBuffer();
    });

    test("enhance.js stays small: under 3 KB brotli, the service worker under 3 KB too", () => {
      assert.ok(enhanceScript.brotli.length < 3 * 1024, `enhance.js is ${enhanceScript.brotli.length} bytes brotli`);
      assert.ok(serviceWorker.brotli.length < 3 * 1024, `sw.js is ${serviceWorker.brotli.length} bytes brotli`);
      assert.doesNotMatch(enhanceScript.body, /\beval\(|new Function|innerHTML|document\.write/);
      assert.doesNotMatch(serviceWorker.body, /\beval\(|new Function|importScripts/);
    });

    test("the CSP runs this site's scripts and workers only: no inline script, no eval, no nonce", async () => {
      for (const path of ["/", "/framework", "/offline", "/nope", "/sw.js", enhanceScript.path]) {
        const res = await app.request(path);
        const csp = res.headers.get("Content-Security-Policy") ?? "";
        const directives = csp.split("; ");
        assert.ok(directives.includes("script-src 'self'"), `${path}: ${csp}`);
        assert.ok(directives.includes("worker-src 'self'"), `${path}: ${csp}`);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|nonce-|strict-dynamic/, path);
        await res.arrayBuffer();
      }
    });

    test("every public page links the one deferred script in its head, and has no other script", async () => {
      const pages = [...(await crawl(app)).values()].filter((p) => p.html.startsWith("<!doctype html>"));
      assert.ok(pages.length > 300, `${pages.length} pages crawled`);
      const offenders: string[] = [];
      for (const { path, html } of pages) {
        const head = html.slice(0, html.indexOf("</head>"));
        const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
        if (!head.includes(SCRIPT_TAG)) offenders.push(`${path}: no deferred script in the head`);
        if (scripts.length !== 1) offenders.push(`${path}: ${scripts.length} script tags`);
        if (/<script(?![^>]*\ssrc=)[^>]*>/i.test(html)) offenders.push(`${path}: inline script`);
        if (/\son[a-z]+="/i.test(html)) offenders.push(`${path}: an inline event handler`);
      }
      assert.deepEqual(offenders, []);
    });

    test("the script's address is the same in every language (it is not a link to localise)", async () => {
      for (const locale of LOCALES) {
        const html = await (await app.request(localisedPath("/framework", locale))).text();
        assert.ok(html.includes(SCRIPT_TAG), locale);
      }
    });

    test("the offline page: public and cacheable in every language, translated, with its list and clear button", async () => {
      for (const locale of LOCALES) {
        const path = localisedPath("/offline", locale);
        const res = await app.request(path, { headers: { Accept: "*/*" } });
        assert.equal(res.status, 200, path);
        assert.equal(res.headers.get("Cache-Control"), "public, max-age=60", path);
        assert.ok(res.headers.get("ETag"), path);
        const html = await res.text();
        assert.match(html, new RegExp(`^<!doctype html><html lang="${locale}"`));
        assert.ok(html.includes(`<h1>${translate(locale, "offline.title")}</h1>`), path);
        // The "not kept" notice is for the service worker's answers in place of another page: hidden as served.
        assert.ok(
          html.includes(
            `<div class="notice" id="not-kept" hidden=""><p><strong>${translate(locale, "offline.heading")}</strong>`,
          ),
          path,
        );
        assert.match(html, /<ul id="saved-pages" hidden=""><\/ul>/);
        assert.ok(html.includes(`<p id="saved-none">${translate(locale, "offline.none")}</p>`), path);
        assert.match(html, /<p id="saved-status" role="status"><\/p>/);
        assert.match(html, /<button type="button" id="clear-saved" class="secondary" data-done="[^"]+" hidden="">/);
        assert.ok(html.includes(SCRIPT_TAG), path);
        if (locale !== "en") assert.deepEqual(englishLeftIn(html, locale, ["offline", "layout"]), [], path);
      }
    });

    test("the offline page is personal for a signed-in person like any page: never stored", async () => {
      const res = await app.request("/offline", { headers: signedIn.headers() });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("Cache-Control"), "no-store");
      await res.arrayBuffer();
    });
  });
