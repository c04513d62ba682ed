/**
 * /developers, the server-rendered API reference, on every test database: it
 * lists every operation of the OpenAPI document the API serves (the expected
 * list is read from /api/v1/openapi.json, never written out here), each under
 * a unique anchor that the contents link to, with its parameters, request
 * body fields, responses and an example; it needs no script of its own, is
 * cacheable, answers in the six languages with no English interface text
 * left, and marks the document's English text as English elsewhere.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { apiTokenService } from "../../src/domain/auth/api-token-service";
import { direction, LOCALES, localisedPath } from "../../src/i18n/locales";
import type { WebDeps } from "../../src/web/deps";
import { ctx, makeOrganisation, makeUser } from "../support/accounts";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";
import { englishLeftIn, visibleText } from "../support/untranslated";

// biome-ignore lint/suspicious/noExplicitAny: a parsed OpenAPI document.
type Json = any;

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
const ORIGIN = "http://blueprint.test";

interface Operation {
  method: string;
  path: string;
  /** The path as clients call it: the server's base path in front. */
  full: string;
  op: Json;
}

function operationsOf(doc: Json): Operation[] {
  const base = String(doc.servers?.[0]?.url ?? "").replace(/\/$/, "");
  return Object.entries<Json>(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ method: m.toUpperCase(), path, full: base + path, op: item[m] })),
  );
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/**
 * Text compared as a reader sees it: Markdown marks gone, and no white space at all, since turning
 * markup into text (visibleText) leaves a space where a tag was ("by <code>x</code>." → "by x .").
 */
const plain = (s: string) => s.replace(/`|\*\*/g, "").replace(/\s+/g, "");

/**
 * The text of a piece of an English page. (visibleText leaves out every element marked lang="en",
 * which on an English page is the whole <html>.)
 */
const englishText = (html: string) => visibleText(html.replace(/<html lang="en"/, "<html"));

/** The example's URL: origin and path, with any value in place of each {parameter}, maybe a query, maybe quoted. */
const exampleUrl = (full: string) =>
  new RegExp(`'?${(ORIGIN + full).replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/?'\\s]+")}(\\?[^'\\s]*)?'?$`);

/** The HTML of one operation: from its heading to the next operation's (or the end of its tag's section). */
function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`<h3 id="${id}">`);
  assert.ok(start >= 0, `no heading with id ${id}`);
  const end = html.indexOf("</section>", start);
  return html.slice(start, end);
}

for (const database of testDatabases())
  describe(`the API reference page (/developers) on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let doc: Json;
    let ops: Operation[];
    let html: string;
    /** Anchor of each operation, by "METHOD /api/path", read from the page's headings. */
    const anchors = new Map<string, string>();

    before(async () => {
      const seeded = await seededApp(database);
      app = seeded.app;
      deps = seeded.deps;
      cleanup = seeded.storage.cleanup;
      doc = await (await app.request("/api/v1/openapi.json")).json();
      ops = operationsOf(doc);
      html = await (await app.request("/developers")).text();
      for (const m of html.matchAll(/<h3 id="([^"]+)"><code dir="ltr">([A-Z]+ [^<]+)<\/code>/g))
        anchors.set(m[2] as string, m[1] as string);
    });
    after(() => cleanup());

    test("every operation of the OpenAPI document has its own heading, anchor and contents entry, and nothing else does", () => {
      assert.ok(ops.length > 20, `only ${ops.length} operations in the document`);
      assert.deepEqual([...anchors.keys()].sort(), ops.map((o) => `${o.method} ${o.full}`).sort());
      for (const o of ops) {
        const id = anchors.get(`${o.method} ${o.full}`) as string;
        assert.ok(html.includes(`<a href="#${id}"><code dir="ltr">${o.method} ${o.full}</code></a>`), `contents link to ${id}`);
        const section = plain(visibleText(sectionOf(html, id)));
        if (o.op.summary) assert.ok(section.includes(plain(o.op.summary)), `${id} shows its summary`);
        if (o.op.description) assert.ok(section.includes(plain(o.op.description)), `${id} shows its description`);
      }
    });

    test("ids are unique, anchors are stable (method and path) and every in-page link has its target", () => {
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string);
      const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
      assert.deepEqual(repeated, [], "ids used twice");
      for (const o of ops) {
        const id = anchors.get(`${o.method} ${o.full}`) as string;
        const expected = `${o.method} ${o.path}`
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "");
        assert.equal(id, o.op.operationId ? id : expected, `${o.method} ${o.path}`);
      }
      for (const m of html.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.includes(m[1] as string), `#${m[1]} has no target`);
    });

    test("parameters, request body fields, responses, token needs and an example request for each operation", () => {
      for (const o of ops) {
        const section = sectionOf(html, anchors.get(`${o.method} ${o.full}`) as string);
        for (const p of o.op.parameters ?? [])
          assert.ok(
            section.includes(`<th scope="row"><code dir="ltr">${escapeHtml(p.name)}</code></th>`),
            `${o.full}: ${p.name}`,
          );
        for (const status of Object.keys(o.op.responses)) assert.ok(section.includes(`<th scope="row">${status}</th>`), status);
        const json = o.op.requestBody?.content?.["application/json"]?.schema;
        if (json) {
          const schema = json.$ref ? doc.components.schemas[json.$ref.split("/").pop()] : json;
          const fields = Object.keys(schema.properties ?? {});
          assert.ok(fields.length > 0, `${o.full} has body fields`);
          for (const f of fields)
            assert.ok(section.includes(`<th scope="row"><code dir="ltr">${f}</code></th>`), `${o.full} body ${f}`);
        }
        assert.equal(section.includes('href="#authentication"'), (o.op.security ?? []).length > 0, `${o.full}: token note`);
        const example = /<pre dir="ltr"><code>(curl [\s\S]*?)<\/code><\/pre>/.exec(section)?.[1] ?? "";
        assert.match(example.replace(/&#39;/g, "'"), exampleUrl(o.full), o.full);
        if (o.method !== "GET") assert.ok(example.includes(`-X ${o.method}`), `${o.full} example method`);
        if ((o.op.security ?? []).length) assert.ok(example.includes("Authorization: Bearer $BLUEPRINT_TOKEN"), o.full);
      }
    });

    test("the example that records evidence works as the page shows it", async () => {
      const org = await makeOrganisation(deps, "cso-kenya");
      const { user } = await makeUser(deps, { role: "contributor", orgSlug: org.slug });
      const { secret } = await apiTokenService(deps.repos, deps.crypto).create(
        user,
        { name: "example", organisationId: org.id, scope: "read-write", expiresInDays: "30" },
        ctx(),
      );
      const id = anchors.get("POST /api/v1/orgs/{slug}/evidence") as string;
      const example = /<pre dir="ltr"><code>(curl [\s\S]*?)<\/code><\/pre>/.exec(sectionOf(html, id))?.[1] ?? "";
      const data = /--data '([^']*)'/.exec(
        example
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, "&"),
      )?.[1];
      assert.ok(data, `a JSON body in ${example}`);
      const res = await app.request(`/api/v1/orgs/${org.slug}/evidence`, {
        method: "POST",
        headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" },
        body: data,
      });
      assert.equal(res.status, 201, await res.text());
    });

    test("no script of its own, links to the document and to Swagger UI, cacheable with an ETag", async () => {
      const home = await (await app.request("/")).text();
      const scripts = (page: string) => [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      // The page adds no script: any it carries comes from the site's layout, which every page shares.
      assert.deepEqual(scripts(html), scripts(home));
      assert.doesNotMatch(html.slice(html.indexOf("<main"), html.indexOf("</main>")), /<script/i);
      assert.match(html, /<link rel="alternate" type="application\/json" href="\/api\/v1\/openapi.json"\/>/);
      assert.match(html, /<a href="\/api\/v1\/openapi.json">/);
      assert.match(html, /<a href="\/api\/docs">/);
      assert.match(html, /<link rel="canonical" href="http:\/\/blueprint.test\/developers"\/>/);

      const res = await app.request("/developers");
      const etag = res.headers.get("ETag");
      assert.ok(etag, "an ETag");
      assert.match(res.headers.get("Cache-Control") ?? "", /^public\b/);
      await res.body?.cancel();
      assert.equal((await app.request("/developers", { headers: { "If-None-Match": etag } })).status, 304);
      assert.equal((await app.request("/api/docs")).status, 200, "Swagger UI stays");
    });

    test("answers in the six languages, with no English interface text left", async () => {
      for (const locale of LOCALES) {
        const page = await (await app.request(localisedPath("/developers", locale))).text();
        assert.match(page, new RegExp(`^<!doctype html><html lang="${locale}" dir="${direction(locale)}">`), locale);
        if (locale !== "en") assert.deepEqual(englishLeftIn(page, locale, ["developers", "layout"]), [], locale);
        // The same operations in every language.
        for (const id of anchors.values()) assert.ok(page.includes(`<h3 id="${id}">`), `${locale}: ${id}`);
      }
    });

    test("outside English, the document's text is marked as English (and left to right in Arabic)", async () => {
      const texts = ops.flatMap((o) => [
        o.op.summary,
        ...(o.op.parameters ?? []).map((p: Json) => p.description),
        ...Object.values<Json>(o.op.responses).map((r) => r.description),
      ]);
      const shown = [...new Set(texts.filter((s): s is string => typeof s === "string" && s.length > 12).map(plain))];
      assert.ok(shown.length > 30, `${shown.length} texts`);
      // Shown as English text on the English page, so that their absence below means they are marked, not missing.
      const english = plain(englishText(html));
      for (const s of shown) assert.ok(english.includes(s), `English page shows: ${s}`);
      for (const locale of LOCALES.filter((l) => l !== "en")) {
        const page = await (await app.request(localisedPath("/developers", locale))).text();
        const visible = plain(visibleText(page));
        const unmarked = shown.filter((s) => visible.includes(s));
        assert.deepEqual(unmarked, [], `${locale}: the document's text outside a lang="en" element`);
        if (direction(locale) === "rtl") {
          const main = page.slice(page.indexOf("<main"), page.indexOf("</main>"));
          const marks = main.match(/lang="en"[^>]*/g) ?? [];
          assert.ok(marks.length > 30, `${locale}: ${marks.length} marks`);
          assert.deepEqual(
            marks.filter((m) => !m.includes('dir="ltr"')),
            [],
            `${locale}: English text set left to right`,
          );
        }
      }
    });

    test("the site's API links lead here; the API's root names this page as its documentation", async () => {
      const home = await (await app.request("/")).text();
      assert.match(home, /<a href="\/developers">/);
      assert.doesNotMatch(home, /href="\/api\/docs"/);
      const root = (await (await app.request("/api/v1")).json()) as Json;
      assert.equal(root.links.docs, `${ORIGIN}/developers`);
      const fr = await (await app.request("/fr/developers")).text();
      assert.match(fr, /<a href="\/fr\/developers">/, "the navigation stays in French");
    });
  });
