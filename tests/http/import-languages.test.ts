/**
 * The import screen in the six UN languages, on every database: the upload
 * form, a file's problems (a bad status, an unknown item, a missing column)
 * listed by row and column with each problem in the reader's language, a
 * valid file's preview (counts, plurals, notices, country names, statuses,
 * dates) and its confirmation, and the refusals (no file, an unreadable file,
 * an upload that is gone, a stale preview). The import itself keeps English
 * for the command line and logs, word for word.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Organisation } from "../../src/domain/accounts/types";
import { STATUSES } from "../../src/domain/assessments/types";
import { METHODOLOGY_V1 } from "../../src/domain/scoring/methodology-v1";
import { LOCALES, type Locale } from "../../src/i18n/locales";
import { formatNumber, type MessageValues, translate } from "../../src/i18n/translate";
import { importAssessments } from "../../src/imports/assessment-import";
import { readAssessmentFile } from "../../src/imports/assessment-uploads";
import { ImportError } from "../../src/imports/table";
import type { WebDeps } from "../../src/web/deps";
import { countryName } from "../../src/web/i18n/country-name";
import { ctx, makeOrganisation, type SignedInClient, signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { openCycle } from "../support/cycles";
import { seededApp, testDatabases } from "../support/databases";
import { formFields } from "../support/forms";
import { englishLeftIn } from "../support/untranslated";

const AREAS = ["import", "workspace", "forms", "layout", "errors"];
const ORG = "lang-import";
const CYCLE = "2025";
const HEADER = "country_iso3,item_id,status,confidence";
/** A bad status on row 2, an unknown item on row 3. */
const BAD_ROWS = [HEADER, "KEN,s02-o2,finished,low", "KEN,no-such-item,planned,low"].join("\n");
/** Every row needs a confidence. */
const NO_CONFIDENCE = ["country_iso3,item_id,status", "KEN,s02-o2,planned"].join("\n");
/** Each language imports for its own country, so that each confirmation creates drafts. */
const COUNTRY: Record<Locale, string> = { en: "KEN", fr: "FRA", es: "MEX", ar: "EGY", ru: "KAZ", zh: "CHN" };
const good = (iso3: string) =>
  [
    `${HEADER},narrative,narrative__fr`,
    `${iso3},s02-o2,in_progress,medium,A plan.,Un plan.`,
    `${iso3},hrc-38-5-c01,planned,low,,`,
  ].join("\n");

const prefix = (l: Locale) => (l === "en" ? "" : `/${l}`);
const htmlEscape = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
/** A catalogue message as a page shows it. */
const shown = (l: Locale, key: string, values?: MessageValues) => htmlEscape(translate(l, key, values));
/** A catalogue message as a page shows it with elements in some placeholders: those set to null here, given in order. */
function shownWith(l: Locale, key: string, values: MessageValues, elements: string[]) {
  const slots = Object.keys(values).filter((k) => values[k] === null);
  assert.equal(slots.length, elements.length, key);
  const markers = Object.fromEntries(slots.map((k, i) => [k, String.fromCharCode(i + 1)]));
  let out = htmlEscape(translate(l, key, { ...values, ...markers }));
  elements.forEach((markup, i) => {
    out = out.replace(String.fromCharCode(i + 1), markup);
  });
  return out;
}

function assertInLanguage(html: string, l: Locale, where: string) {
  assert.ok(html.includes(`<html lang="${l}" dir="${l === "ar" ? "rtl" : "ltr"}">`), `${where}: lang and dir`);
  if (l !== "en") assert.deepEqual(englishLeftIn(html, l, AREAS), [], `${where}: English left`);
}

function assertSays(html: string, l: Locale, key: string, where: string, values?: MessageValues) {
  assert.ok(html.includes(shown(l, key, values)), `${where}: ${key} in ${l}: ${shown(l, key, values)}`);
  if (l !== "en") assert.ok(!html.includes(shown("en", key, values)), `${where}: ${key} still in English`);
}

/** One row of the problem table: the row number in the reader's digits, the file's column, the problem. */
const problemRow = (l: Locale, row: number | undefined, column: string, key: string, values?: MessageValues) =>
  `<tr><td>${row === undefined ? shown(l, "import.wholeFile") : formatNumber(l, row)}</td><td>${column}</td><td>${shown(l, key, values)}</td></tr>`;

/** A moment as the workspace shows it: compact in English, the reader's own format elsewhere. */
function moment(l: Locale, iso: string): string {
  const time =
    l === "en"
      ? iso.replace("T", " ").slice(0, 16)
      : new Intl.DateTimeFormat(l, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso));
  return translate(l, "account.timeUtc", { time });
}

for (const database of testDatabases())
  describe(`the import screen in six languages on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let org: Organisation;
    let me: SignedInClient;
    const form = (l: Locale) => `${prefix(l)}/orgs/${ORG}/import`;
    const get = (path: string) => app.request(path, { headers: me.headers() });
    const post = (path: string, body: URLSearchParams | FormData) =>
      app.request(path, { method: "POST", headers: me.headers(), body });

    /** Fills the upload form of the page in `l` as a person would: its fields, then the file (if any). */
    async function upload(l: Locale, file?: File) {
      const page = await get(form(l));
      assert.equal(page.status, 200, `the form in ${l}`);
      const body = new FormData();
      for (const [k, v] of formFields(await page.text(), form(l))) body.append(k, v);
      if (file) body.append("file", file);
      return post(form(l), body);
    }
    /** Uploads, follows the redirect (which stays in the language) and returns the preview. */
    async function previewOf(l: Locale, text: string, name = "assessments.csv") {
      const res = await upload(l, new File([text], name, { type: "text/csv" }));
      assert.equal(res.status, 303, `${l}: ${await res.text()}`);
      const path = res.headers.get("Location")!;
      assert.match(path, new RegExp(`^${form(l)}/[A-Za-z0-9_-]{32}$`), `the preview is in ${l}`);
      const page = await get(path);
      assert.equal(page.status, 200, l);
      return { path, id: path.split("/").at(-1)!, html: await page.text() };
    }

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      org = await makeOrganisation(deps, ORG);
      me = await signedInAs(deps, { role: "contributor", orgSlug: ORG });
      await openCycle(deps.repos.assessments, CYCLE);
    });
    after(() => cleanup());

    test("the form and a file's problems, by row and column, in the reader's language", async () => {
      const code = (names: string[], l: Locale) =>
        names.map((n) => `<code>${n}</code>`).join(htmlEscape(translate(l, "import.listSeparator")));
      for (const l of LOCALES) {
        const res = await get(form(l));
        assert.equal(res.status, 200, l);
        const html = await res.text();
        assertInLanguage(html, l, `form ${l}`);
        assertSays(html, l, "import.heading", `form ${l}`);
        assertSays(html, l, "import.check", `form ${l}`);
        assertSays(html, l, "import.file", `form ${l}`, { megabytes: 10 });
        const intro = shownWith(l, "import.intro", { organisation: org.name, required: null, optional: null, separator: null }, [
          code(["country_iso3", "item_id", "status", "confidence"], l),
          code(["narrative", "obstacles", "enablers", "evidence_ids"], l),
          "<code>;</code>",
        ]);
        assert.ok(html.includes(`<p>${intro}</p>`), `the intro in ${l}: ${intro}`);

        const bad = await previewOf(l, BAD_ROWS);
        assertInLanguage(bad.html, l, `problems ${l}`);
        assertSays(bad.html, l, "import.problems.heading", `problems ${l}`, {
          summary: translate(l, "import.summary.someRows"),
          count: 2,
        });
        assertSays(bad.html, l, "import.problems.hint", `problems ${l}`);
        const choices = STATUSES.join(", ");
        assert.ok(
          bad.html.includes(problemRow(l, 2, "status", "import.problem.notStatus", { value: "finished", choices })),
          `the bad status in ${l}`,
        );
        assert.ok(
          bad.html.includes(problemRow(l, 3, "item_id", "import.problem.notItem", { value: "no-such-item" })),
          `the unknown item in ${l}`,
        );
        assert.doesNotMatch(bad.html, /\/confirm"/, "no confirm button");

        const missing = await previewOf(l, NO_CONFIDENCE);
        assertInLanguage(missing.html, l, `missing column ${l}`);
        assertSays(missing.html, l, "import.problems.heading", `missing column ${l}`, {
          summary: translate(l, "import.summary.missingColumns"),
          count: 1,
        });
        assert.ok(
          missing.html.includes(problemRow(l, 1, "—", "import.problem.missingColumn", { column: "confidence" })),
          `the missing column in ${l}`,
        );
      }
      assert.equal(translate("ru", "import.preview.confirm", { count: 2 }), "Импортировать 2 строки");
      assert.equal(translate("ru", "import.preview.confirm", { count: 5 }), "Импортировать 5 строк");
      assert.equal(translate("ar", "import.preview.confirm", { count: 2 }), "استيراد صفّين");
      assert.equal(
        translate("fr", "import.problem.repeatsRow", { row: 1234 }),
        "répète la ligne 1\u202f234 (même pays et même élément)",
      );
    });

    test("a valid file: counts, notices, names and statuses, the stale and the real confirmation, in the reader's language", async () => {
      for (const l of LOCALES) {
        const iso3 = COUNTRY[l];
        const country = (await deps.repos.countries.getCountry(iso3))!;
        const { path, id, html } = await previewOf(l, good(iso3));
        assertInLanguage(html, l, `preview ${l}`);
        assertSays(html, l, "import.preview.heading", `preview ${l}`);
        const n = (x: number) => `<strong>${formatNumber(l, x)}</strong>`;
        const counts = shownWith(l, "import.preview.counts", { rows: 2, created: null, updated: null, unchanged: null }, [
          n(2),
          n(0),
          n(0),
        ]);
        assert.ok(html.includes(`<p class="progress">${counts}</p>`), `counts in ${l}: ${counts}`);
        assertSays(html, l, "import.notice.translatedColumn", `preview ${l}`, {
          column: "narrative__fr",
          base: "narrative",
          lang: "fr",
          count: 1,
        });
        assertSays(html, l, "import.preview.confirm", `preview ${l}`, { count: 2 });
        assertSays(html, l, "import.preview.confirmHint", `preview ${l}`);
        assert.ok(html.includes(`<caption>${shown(l, "import.preview.created")}</caption>`), l);
        assert.ok(html.includes(`<td>${htmlEscape(countryName(country, l))}</td>`), `${iso3} named in ${l}`);
        assert.ok(html.includes(`<td>${shown(l, "public.status.in_progress")}</td>`), `the status in ${l}`);
        if (l !== "en") {
          assert.equal(html.split(shown(l, "workspace.notTranslatedYet")).length - 1, 1, `the content note once in ${l}`);
          assert.match(
            html,
            /<span lang="en"( dir="ltr")?>[^<]+<\/span> <small>s02-o2<\/small>/,
            "the item's title marked English",
          );
        }
        const kept = (await deps.repos.importUploads.get(id))!;
        const said = shownWith(
          l,
          "import.preview.upload",
          { file: null, cycle: "2025", uploaded: moment(l, kept.createdAt), expires: moment(l, kept.expiresAt) },
          ["<strong>assessments.csv</strong>"],
        );
        assert.ok(html.includes(said), `the upload's dates in ${l}: ${said}`);

        const fields = formFields(html, `${path}/confirm`);
        const stale = new URLSearchParams(fields.map(([k, v]): [string, string] => [k, k === "plan" ? "0".repeat(64) : v]));
        const refused = await post(`${path}/confirm`, stale);
        assert.equal(refused.status, 409, l);
        const refusedHtml = await refused.text();
        assertInLanguage(refusedHtml, l, `stale ${l}`);
        assertSays(refusedHtml, l, "import.notImported", `stale ${l}`, { why: translate(l, "import.problem.planChanged") });

        const done = await post(`${path}/confirm`, new URLSearchParams(fields));
        assert.equal(done.status, 303, l);
        const location = done.headers.get("Location")!;
        assert.equal(location, `${form(l)}?done=${CYCLE}&created=2&updated=0&unchanged=0`, "the redirect stays in the language");
        const page = await (await get(location)).text();
        assertInLanguage(page, l, `done ${l}`);
        const link = `<a href="${prefix(l)}/orgs/${ORG}/workspace?cycle=${CYCLE}">${shown(l, "import.doneLink")}</a>`;
        const notice = shownWith(l, "import.done", { cycle: CYCLE, created: 2, updated: 0, unchanged: 0, link: null }, [link]);
        assert.ok(page.includes(`<p class="notice" role="status">${notice}</p>`), `the result in ${l}: ${notice}`);
        const saved = await deps.repos.assessments.find({
          organisationId: org.id,
          countryIso3: iso3,
          cycleId: CYCLE,
          itemId: "s02-o2",
        });
        assert.deepEqual([saved?.status, saved?.reviewState, saved?.narrative], ["in_progress", "draft", "A plan."], l);
      }
    });

    test("refusals: no file, an unreadable file, a file of another kind and an upload that is gone", async () => {
      for (const l of LOCALES) {
        const none = await upload(l);
        assert.equal(none.status, 400, l);
        const noneHtml = await none.text();
        assertInLanguage(noneHtml, l, `no file ${l}`);
        assertSays(noneHtml, l, "import.problem.chooseFile", `no file ${l}`);
        assertSays(noneHtml, l, "forms.problemTitle", `no file ${l}`);

        const broken = await upload(l, new File(['country_iso3,item_id\n"KEN,s01-o1\n'], "broken.csv"));
        assert.equal(broken.status, 400, l);
        const brokenHtml = await broken.text();
        assertInLanguage(brokenHtml, l, `unreadable ${l}`);
        assertSays(brokenHtml, l, "import.problems.heading", `unreadable ${l}`, {
          summary: translate(l, "import.summary.csvUnreadable"),
          count: 1,
        });
        assert.ok(brokenHtml.includes(problemRow(l, 2, "—", "import.problem.unclosedQuote")), `the broken quote in ${l}`);

        const other = await upload(l, new File(["hello"], "notes.txt"));
        assert.equal(other.status, 400, l);
        const otherHtml = await other.text();
        assert.ok(
          otherHtml.includes(problemRow(l, undefined, "—", "import.problem.notCsvOrXlsx", { name: "notes.txt" })),
          `another kind of file in ${l}`,
        );

        const gone = await get(`${form(l)}/${"A".repeat(32)}`);
        assert.equal(gone.status, 404, l);
        const goneHtml = await gone.text();
        assertInLanguage(goneHtml, l, `gone ${l}`);
        assertSays(goneHtml, l, "import.uploadGone", `gone ${l}`);
        assertSays(goneHtml, l, "import.problems.heading", `gone ${l}`, {
          summary: translate(l, "import.goneSummary"),
          count: 1,
        });
      }
    });

    test("the import keeps English, word for word, for the command line and logs, and catalogue messages for pages", async () => {
      const error = await importAssessments(deps.repos, {
        table: readAssessmentFile("bad.csv", new TextEncoder().encode(BAD_ROWS)).table,
        fileName: "bad.csv",
        organisation: org,
        cycleId: CYCLE,
        actor: { user: me.user, memberships: await deps.repos.accounts.membershipsOfUser(me.user.id) },
        dryRun: true,
        ctx: ctx(),
        newId: deps.crypto.newId,
        methodologyVersion: METHODOLOGY_V1.version,
      }).catch((e: unknown) => e);
      assert.ok(error instanceof ImportError);
      assert.equal(
        error.message,
        [
          "Some rows cannot be imported (2 problems; nothing was imported):",
          `  - row 2, column 'status': 'finished' is not a status; use one of ${STATUSES.join(", ")}`,
          "  - row 3, column 'item_id': 'no-such-item' is not the id of a commitment or practical option",
        ].join("\n"),
      );
      assert.deepEqual(error.summaryText, { key: "import.summary.someRows", values: undefined });
      assert.deepEqual(
        error.problems.map((p) => p.text),
        [
          { key: "import.problem.notStatus", values: { value: "finished", choices: STATUSES.join(", ") } },
          { key: "import.problem.notItem", values: { value: "no-such-item" } },
        ],
      );
      const repeated = await importAssessments(deps.repos, {
        table: readAssessmentFile(
          "twice.csv",
          new TextEncoder().encode(`${HEADER}\nKEN,s01-o1,planned,low\nKEN,s01-o1,planned,low`),
        ).table,
        fileName: "twice.csv",
        organisation: org,
        cycleId: CYCLE,
        actor: { user: me.user, memberships: await deps.repos.accounts.membershipsOfUser(me.user.id) },
        dryRun: true,
        ctx: ctx(),
        newId: deps.crypto.newId,
        methodologyVersion: METHODOLOGY_V1.version,
      }).catch((e: unknown) => e);
      assert.ok(repeated instanceof ImportError);
      assert.equal(repeated.problems[0]?.message, "repeats row 2 (same country and item)");
    });
  });
