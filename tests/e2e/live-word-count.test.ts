/**
 * Live word counts in the report editor, in a real browser with JavaScript on,
 * through the real server: as the person types, the counts of the two
 * editable parts, the whole report against its limit and the over-the-limit
 * alert change, in the page's language (English and Arabic, whose plural
 * has six forms), and read as the server's own lines do after a save. The
 * page without JavaScript is checked by tests/http/reports-web.test.ts.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import { type Locale, localisedPath } from "../../src/i18n/locales";
import { translate } from "../../src/i18n/translate";
import { countWords } from "../../src/reports/shadow/text";
import { partWords } from "../../src/web/reports/draft-parts";
import { browserTestOptions, launchBrowser } from "../support/browser";
import { assertAt, PageWatch, press } from "./pages";
import { e2eDatabases, type RunningServer, startServer } from "./server";
import { addPerson, type Person, setPassword, setUpFirstAdministrator, submitSignIn } from "./steps";

const skip = browserTestOptions();
const database = e2eDatabases().find((d) => d.name === "sqlite");
const ADMIN: Person = { name: "Lina Saleh", email: "lina@example.org", password: "jasmine basalt meridian" };
const WRITER: Person = { name: "Omar Farouk", email: "omar@example.org", password: "papyrus delta lantern" };
const ORG = "blueprint-demonstration";
const LIMIT = 20_000;

const text = async (locator: Locator) => ((await locator.textContent()) ?? "").trim();

/** Waits (the script updates at most every 600 ms) until the line reads `expected`; fails with what it read. */
async function waitForText(locator: Locator, expected: string, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs;
  let got = await text(locator);
  while (got !== expected) {
    if (Date.now() > end) assert.fail(`expected "${expected}", still "${got}"`);
    await new Promise((r) => setTimeout(r, 100));
    got = await text(locator);
  }
}

interface LiveData {
  base: number;
  limit: number;
}

const line = (page: Page, part: string) => page.locator(`[data-words="${part}"]`);

/** The lines the server would write for these texts (t() in Node), given the words outside the two parts. */
function serverLines(locale: Locale, base: number, summary: string, recommendations: string) {
  const count = base + partWords(summary) + partWords(recommendations);
  const over = count - LIMIT;
  return {
    summary: translate(locale, "reports.words.summary", { count: countWords(summary) }),
    recommendations: translate(locale, "reports.words.recommendations", { count: countWords(recommendations) }),
    whole:
      over > 0
        ? translate(locale, "reports.words.wholeLimit", { count, limit: LIMIT })
        : translate(locale, "reports.words.wholeLeft", { count, limit: LIMIT, left: LIMIT - count }),
    over: over > 0 ? translate(locale, "reports.overLimit", { count, over, limit: LIMIT }) : null,
  };
}

async function assertLines(page: Page, expected: ReturnType<typeof serverLines>) {
  await waitForText(line(page, "summary"), expected.summary);
  await waitForText(line(page, "recommendations"), expected.recommendations);
  await waitForText(line(page, "whole"), expected.whole);
  const alert = line(page, "over");
  if (expected.over === null) assert.equal(await alert.isHidden(), true, "no over-the-limit alert");
  else {
    await waitForText(alert, expected.over);
    assert.equal(await alert.isVisible(), true, "the over-the-limit alert shows");
    assert.equal(await alert.getAttribute("role"), "status", "polite: no interruption at each pause");
  }
}

describe("live word counts in the report editor, in a browser", {
  skip: skip.skip ?? (database ? undefined : "no SQLite in TEST_DATABASES"),
}, () => {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test("counts follow the typing in English and in Arabic, and match the server's after a save", {
    timeout: 240_000,
  }, async () => {
    if (!database) return;
    browser = await launchBrowser();
    server = await startServer(database);
    const watch = new PageWatch();

    // A contributor of the demonstration organisation, which has published assessments of Australia.
    const adminContext = await browser.newContext({ baseURL: server.origin });
    const admin = await adminContext.newPage();
    watch.watch(admin);
    await setUpFirstAdministrator(admin, server.setupUrl, ADMIN);
    const link = await addPerson(admin, server.origin, ORG, WRITER, "contributor");
    await adminContext.close();

    const context = await browser.newContext({ baseURL: server.origin });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    watch.watch(page);
    await setPassword(page, link, WRITER);
    await submitSignIn(page, WRITER);
    await assertAt(page, "/account", "Your account");
    await page.goto(`/orgs/${ORG}/reports/new`);
    await assertAt(page, `/orgs/${ORG}/reports/new`, "Start a new report");
    await page.getByLabel("Country").selectOption({ label: "Australia" });
    await page.getByLabel("Assessment cycle").selectOption({ label: "2023 baseline (demonstration)" });
    await page.getByLabel("Word limit (optional)").fill(String(LIMIT));
    await press(page, "Create the draft");
    const draft = new URL(page.url()).pathname;
    assert.match(draft, new RegExp(`^/orgs/${ORG}/reports/[\\w-]+$`));

    const summary = page.getByLabel("Executive summary", { exact: true });
    const recommendations = page.getByLabel("Recommendations", { exact: true });
    assert.equal(await page.locator("[data-words='summary']").locator("xpath=..").getAttribute("aria-live"), "polite");
    const { base, limit } = JSON.parse((await page.getAttribute("[data-live-words]", "data-live-words")) ?? "{}") as LiveData;
    assert.equal(limit, LIMIT);
    const recs = await recommendations.inputValue();
    // The page as served: the script changes nothing until the person types.
    await assertLines(page, serverLines("en", base, await summary.inputValue(), recs));

    // Typing, key by key: a dash is not a word; a list marker is one in the part but not in the report.
    await summary.fill("");
    await summary.pressSequentially("1. Women’s rights — online, 2023");
    await assertLines(page, serverLines("en", base, "1. Women’s rights — online, 2023", recs));
    await summary.fill("数字环境中针对妇女和女童的暴力行为");
    await assertLines(page, serverLines("en", base, "数字环境中针对妇女和女童的暴力行为", recs));

    // Over the limit, and back under it.
    const tooLong = "word ".repeat(LIMIT - base - partWords(recs) + 3);
    await summary.fill(tooLong);
    await assertLines(page, serverLines("en", base, tooLong, recs));
    assert.match(await text(line(page, "over")), /: 3 over the limit of 20,000\./);

    // Saved, the server's count is what the script said.
    const mine = "Online abuse is under-reported.\n\n- Fund helplines\n- **Train** police\n\n1. Publish data";
    await summary.fill(mine);
    const expected = serverLines("en", base, mine, recs);
    await assertLines(page, expected);
    await press(page, "Save as version 2");
    await assertAt(page, `${draft}?saved=2`, await text(page.locator("main h1")));
    for (const part of ["summary", "recommendations", "whole"] as const)
      assert.equal(await text(line(page, part)), expected[part], `after the save: ${part}`);

    // In Arabic: six plural forms, each as the server writes it.
    const ar = await page.goto(localisedPath(draft, "ar"));
    assert.equal(ar?.status(), 200);
    assert.equal(await page.getAttribute("html", "lang"), "ar");
    const arBase = (JSON.parse((await page.getAttribute("[data-live-words]", "data-live-words")) ?? "{}") as LiveData).base;
    assert.equal(arBase, base, "the words outside the parts do not depend on the page's language");
    const arSummary = page.locator("#executiveSummary");
    for (const words of [0, 1, 2, 3, 11, 100, 102]) {
      const typed = Array.from({ length: words }, () => "كلمة").join(" ");
      await arSummary.fill(typed);
      await assertLines(page, serverLines("ar", base, typed, recs));
    }
    await arSummary.fill("");
    await arSummary.pressSequentially("العنف الرقمي");
    await waitForText(line(page, "summary"), translate("ar", "reports.words.summary", { count: 2 }));

    watch.assertClean();
    assert.deepEqual(server.errors(), []);
  });
});
