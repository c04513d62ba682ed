/**
 * The scorecard, comparison, map, methodology and open data pages in the six
 * UN languages: every page type answers in the reader's language with no
 * interface text left in English, numbers, dates and country names follow the
 * language, framework content is marked as English, Arabic is right to left.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import type { Actor } from "../../src/domain/accounts/types";
import { LOCALES, type Locale } from "../../src/i18n/locales";
import type { WebDeps } from "../../src/web/deps";
import type { AppEnv } from "../../src/web/env";
import { ctx, makeOrganisation, makeUser } from "../support/accounts";
import { seededApp, testDatabases } from "../support/databases";
import { englishLeftIn } from "../support/untranslated";

const PAGE = { Accept: "text/html" };
const AREAS = ["scorecards", "data"];

/** One example of every page type of the two areas. */
const PAGE_TYPES: Record<string, string> = {
  scorecard: "/countries/GHA/scorecard?cycle=2025",
  "scorecard without assessments": "/countries/FRA/scorecard?cycle=2025",
  comparison: "/compare?cycle=2025",
  "comparison of a region, sorted by name": "/compare?cycle=2025&region=002&sort=name",
  "comparison with nothing in it": "/compare?cycle=2025&region=150",
  map: "/map?cycle=2025",
  methodology: "/methodology",
  "open data": "/data",
  "open data filtered": "/data?country=KEN&hxl=1",
};

const prefixed = (locale: Locale, path: string) => (locale === "en" ? path : `/${locale}${path}`);

/** Two cycles; in 2025 a CSO and Ghana's government disagree on one item, and one item improved since 2023. */
async function publishGhana(deps: WebDeps) {
  const cso = await makeOrganisation(deps, "lang-cso");
  const gov = await makeOrganisation(deps, "lang-gov-gha", "government_body", "GHA");
  const actor = async (orgSlug: string, role: "contributor" | "reviewer"): Promise<Actor> => {
    const { user } = await makeUser(deps, { role, orgSlug });
    return { user, memberships: await deps.repos.accounts.membershipsOfUser(user.id) };
  };
  const now = new Date().toISOString();
  for (const [id, order] of [
    ["2023", 1],
    ["2025", 2],
  ] as const)
    await deps.repos.assessments.createCycle({
      id,
      name: `Cycle ${id}`,
      periodStart: `${id}-01-01`,
      periodEnd: `${id}-12-31`,
      order,
      status: "open",
      isDemo: false,
      createdAt: now,
    });
  const publish = async (org: typeof cso, slug: string, cycleId: string, itemId: string, status: string) => {
    const [writer, reviewer] = [await actor(slug, "contributor"), await actor(slug, "reviewer")];
    const a = await deps.assessments.save(
      writer,
      org,
      { countryIso3: "GHA", cycleId, itemId },
      { status, narrative: "", confidence: "low", obstacles: ["funding-capacity"], enablers: [], evidenceIds: [] },
      0,
      ctx(),
    );
    const sent = await deps.assessments.submit(writer, a.id, a.version, ctx());
    await deps.assessments.publish(reviewer, a.id, sent.version, ctx());
  };
  await publish(cso, "lang-cso", "2023", "s01-o1", "planned");
  await publish(cso, "lang-cso", "2025", "s01-o1", "complete");
  await publish(cso, "lang-cso", "2025", "s02-o1", "not_started");
  await publish(gov, "lang-gov-gha", "2025", "s02-o1", "substantial");
}

for (const database of testDatabases()) {
  describe(`scorecards and open data in six languages on ${database.name}`, () => {
    let app: Hono<AppEnv>;
    let cleanup: () => Promise<void>;
    /** The comparison and the map before any assessment cycle exists. */
    const beforeAnyCycle = new Map<string, { status: number; html: string }>();
    const get = async (path: string) => {
      const res = await app.request(path, { headers: PAGE });
      return { status: res.status, html: await res.text() };
    };
    before(async () => {
      const seeded = await seededApp(database);
      app = seeded.app;
      cleanup = seeded.storage.cleanup;
      for (const locale of LOCALES)
        for (const path of ["/compare", "/map"]) beforeAnyCycle.set(prefixed(locale, path), await get(prefixed(locale, path)));
      await publishGhana(seeded.deps);
    });
    after(async () => cleanup());

    test("every page type in every language: 200, its language and direction, no interface text left in English", async () => {
      for (const locale of LOCALES)
        for (const [name, path] of Object.entries(PAGE_TYPES)) {
          const { status, html } = await get(prefixed(locale, path));
          const where = `${locale} ${name}`;
          assert.equal(status, 200, where);
          assert.match(html, new RegExp(`<html lang="${locale}" dir="${locale === "ar" ? "rtl" : "ltr"}">`), where);
          if (locale === "en") continue;
          assert.deepEqual(englishLeftIn(html, locale, AREAS), [], where);
        }
    });

    test("before any cycle exists, the comparison and the map say so in every language", () => {
      for (const [path, { status, html }] of beforeAnyCycle) {
        const locale = (/^\/([a-z]{2})\//.exec(path)?.[1] ?? "en") as Locale;
        assert.equal(status, 200, path);
        assert.match(html, new RegExp(`<html lang="${locale}"`), path);
        if (locale !== "en") assert.deepEqual(englishLeftIn(html, locale, AREAS), [], path);
      }
      assert.match(beforeAnyCycle.get("/ru/compare")!.html, /Ни один цикл оценки ещё не открыт/);
      assert.match(beforeAnyCycle.get("/es/map")!.html, /Ningún país tiene todavía una puntuación publicada\./);
    });

    test("framework content stays English, marked lang=en, with one note saying so", async () => {
      const fr = (await get("/fr/countries/GHA/scorecard?cycle=2025")).html;
      assert.equal(fr.split("Ce contenu n’est pas encore traduit ; il est présenté en anglais.").length, 2, "one note");
      assert.match(fr, /<text x="0" y="14" class="chart-label" lang="en">/, "chart labels");
      assert.match(fr, /<td lang="en">[^<]+<\/td><td>/, "table rows");
      assert.match((await get("/es/methodology")).html, /<article class="prose" lang="en">/);
      assert.match((await get("/zh/data")).html, /<option value="s01" lang="en">s01: /);
      const en = (await get("/countries/GHA/scorecard?cycle=2025")).html;
      assert.doesNotMatch(en, /<(td|text|article)[^>]* lang="en"/, "English pages need no marking");
      assert.doesNotMatch(en, /not translated yet/);
    });

    test("numbers, percentages, plurals and country names follow the language", async () => {
      const fr = (await get("/fr/countries/GHA/scorecard?cycle=2025")).html;
      assert.match(fr, /<h1>Ghana : tableau de bord, Cycle 2025<\/h1>/);
      assert.match(fr, /Note <strong>50,0<\/strong> sur 100 · couverture 3\s%/);
      assert.match(fr, /\(2 sur 61 éléments notés\)/);
      assert.match(fr, /Les organisations sont en désaccord sur 1 élément\./);
      assert.match(fr, /<\/a> : en progrès, désormais « Achevé »<\/li>/, "a changed item with its status in French");
      const ru = (await get("/ru/countries/GHA/scorecard?cycle=2025")).html;
      assert.match(ru, /оценено 2 из 61 пункта/, "Russian genitive after 61");
      assert.match(ru, /1 пункт улучшился/);
      const ar = (await get("/ar/countries/GHA/scorecard?cycle=2025")).html;
      assert.match(ar, /<h1>غانا: بطاقة الأداء، Cycle 2025<\/h1>/);
      assert.match(ar, /تحسّن بند واحد/, "Arabic singular form");
      assert.match(ar, /من أصل 61 بندًا/, "Arabic form for 11 to 99");

      const map = (await get("/zh/map?cycle=2025")).html;
      assert.match(map, /<title>加纳：50\.0<\/title>/);
      assert.match(map, /<td><a href="\/zh\/countries\/GHA\/scorecard\?cycle=2025">加纳<\/a><\/td><td>50\.0<\/td>/);
      assert.match(map, /1 个国家已有公布的得分/);
      assert.match((await get("/es/map?cycle=2025")).html, /<title>Ghana: 50,0<\/title>/);
      assert.match((await get("/ru/compare?cycle=2025")).html, />Гана<\/a><\/th><td class="band-2">50,0<\/td>/);
    });

    test("dates and file sizes on the open data page follow the language", async () => {
      const expectations: [Locale, RegExp][] = [
        ["en", / KB; updated January 1, 2026/],
        ["fr", / Ko ; mis à jour le 1 janvier 2026/],
        ["es", / KB; actualizado el 1 de enero de 2026/],
        ["ar", / كيلوبايت؛ آخر تحديث في 1 يناير 2026/],
        ["ru", / КБ; обновлено 1 января 2026 г\./],
        ["zh", / KB；更新于 2026年1月1日/],
      ];
      for (const [locale, expected] of expectations) assert.match((await get(prefixed(locale, "/data"))).html, expected, locale);
    });

    test("right to left: charts are mirrored, so bars grow from the side where labels start", async () => {
      const ar = (await get("/ar/countries/GHA/scorecard?cycle=2025")).html;
      assert.match(ar, /<text x="300" y="14" class="chart-label" lang="en">/);
      // s01 scores 100: its bar fills the track from the right edge.
      assert.match(ar, /<rect x="0\.0" y="20" width="300\.0" height="14" class="chart-bar"><\/rect>/);
      const en = (await get("/countries/GHA/scorecard?cycle=2025")).html;
      assert.match(en, /<text x="0" y="14" class="chart-label">/);
    });

    test("every chart has a table giving the same figures", async () => {
      for (const locale of LOCALES) {
        const html = (await get(prefixed(locale, "/countries/GHA/scorecard?cycle=2025"))).html;
        for (const id of ["strategies", "instruments", "factors"]) {
          const chart = html.indexOf(`<title id="${id}-t">`);
          assert.ok(chart > 0, `${locale} ${id} chart`);
          const next = html.indexOf("<table>", chart);
          assert.ok(next > chart && !html.slice(chart, next).includes('<svg class="chart"'), `${locale} ${id} table`);
        }
        const map = (await get(prefixed(locale, "/map?cycle=2025"))).html;
        assert.match(map, /<\/svg>[\s\S]*<table>[\s\S]*GHA\/scorecard/, `${locale} map table`);
      }
    });
  });
}
