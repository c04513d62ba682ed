/**
 * A contributor assesses an item with the keyboard alone (Tab, Shift+Tab,
 * Enter, Space and arrow keys; no mouse, no clicks from script, no typed
 * addresses after the first page), in Chromium with JavaScript off, in
 * English and in Arabic: the skip link, the header to their account, their
 * organisation, its workspace, an item, then status, narrative, confidence
 * and evidence in the editor, saved, with the confirmation shown. Every
 * element that takes focus on the way must show a focus indicator and be on
 * screen; no page may use a positive tabindex.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { where } from "../e2e/pages";
import { type RunningServer, startServer } from "../e2e/server";
import { browserTestOptions, launchBrowser } from "../support/browser";
import { DESKTOP, type Focused, focused } from "./checks";
import { inLocale } from "./page-types";
import { a11yDatabases, editorPath, OPEN_ITEM, ORG, type Site, setUpSite } from "./site";

const JOURNEYS = [
  { prefix: "", name: "English", item: OPEN_ITEM.id },
  // Another item: the English journey has already assessed the first.
  { prefix: "/ar", name: "Arabic", item: "s03-o2" },
];
const NARRATIVE = "The 2024 action plan names online abuse; no budget line yet.";
const MAX_TABS = 250;

const skip = browserTestOptions();

/** Keys pressed and focus seen on the way, with every focus problem found. */
class Keyboard {
  readonly problems: string[] = [];
  stops = 0;

  constructor(private readonly page: Page) {}

  private async check(): Promise<Focused | null> {
    const f = await focused(this.page);
    if (!f) return null;
    this.stops++;
    if (!f.indicated)
      this.problems.push(`${where(this.page)}: no visible focus indicator on ${f.describe} (${f.outline}; ${f.boxShadow})`);
    if (!f.onScreen) this.problems.push(`${where(this.page)}: focused ${f.describe} is not on screen`);
    return f;
  }

  /** Presses Tab (or Shift+Tab) until the focused element is the one wanted. */
  async tabTo(what: string, wanted: (f: Focused) => boolean, backwards = false): Promise<Focused> {
    for (let i = 0; i < MAX_TABS; i++) {
      await this.page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
      const f = await this.check();
      if (f && wanted(f)) return f;
    }
    return assert.fail(
      `${what}: not reached with ${MAX_TABS} presses of ${backwards ? "Shift+Tab" : "Tab"} on ${where(this.page)}`,
    );
  }

  /** Presses a key that loads another page (Enter on a link or button) and waits for it. */
  async follow(key = "Enter"): Promise<void> {
    await Promise.all([this.page.waitForEvent("load"), this.page.keyboard.press(key)]);
    const positive = await this.page.evaluate(
      `[...document.querySelectorAll("[tabindex]")].filter((e) => e.tabIndex > 0).length`,
    );
    if (positive)
      this.problems.push(`${where(this.page)}: ${positive} element(s) with a positive tabindex change the focus order`);
  }
}

for (const database of a11yDatabases()) {
  describe(`keyboard only, in Chromium without JavaScript, on ${database.name}`, () => {
    let started: Promise<{ browser: Browser; server: RunningServer; site: Site }> | undefined;
    const start = () => {
      started ??= launchBrowser().then(async (browser) => {
        let server: RunningServer | undefined;
        try {
          server = await startServer(database);
          return { browser, server, site: await setUpSite(browser, server) };
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

    for (const journey of JOURNEYS)
      test(`${journey.name}: from the home page to a saved assessment with the keyboard alone`, {
        ...skip,
        timeout: 180_000,
      }, async (t) => {
        const { browser, server, site } = await start();
        const keyboardContext = await browser.newContext({
          baseURL: server.origin,
          javaScriptEnabled: false,
          locale: "en-GB",
          viewport: DESKTOP,
          storageState: site.contributor,
        });
        keyboardContext.setDefaultTimeout(15_000);
        const page = await keyboardContext.newPage();
        const keys = new Keyboard(page);
        const at = (path: string) => inLocale(path, journey.prefix);
        const editor = at(editorPath(journey.item));

        await page.goto(at("/"));

        // The skip link comes first, shows when focused, and takes focus past the header into main.
        const skipLink = await keys.tabTo("the skip link", () => true);
        assert.equal(skipLink.href, "#main", `the first thing Tab reaches is the skip link, not ${skipLink.describe}`);
        await page.keyboard.press("Enter");
        // Following the in-page link updates the URL a moment after the key press: wait for it, briefly.
        for (let i = 0; i < 50 && new URL(page.url()).hash !== "#main"; i++) await page.waitForTimeout(20);
        assert.equal(new URL(page.url()).hash, "#main");
        const onMain = (await page.evaluate(`document.activeElement === document.querySelector("main")`)) as boolean;
        const next = await keys.tabTo("the first stop after the skip link", () => true);
        assert.ok(next.inMain, `after the skip link, Tab goes into main, not to ${next.describe}`);
        if (!onMain)
          t.diagnostic("the skip link moves the focus starting point to main; main itself takes no focus (no tabindex=-1)");

        // Back up into the header for the account link, then the organisation and its workspace.
        await keys.tabTo("the account link in the header", (f) => f.href === at("/account") && !f.inMain, true);
        await keys.follow();
        assert.equal(where(page), at("/account"));
        await keys.tabTo("the organisation on the account page", (f) => f.href === at(`/orgs/${ORG.slug}`) && f.inMain);
        await keys.follow();
        assert.equal(where(page), at(`/orgs/${ORG.slug}`));
        await keys.tabTo(
          "a link to the workspace on the organisation page",
          (f) => f.href?.startsWith(at(`/orgs/${ORG.slug}/workspace`)) === true,
        );
        await keys.follow();
        assert.equal(new URL(page.url()).pathname, at(`/orgs/${ORG.slug}/workspace`));

        // The chooser: the organisation's country and the open cycle come chosen.
        const country = await keys.tabTo("the country", (f) => f.name === "country");
        assert.equal(country.value, "KEN");
        const cycle = await keys.tabTo("the cycle", (f) => f.name === "cycle");
        assert.equal(cycle.value, "2025");
        await keys.tabTo("the button that opens the workspace", (f) => f.tag === "button" && f.type === "submit");
        await keys.follow();
        assert.equal(where(page), at(`/orgs/${ORG.slug}/workspace?country=KEN&cycle=2025`));

        await keys.tabTo("the item in the workspace list", (f) => f.href === editor);
        await keys.follow();
        assert.equal(where(page), editor);

        // The editor: a status with the arrow keys, a narrative, a confidence and evidence with Space.
        await keys.tabTo("the status", (f) => f.name === "status");
        for (let i = 0; i < 10 && (await focused(page))?.value !== "in_progress"; i++) await page.keyboard.press("ArrowDown");
        assert.equal((await focused(page))?.value, "in_progress", "arrow keys choose a status");
        await keys.tabTo("the narrative", (f) => f.name === "narrative");
        await page.keyboard.type(NARRATIVE);
        const low = await keys.tabTo("the confidence", (f) => f.name === "confidence");
        assert.equal(low.value, "low", "Tab reaches the first confidence");
        await page.keyboard.press("ArrowDown");
        const medium = await focused(page);
        assert.ok(medium?.value === "medium" && medium.checked, "the arrow key moves to Medium and chooses it");
        const evidence = await keys.tabTo("the first evidence record", (f) => f.name === "evidence");
        await page.keyboard.press("Space");
        assert.ok((await focused(page))?.checked, `Space ticks ${evidence.describe}`);
        await keys.tabTo("Save draft", (f) => f.tag === "button" && f.formAction === editor);
        await keys.follow();

        assert.equal(where(page), `${editor}?done=saved`);
        const notice = page.locator("main [role=status]");
        assert.equal(await notice.count(), 1, "the confirmation is shown");
        t.diagnostic(`confirmation: ${(await notice.textContent())?.trim()}`);
        assert.equal(await page.locator("main [name=status]").inputValue(), "in_progress");
        assert.equal(await page.locator("main [name=narrative]").inputValue(), NARRATIVE);
        assert.ok(await page.locator(`main input[name=evidence][value="${evidence.value}"]`).isChecked());

        await keyboardContext.close();
        assert.deepEqual(keys.problems, []);
        assert.deepEqual(server.errors(), []);
        t.diagnostic(`${keys.stops} focus stops checked`);
      });
  });
}
