/**
 * Offline reading, in a real browser with JavaScript on, through the real
 * server: the service worker keeps the public pages a reader opened; without a
 * connection they open again, and a page never opened shows the offline page
 * in its language, listing what is kept; the list can be cleared. A signed-in
 * person's pages (workspace, account, administration, and even public pages
 * seen while signed in) are never kept. SQLite only: the worker is the same
 * whatever the database.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Locale } from "../../src/i18n/locales";
import { translate } from "../../src/i18n/translate";
import { browserTestOptions, launchBrowser } from "../support/browser";
import { heading, PageWatch } from "./pages";
import { e2eDatabases, type RunningServer, startServer } from "./server";
import { type Person, setUpFirstAdministrator } from "./steps";

const skip = browserTestOptions();
const database = e2eDatabases().find((d) => d.name === "sqlite");
const ADMIN: Person = { name: "Nadia Haddad", email: "nadia@example.org", password: "cedar olive thyme harbour" };

/** Every entry of every cache the site keeps: cache name, path, Cache-Control and whether the body names `secret`. */
interface Kept {
  cache: string;
  path: string;
  cacheControl: string;
  names: boolean;
}

/** Scripts are strings: tsx would wrap functions in a helper that does not exist in the page. */
async function kept(page: Page, secret: string): Promise<Kept[]> {
  return (await page.evaluate(`(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        const res = await cache.match(req);
        const url = new URL(req.url);
        out.push({
          cache: name,
          path: url.pathname + url.search,
          cacheControl: res.headers.get("Cache-Control") || "",
          names: (await res.text()).includes(${JSON.stringify(secret)}),
        });
      }
    }
    return out;
  })()`)) as Kept[];
}

const keptPages = async (page: Page) =>
  (await kept(page, "\u0000")).filter((k) => k.cache.startsWith("blueprint-pages")).map((k) => k.path);

/**
 * Polls a script in the page until it is true. Not page.waitForFunction: that
 * compiles its string with eval in the page, which the CSP rightly forbids.
 */
async function until(page: Page, script: string, what: string, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate(script))) {
    if (Date.now() > end) assert.fail(`waited ${timeoutMs} ms for ${what}`);
    await page.waitForTimeout(100);
  }
}

/** Waits until the worker has kept `paths` (it stores after answering, so the page may come first). */
async function waitUntilKept(page: Page, paths: string[], cache = "blueprint-pages-v1") {
  const script = `(async () => {
    const c = await caches.open(${JSON.stringify(cache)});
    const have = (await c.keys()).map((r) => new URL(r.url).pathname);
    return ${JSON.stringify(paths)}.every((p) => have.includes(p));
  })()`;
  await until(page, script, `${paths.join(", ")} in ${cache}`);
}

/** The offline page in `locale`, answered in place of a page that was not kept: it says so. */
async function assertOfflinePage(page: Page, locale: Locale, message?: string) {
  assert.equal(await heading(page), translate(locale, "offline.title"), message);
  await page.locator("#not-kept").waitFor();
  assert.equal(await page.locator("#not-kept strong").textContent(), translate(locale, "offline.heading"), message);
}

/** The links of the list of kept pages: path and language. */
async function savedList(page: Page): Promise<{ href: string; lang: string }[]> {
  const out: { href: string; lang: string }[] = [];
  for (const a of await page.locator("#saved-pages li a").all()) {
    const href = new URL((await a.getAttribute("href")) ?? "", "http://x").pathname;
    out.push({ href, lang: (await a.getAttribute("lang")) ?? "" });
  }
  return out;
}

describe("offline reading of visited public pages, in a browser", {
  skip: skip.skip ?? (database ? undefined : "no SQLite in TEST_DATABASES"),
}, () => {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  let context: BrowserContext | undefined;
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  test("kept pages open offline; others show the offline page in their language; nothing private is kept", {
    timeout: 240_000,
  }, async () => {
    if (!database) return;
    browser = await launchBrowser();
    server = await startServer(database);
    context = await browser.newContext({ baseURL: server.origin, locale: "en-GB" });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const watch = new PageWatch();
    watch.watch(page);

    // The first page registers the worker, which keeps that page too; once it controls the page, each page read is kept.
    assert.equal((await page.goto("/framework"))?.status(), 200);
    const framework = await heading(page);
    await until(page, "navigator.serviceWorker.controller !== null", "the service worker to control the page");
    assert.equal((await page.goto("/countries"))?.status(), 200);
    const countries = await heading(page);
    // Following a link into French sets the language cookie: that answer is private, so it is not kept.
    assert.equal((await page.goto("/fr/framework"))?.status(), 200);
    assert.equal((await page.goto("/fr/countries/KEN"))?.status(), 200);
    const kenya = await heading(page);
    await waitUntilKept(page, ["/framework", "/countries", "/fr/countries/KEN"]);
    await waitUntilKept(page, ["/offline", "/fr/offline"], "blueprint-shell-v1");
    assert.ok(!(await keptPages(page)).includes("/fr/framework"), "a private answer (it set a cookie) is not kept");

    await context.setOffline(true);
    assert.equal((await page.reload())?.status(), 200);
    assert.equal(await heading(page), kenya, "a kept page opens again offline");
    // A reload asks the server again (the browser's own cache may answer a plain visit): only the worker can answer.
    await page.goto("/countries");
    await page.reload();
    assert.equal(await heading(page), countries);
    await page.goto("/framework");
    await page.reload();
    assert.equal(await heading(page), framework, "the page that registered the worker was kept too");

    // A page never opened: the offline page, in the language of the page asked for, listing what is kept.
    await page.goto("/fr/commitments");
    await assertOfflinePage(page, "fr");
    assert.equal(await page.getAttribute("html", "lang"), "fr");
    await page.locator("#saved-pages li").first().waitFor();
    const listed = await savedList(page);
    assert.deepEqual(
      listed.map((l) => l.href).sort(),
      ["/countries", "/fr/countries/KEN", "/framework"],
      "the list shows the kept pages",
    );
    assert.deepEqual(
      listed
        .filter((l) => l.lang === "en")
        .map((l) => l.href)
        .sort(),
      ["/countries", "/framework"],
      "English titles on a French page are marked as English",
    );
    assert.equal(await page.locator("#saved-none").isHidden(), true);
    await page.goto("/ar/strategies/s01");
    await assertOfflinePage(page, "en", "no Arabic offline page kept: the English one");
    await page.goto("/commitments");
    await assertOfflinePage(page, "en");
    assert.equal(await page.getAttribute("html", "lang"), "en");

    // Clearing: the list empties, the pages are gone from the device, and they no longer open offline.
    await page.locator("#saved-pages li").first().waitFor();
    await page.getByRole("button", { name: translate("en", "offline.clear") }).click();
    await page
      .getByRole("status")
      .filter({ hasText: translate("en", "offline.cleared") })
      .waitFor();
    assert.equal(await page.locator("#saved-pages li").count(), 0);
    assert.equal(await page.locator("#saved-none").isVisible(), true);
    assert.deepEqual(await keptPages(page), []);
    // The browser's own cache holds a page for a minute (max-age=60); past that, only the worker could answer.
    await (await context.newCDPSession(page)).send("Network.clearBrowserCache");
    await page.goto("/countries");
    await assertOfflinePage(page, "en");

    // Back online, signed in: workspace, account and administration pages, and public pages, are all seen; none is kept.
    await context.setOffline(false);
    // Online, the footer's link opens the same page as itself: what this device keeps, without the "not kept" notice.
    await page.goto("/commitments");
    await Promise.all([page.waitForEvent("load"), page.locator("footer a[href='/offline']").click()]);
    assert.equal(await heading(page), translate("en", "offline.title"));
    assert.equal(await page.locator("#not-kept").isHidden(), true);
    await page.locator("#clear-saved").waitFor();
    await page.goto("/countries"); // back to English: sets the language cookie, so private and not kept
    await page.goto("/countries");
    await waitUntilKept(page, ["/countries"]);
    await setUpFirstAdministrator(page, server.setupUrl, ADMIN);
    for (const path of ["/account", "/admin", "/orgs/blueprint-demonstration", "/framework", "/fr/countries/KEN"]) {
      const res = await page.goto(path);
      assert.equal(res?.status(), 200, path);
      assert.equal(res?.headers()["cache-control"], "no-store", path);
    }
    // The worker stores after answering: give it time to do what it should not.
    await page.waitForTimeout(1500);
    const everything = await kept(page, ADMIN.email);
    assert.ok(everything.length > 0);
    for (const k of everything) {
      assert.match(k.cacheControl, /\bpublic\b/, `${k.cache} ${k.path} is public`);
      assert.doesNotMatch(k.cacheControl, /no-store|private/, `${k.cache} ${k.path}`);
      assert.equal(k.names, false, `${k.cache} ${k.path} does not name the signed-in person`);
      assert.doesNotMatch(k.path, /^\/(?:[a-z]{2}\/)?(?:orgs|account|admin|setup|sign-in|search|api|translate)\b/, k.path);
    }
    assert.deepEqual(await keptPages(page), ["/countries"], "only the page read before signing in is kept");

    watch.assertClean();
    assert.deepEqual(server.errors(), []);
  });
});
