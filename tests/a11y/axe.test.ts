/**
 * WCAG 2.2 AA, as far as a machine can tell, on every page type: axe-core
 * (WCAG 2.0, 2.1 and 2.2 A and AA rules) in headless Chromium through the
 * real server, in English and Arabic, signed out and signed in; the right
 * `lang` and `dir` on each page; and no sideways scrolling at 320 CSS pixels
 * or at 200% zoom. A failure lists every page, rule, impact, element and the
 * rule's help page at once. SQLite only unless TEST_DATABASES names postgres.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { type RunningServer, startServer } from "../e2e/server";
import { browserTestOptions, launchBrowser } from "../support/browser";
import { axeFindings, reflowFindings } from "./checks";
import { inLocale, type PageType, publicPageTypes, signedInPageTypes, stateOf, type Who } from "./page-types";
import { a11yDatabases, newContext, type Site, setUpSite } from "./site";

const LOCALES = [
  { prefix: "", name: "English", lang: "en", dir: "ltr" },
  { prefix: "/ar", name: "Arabic", lang: "ar", dir: "rtl" },
];
type Locale = (typeof LOCALES)[number];

const skip = browserTestOptions();

/** Everything checked on the page as it is now; `label` names it in findings. */
async function check(page: Page, label: string, type: PageType, locale: Locale): Promise<string[]> {
  const findings: string[] = [];
  const [lang, dir, status] = (await page.evaluate(
    `[document.documentElement.lang, document.documentElement.dir, performance.getEntriesByType("navigation")[0]?.responseStatus]`,
  )) as [string, string, number];
  if (status !== (type.status ?? 200)) findings.push(`${label}: answered ${status}, expected ${type.status ?? 200}`);
  if (!type.englishOnly && (lang !== locale.lang || dir !== locale.dir))
    findings.push(`${label}: <html lang="${lang}" dir="${dir}">, expected lang="${locale.lang}" dir="${locale.dir}"`);
  findings.push(...(await axeFindings(page, label, type.exclude)));
  findings.push(...(await reflowFindings(page, label)));
  return findings;
}

/**
 * Opens each page type in each language, as its visitor, and checks it. The
 * languages run side by side, each in browsers of its own (two renderer
 * processes: both cores busy).
 */
async function checkAll(browser: Browser, site: Site, types: PageType[], log: (s: string) => void): Promise<string[]> {
  const times: [string, number][] = [];
  const perLocale = await Promise.all(LOCALES.map((locale) => checkLocale(browser, site, types, locale, log, times)));
  const slowest = times.sort((a, b) => b[1] - a[1]).slice(0, 3);
  log(`${times.length} pages checked; slowest: ${slowest.map(([l, ms]) => `${l} ${Math.round(ms)} ms`).join(", ")}`);
  return perLocale.flat();
}

async function checkLocale(
  browser: Browser,
  site: Site,
  types: PageType[],
  locale: Locale,
  log: (s: string) => void,
  times: [string, number][],
) {
  const findings: string[] = [];
  const pages = new Map<Who, { context: BrowserContext; page: Page }>();
  const pageFor = async (who: Who) => {
    let open = pages.get(who);
    if (!open) {
      const context = await newContext(browser, site.server.origin, stateOf(site, who));
      open = { context, page: await context.newPage() };
      pages.set(who, open);
    }
    return open.page;
  };
  for (const type of types) {
    if (type.englishOnly && locale.prefix) continue;
    if (ONLY && !type.name.includes(ONLY)) continue;
    const own = type.ownContext ? await newContext(browser, site.server.origin, stateOf(site, type.who)) : undefined;
    const page = own ? await own.newPage() : await pageFor(type.who);
    const label = `${type.name} (${locale.name}, ${type.who}) ${type.path ? inLocale(type.path, locale.prefix) : ""}`.trim();
    const began = performance.now();
    try {
      if (type.reach) await type.reach(page, locale.prefix);
      else await page.goto(inLocale(type.path ?? "/", locale.prefix));
      findings.push(...(await check(page, label, type, locale)));
      if (type.exclude) {
        // What the excluded part (a third party's) would add: reported, not failed; see docs/ACCESSIBILITY.md.
        const all = await axeFindings(page, label);
        log(`${label}: ${all.length} axe violation(s) inside ${type.exclude.join(", ")} (third-party, known gap)`);
      }
    } catch (e) {
      findings.push(`${label}: could not be checked: ${(e as Error).message.split("\n")[0]}`);
    } finally {
      await own?.close();
    }
    times.push([label, performance.now() - began]);
  }
  for (const { context } of pages.values()) await context.close();
  return findings;
}

/** A11Y_ONLY=text narrows the scan to the page types whose name holds it (while working on a page; CI scans all). */
const ONLY = process.env.A11Y_ONLY;

function assertNone(findings: string[], what: string) {
  if (findings.length) assert.fail(`${findings.length} accessibility finding(s) ${what}:\n${findings.join("\n")}`);
}

for (const database of a11yDatabases()) {
  describe(`accessibility of every page type, in Chromium, on ${database.name}`, () => {
    let started: Promise<{ browser: Browser; server: RunningServer; site: Site; oneTime: string[] }> | undefined;
    const start = () => {
      started ??= launchBrowser().then(async (browser) => {
        let server: RunningServer | undefined;
        try {
          server = await startServer(database);
          const oneTime: string[] = [];
          // Pages a one-time link opens (first-start setup, set password): checked in both languages before use.
          const site = await setUpSite(browser, server, async (page, name, path) => {
            for (const locale of LOCALES) {
              await page.goto(inLocale(path, locale.prefix));
              oneTime.push(...(await check(page, `${name} (${locale.name}, anonymous)`, { name, who: "anonymous" }, locale)));
            }
          });
          return { browser, server, site, oneTime };
        } catch (e) {
          await browser.close();
          await server?.stop();
          throw e;
        }
      });
      return started;
    };
    after(async () => {
      const running = await started?.catch(() => undefined);
      await running?.browser.close();
      await running?.server.stop();
    });

    test("signed out, in English and Arabic: no axe violation, no sideways scrolling at 320 px or 200% zoom", {
      ...skip,
      timeout: 300_000,
    }, async (t) => {
      const { browser, server, site, oneTime } = await start();
      const html = await (await fetch(`${server.origin}/countries/AUS`, { headers: { Accept: "text/html" } })).text();
      const assessment = /href="(\/assessments\/[^"]+)"/.exec(html)?.[1];
      assert.ok(assessment, "the demonstration data has a published assessment for Australia");
      const findings = await checkAll(browser, site, publicPageTypes(assessment), (s) => t.diagnostic(s));
      assertNone([...oneTime, ...findings], "on public pages");
      assert.deepEqual(server.errors(), []);
    });

    test("signed in, in English and Arabic: no axe violation, no sideways scrolling at 320 px or 200% zoom", {
      ...skip,
      timeout: 300_000,
    }, async (t) => {
      const { browser, server, site } = await start();
      const findings = await checkAll(browser, site, signedInPageTypes(site), (s) => t.diagnostic(s));
      assertNone(findings, "on signed-in pages");
      assert.deepEqual(server.errors(), []);
    });
  });
}
