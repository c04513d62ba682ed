/** Languages in the URL: prefixes, first-visit choice from Accept-Language, the switcher, hreflang and localised links. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import type { AppEnv } from "../../src/web/env";
import { LANGUAGE_COOKIE } from "../../src/web/i18n/locale";
import { makeOrganisation, signedInAs } from "../support/accounts";
import { seededApp, testDatabases } from "../support/databases";

const ORIGIN = "http://blueprint.test";
const PAGE = { Accept: "text/html,application/xhtml+xml" };

for (const database of testDatabases()) {
  describe(`languages on ${database.name}`, () => {
    let app: Hono<AppEnv>;
    let deps: Awaited<ReturnType<typeof seededApp>>["deps"];
    let cleanup: () => Promise<void>;
    before(async () => {
      const seeded = await seededApp(database);
      app = seeded.app;
      deps = seeded.deps;
      cleanup = seeded.storage.cleanup;
    });
    after(async () => cleanup());

    test("a prefixed page is in its language, with its direction, and keeps the reader in it", async () => {
      const res = await app.request("/fr/framework", { headers: PAGE });
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.match(html, /<html lang="fr" dir="ltr">/);
      assert.match(html, /Aller au contenu/);
      assert.ok(html.includes('<a href="/fr/countries">Pays</a>'), "navigation stays in French");
      assert.ok(html.includes('action="/fr/search"'), "the search form stays in French");
      assert.ok(html.includes(`<link rel="canonical" href="${ORIGIN}/fr/framework"/>`));
      for (const [l, path] of [
        ["en", "/framework"],
        ["ar", "/ar/framework"],
        ["zh", "/zh/framework"],
        ["x-default", "/framework"],
      ])
        assert.ok(html.includes(`<link rel="alternate" hreflang="${l}" href="${ORIGIN}${path}"/>`), `hreflang ${l}`);
      assert.ok(html.includes('href="/static/app.'), "the stylesheet is not prefixed");
      assert.ok(!/href="\/(?!fr\/|fr"|static\/|api\/)/.test(html), "every root link carries /fr");

      const ar = await (await app.request("/ar/", { headers: PAGE })).text();
      assert.match(ar, /<html lang="ar" dir="rtl">/);
      assert.match(ar, /انتقل إلى المحتوى/);
    });

    test("the switcher links to the same page and query in every language, marking the current one", async () => {
      const html = await (await app.request("/es/countries?region=002", { headers: PAGE })).text();
      assert.ok(html.includes(`href="${ORIGIN}/countries?region=002" lang="en" hreflang="en">English</a>`), html);
      assert.ok(html.includes(`href="${ORIGIN}/ru/countries?region=002" lang="ru" hreflang="ru">Русский</a>`));
      assert.match(
        html,
        /href="http:\/\/blueprint\.test\/es\/countries\?region=002" lang="es" hreflang="es" aria-current="true">Español/,
      );
    });

    test("a first visit goes to the browser's language once; a chosen language is kept", async () => {
      const first = await app.request("/countries?region=002", {
        headers: { ...PAGE, "Accept-Language": "fr-CA,fr;q=0.9,en;q=0.5" },
      });
      assert.equal(first.status, 302);
      assert.equal(first.headers.get("Location"), "/fr/countries?region=002");
      assert.match(first.headers.get("Set-Cookie") ?? "", new RegExp(`^${LANGUAGE_COOKIE}=fr;`));

      const english = await app.request("/countries", {
        headers: { ...PAGE, "Accept-Language": "fr", Cookie: `${LANGUAGE_COOKIE}=fr` },
      });
      assert.equal(english.status, 200, "a reader who has a cookie is never redirected");
      assert.match(
        english.headers.get("Set-Cookie") ?? "",
        new RegExp(`^${LANGUAGE_COOKIE}=en;`),
        "choosing English is remembered",
      );
      assert.match(await english.text(), /<html lang="en"/);
      assert.equal(
        english.headers.get("Cache-Control"),
        "private, no-cache",
        "a response setting the cookie is not for shared caches",
      );

      const switching = await app.request("/fr/countries", { headers: PAGE });
      assert.match(switching.headers.get("Set-Cookie") ?? "", new RegExp(`^${LANGUAGE_COOKIE}=fr;`));
      assert.equal(switching.headers.get("Cache-Control"), "private, no-cache");
      const settled = await app.request("/fr/countries", { headers: { ...PAGE, Cookie: `${LANGUAGE_COOKIE}=fr` } });
      assert.equal(settled.headers.get("Set-Cookie"), null);
      assert.equal(settled.headers.get("Cache-Control"), "public, max-age=60", "pages without a cookie change stay cacheable");

      const noPreference = await app.request("/countries", { headers: { ...PAGE, "Accept-Language": "de-DE" } });
      assert.equal(noPreference.status, 200);
      assert.equal(noPreference.headers.get("Set-Cookie"), null, "English readers get no cookie");

      const api = await app.request("/api/v1/commitments", { headers: { "Accept-Language": "fr" } });
      assert.equal(api.status, 200, "the API is never redirected");
    });

    test("errors and redirects stay in the reader's language", async () => {
      const missing = await app.request("/ru/nowhere", { headers: PAGE });
      assert.equal(missing.status, 404);
      const html = await missing.text();
      assert.match(html, /<html lang="ru"/);
      assert.match(html, /Страница не найдена/);
      assert.ok(html.includes('href="/ru/framework"'));

      const noCountry = await app.request("/fr/countries/XYZ", { headers: PAGE });
      assert.equal(noCountry.status, 404);
      const noCountryHtml = await noCountry.text();
      assert.ok(noCountryHtml.includes("Introuvable\u00a0: pays «\u00a0XYZ\u00a0»."), "what is missing, in French");
      assert.ok(!noCountryHtml.includes("No country"), "not in English");
      const noCountryApi = await app.request("/api/v1/countries/XYZ", { headers: { "Accept-Language": "fr" } });
      assert.equal(((await noCountryApi.json()) as { error: { message: string } }).error.message, "No country with id 'XYZ'");

      const org = await makeOrganisation(deps, "lang-org");
      const viewer = await signedInAs(deps, { role: "viewer", orgSlug: org.slug });
      const refused = await app.request("/ar/admin", { headers: { ...PAGE, ...viewer.headers() } });
      assert.equal(refused.status, 403);
      const refusal = await refused.text();
      assert.match(refusal, /غير مسموح/, "the title in Arabic");
      assert.match(refusal, /ليس لديك إذن للقيام بذلك/, "the domain's message in Arabic");

      const switching = await app.request("/es/framework", { headers: { ...PAGE, ...viewer.headers() } });
      assert.match(switching.headers.get("Set-Cookie") ?? "", new RegExp(`${LANGUAGE_COOKIE}=es;`));
      assert.equal(switching.headers.get("Cache-Control"), "no-store", "a signed-in person's page stays no-store");

      const signIn = await app.request("/zh/account", { headers: PAGE, redirect: "manual" });
      assert.equal(signIn.status, 303);
      assert.match(signIn.headers.get("Location") ?? "", /^\/zh\/sign-in/);
    });
  });
}
