/**
 * The public pages and search in the six UN languages, on every database:
 * every page type answers in its language with no English interface text
 * left; framework content (English, not translated yet) is marked lang="en"
 * and explained once; Arabic reads right to left; counts, dates and country
 * names follow the language; the right of reply and bad input are answered
 * in the reader's language.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import type { Organisation } from "../../src/domain/accounts/types";
import { LOCALES, type Locale, localisedPath } from "../../src/i18n/locales";
import { formatDate } from "../../src/i18n/translate";
import { makeOrganisation, type SignedInClient, signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { openCycle } from "../support/cycles";
import { seededApp, testDatabases } from "../support/databases";
import { formFields, withFields } from "../support/forms";
import { englishLeftIn } from "../support/untranslated";

const AREAS = ["public", "search", "forms"];
const CYCLE = "2025";
const ITEM = "s02-o2";
const FIRST_ROUND_TRIP = 14_600;

/** One example of every public page type (tests/http/pages.test.ts), and the search page's other states. */
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
  "country with an assessment": "/countries/KEN",
  "country without evidence": "/countries/FRA",
  evidence: "/evidence/aus-online-safety-act-2021",
  search: "/search?q=violence&type=commitment",
  "search with facets and paging": "/search?q=violence",
  "search with no result": "/search?q=zzzqqq",
  "search help only": "/search",
};

const inLocale = (path: string, locale: Locale) => localisedPath(path, locale);

for (const database of testDatabases())
  describe(`public pages in six languages on ${database.name}`, () => {
    let app: App;
    let cleanup = async () => {};
    let assessment = "";
    let publishedAt = "";
    const people: Record<string, SignedInClient> = {};
    let gov: Organisation;

    const get = (path: string, client?: SignedInClient) => app.request(path, client ? { headers: client.headers() } : {});
    const html = async (path: string, client?: SignedInClient) => (await get(path, client)).text();

    before(async () => {
      const seeded = await seededApp(database);
      app = seeded.app;
      const deps = seeded.deps;
      cleanup = seeded.storage.cleanup;
      const org = await makeOrganisation(deps, "cso-langs");
      gov = await makeOrganisation(deps, "gov-ken-langs", "government_body", "KEN");
      people.author = await signedInAs(deps, { role: "reviewer", orgSlug: org.slug });
      people.reviewer = await signedInAs(deps, { role: "reviewer", orgSlug: org.slug });
      people.official = await signedInAs(deps, { role: "contributor", orgSlug: gov.slug });
      await openCycle(deps.repos.assessments, CYCLE);
      // Assessed, sent for review and published through the editor's forms, as people would.
      const editor = `/orgs/${org.slug}/assess/KEN/${CYCLE}/${ITEM}`;
      const send = async (client: SignedInClient, action: string, changes: Record<string, string | string[]>) => {
        const page = await html(editor, client);
        const res = await app.request(action, {
          method: "POST",
          headers: client.headers(),
          body: withFields(formFields(page, action), changes),
        });
        assert.equal(res.status, 303, `${action}: ${res.status}`);
      };
      await send(people.author!, editor, {
        status: "in_progress",
        narrative: "A gap analysis began in 2025.",
        confidence: "high",
        obstacles: ["funding-capacity"],
        evidence: ["ken-computer-misuse-cybercrimes-act"],
      });
      await send(people.author!, `${editor}/submit`, {});
      await send(people.reviewer!, `${editor}/publish`, {});
      const [published] = await deps.repos.assessments.latestPublications({ countryIso3: "KEN", itemId: ITEM });
      assert.ok(published, "nothing was published");
      assessment = `/assessments/${published.assessmentId}`;
      publishedAt = published.publishedAt;
    });
    after(() => cleanup());

    test("every page type answers 200 in every language, in that language, with no English interface text left", async () => {
      const pages = { ...PAGE_TYPES, assessment };
      for (const locale of LOCALES)
        for (const [name, path] of Object.entries(pages)) {
          const res = await get(inLocale(path, locale));
          assert.equal(res.status, 200, `${locale} ${name}`);
          const body = await res.text();
          assert.ok(
            body.startsWith(`<!doctype html><html lang="${locale}" dir="${locale === "ar" ? "rtl" : "ltr"}">`),
            `${locale} ${name}`,
          );
          if (locale !== "en") assert.deepEqual(englishLeftIn(body, locale, AREAS), [], `${locale} ${name}`);
        }
    });

    test("the right-of-reply form is in the reader's language, and so are its errors", async () => {
      for (const locale of LOCALES) {
        const path = inLocale(assessment, locale);
        const page = await html(path, people.official);
        assert.match(page, /<form method="post" action="[^"]*\/reply"/, `${locale} shows the reply form to the official`);
        if (locale !== "en") assert.deepEqual(englishLeftIn(page, locale, AREAS), [], `${locale} reply form`);
      }
      const path = inLocale(assessment, "fr");
      const form = formFields(await html(path, people.official), `${path}/reply`);
      const empty = await app.request(`${path}/reply`, {
        method: "POST",
        headers: people.official!.headers(),
        body: withFields(form, { body: " " }),
      });
      assert.equal(empty.status, 400);
      const refused = await empty.text();
      assert.match(refused, /<html lang="fr"/);
      assert.match(refused, /Il y a un problème/);
      assert.match(refused, /Rédigez une réponse \(20 000 caractères au plus\)\./);
      assert.deepEqual(englishLeftIn(refused, "fr", AREAS), []);
      const sent = await app.request(`${path}/reply`, {
        method: "POST",
        headers: people.official!.headers(),
        body: withFields(form, { body: "L’analyse a commencé en mars 2025." }),
      });
      assert.equal(sent.status, 303);
      assert.equal(sent.headers.get("Location"), `${path}#replies`, "the redirect keeps the reader in French");
      const replied = await html(path);
      assert.ok(replied.includes("L’analyse a commencé en mars 2025."));
      assert.ok(replied.includes(`Réponse du ${formatDate("fr", new Date().toISOString())}`), "the reply's date in French");
    });

    test("Arabic pages read right to left; framework content is marked English and explained once per page", async () => {
      const ar = await html("/ar/commitments/hrc-38-5-c01");
      assert.match(ar, /^<!doctype html><html lang="ar" dir="rtl">/);
      assert.match(ar, /<h1 lang="en" dir="ltr">/, "the commitment's title is marked English, left to right");
      assert.match(ar, /<blockquote lang="en" dir="ltr">/);
      assert.equal(ar.split("لم يُترجم هذا المحتوى بعد").length - 1, 1, "one note that the content is not translated");
      const fr = await html("/fr/commitments/hrc-38-5-c01");
      assert.match(fr, /<h1 lang="en">/, "no direction needed in a left-to-right language");
      assert.equal(fr.split("Ce contenu n’est pas encore traduit").length - 1, 1);
      const en = await html("/commitments/hrc-38-5-c01");
      const main = en.slice(en.indexOf("<main"), en.indexOf("</main>"));
      assert.doesNotMatch(main, /lang="en"/, "English pages carry no extra markup");
      assert.doesNotMatch(en, /not translated yet/);
      const countries = await html("/ar/countries");
      assert.doesNotMatch(countries, /لم يُترجم هذا المحتوى بعد/, "a page without framework content has no note");
    });

    test("counts, dates, numbers and country names follow the language", async () => {
      assert.match(await html("/fr/countries?region=002"), /<p class="muted">54 pays<\/p>/);
      assert.match(await html("/ru/countries?evidence=yes"), /<p class="muted">9 стран<\/p>/);
      assert.match(await html("/ru/countries?region=002"), /<p class="muted">54 страны<\/p>/);
      assert.match(await html("/ar/countries"), /<p class="muted">193 بلدًا<\/p>/);
      assert.match(await html("/zh/countries"), /<p class="muted">193 个国家<\/p>/);
      const es = await html("/es/countries");
      assert.ok(es.includes(">Alemania</a>") && es.includes(">Reino Unido</a>"), "country names in Spanish");
      assert.ok(es.indexOf(">Alemania</a>") < es.indexOf(">Argentina</a>"), "in Spanish alphabetical order");
      assert.match(await html("/zh/countries/DEU"), /<h1>德国<\/h1>/);
      assert.match(await html("/ar/countries/KEN"), /<h1>كينيا<\/h1>/);
      assert.match(await html("/fr/countries?region=002"), /<h1>Pays – Afrique<\/h1>/, "region names too");
      assert.match(await html("/fr/instruments/hrc-res-38-5"), /<time datetime="2018-07-05">5 juillet 2018<\/time>/);
      assert.match(await html("/ru/instruments/hrc-res-38-5"), /5 июля 2018 г\./);
      assert.match(await html("/instruments/hrc-res-38-5"), /<time datetime="2018-07-05">July 5, 2018<\/time>/);
      const published = formatDate("zh", publishedAt);
      assert.ok((await html(inLocale(assessment, "zh"))).includes(`发布于 ${published}`), "the publication date in Chinese");
      const esSearch = await html("/es/search?q=violence");
      const total = Number(esSearch.match(/<h2>(\d+) resultados para «violence»<\/h2>/)?.[1]);
      assert.ok(total > 0, "the result count in a Spanish sentence");
      assert.match(await html("/es/countries/KEN"), /\d+ registros públicos de evidencia/);
    });

    test("search speaks the reader's language: kinds, facets, help, paging, country names", async () => {
      const ar = await html("/ar/search?q=violence");
      assert.match(ar, /<h3>النوع<\/h3>/, "facet names");
      assert.match(ar, />التالي ←<\/a>/, "paging arrows mirror in Arabic");
      assert.match(ar, /<summary>كيفية البحث<\/summary>/);
      assert.match(ar, /<p class="kicker">التزام/, "result kinds");
      assert.match(
        ar,
        /<h3 lang="en" dir="ltr"><a href="\/ar\/evidence\/[a-z0-9-]+">/,
        "a framework pack's evidence is marked English",
      );
      assert.match(ar, /<h3 lang="en" dir="ltr"><a href="\/ar\/commitments\//);
      const fr = await html("/fr/search?q=Germany");
      assert.match(fr, /<h3><a href="\/fr\/countries\/DEU">Allemagne<\/a><\/h3>/, "a country result under its French name");
      const filtered = await html("/ru/search?q=violence&region=002");
      assert.match(filtered, /class="chip"[^>]*>Африка /, "a chosen region in Russian");
    });

    test("bad input is explained in the reader's language; the page still answers in it", async () => {
      const region = await get("/es/countries?region=999");
      assert.equal(region.status, 400);
      const regionHtml = await region.text();
      assert.match(regionHtml, /<html lang="es"/);
      assert.match(regionHtml, /«999» no lo es/);
      const evidence = await get("/ar/countries?evidence=maybe");
      assert.equal(evidence.status, 400);
      assert.match(await evidence.text(), /إما «yes» أو «no»/);
      const page = await get("/zh/search?q=violence&page=0");
      assert.equal(page.status, 400);
      assert.match(await page.text(), /页码必须是 1 至 50 之间的整数。/);
      assert.match(await html("/ru/search?q=-violence"), /запрос не может состоять только из исключений/);
      assert.match(await html("/fr/search?q=a"), /Utilisez au moins un mot de deux lettres/);
      const english = await get("/countries?region=999");
      assert.match(
        await english.text(),
        /Parameter &#39;region&#39; must be a UN M49 region code such as 002 \(Africa\); &#39;999&#39; is not one/,
      );
    });

    test("every page type in every language fits the first round trip gzipped", async () => {
      const sizes: string[] = [];
      for (const locale of LOCALES)
        for (const [name, path] of Object.entries({ ...PAGE_TYPES, assessment })) {
          const gz = gzipSync(await html(inLocale(path, locale))).length;
          sizes.push(`${locale} ${name}: ${gz}`);
          assert.ok(gz <= FIRST_ROUND_TRIP, `${locale} ${name} is ${gz} bytes gzipped`);
        }
      if (process.env.PRINT_PAGE_SIZES) console.log(sizes.join("\n"));
    });
  });
