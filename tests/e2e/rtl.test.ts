/**
 * An Arabic page is laid out right to left in a real browser: the header starts
 * at the right, headings and paragraphs start at the right edge of the content,
 * and the English page is the mirror image. A screenshot of each is written to
 * tmp/ for people to look at.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { after, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { browserTestOptions, launchBrowser } from "../support/browser";
import { e2eDatabases, type RunningServer, startServer } from "./server";

const skip = browserTestOptions();
const database = e2eDatabases().find((d) => d.name === "sqlite");

/**
 * Where things are on the page, in CSS pixels. The script is a string: tsx
 * would wrap named functions in a helper that does not exist in the page.
 */
async function layout(page: Page) {
  const box = async (selector: string) => {
    const b = await page.locator(selector).first().boundingBox();
    if (!b) throw new Error(`${selector} is not on the page`);
    return { left: b.x, right: b.x + b.width, width: b.width };
  };
  const heading = (await page.evaluate(`(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector("main h1"));
    const r = range.getClientRects()[0];
    return { left: r.left, right: r.right };
  })()`)) as { left: number; right: number };
  return {
    direction: await page.evaluate("getComputedStyle(document.body).direction"),
    brand: await box("header.site .brand"),
    search: await box("header.site .site-search"),
    main: await box("main"),
    heading,
  };
}

describe("Arabic right to left, in a browser", {
  skip: skip.skip ?? (database ? undefined : "no SQLite in TEST_DATABASES"),
}, () => {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test("the Arabic framework page mirrors the English one", { timeout: 120_000 }, async () => {
    if (!database) return;
    browser = await launchBrowser();
    server = await startServer(database);
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    mkdirSync("tmp", { recursive: true });

    await page.goto(`${server.origin}/framework`);
    const en = await layout(page);
    await page.screenshot({ path: "tmp/e2e-framework-en.png" });
    assert.equal(en.direction, "ltr");
    assert.ok(en.brand.left < en.search.left, "English: the brand is left of the search box");
    assert.ok(en.heading.left - en.main.left < 40, "English: the heading starts at the left of the content");

    const res = await page.goto(`${server.origin}/ar/framework`);
    assert.equal(res?.status(), 200);
    const ar = await layout(page);
    await page.screenshot({ path: "tmp/e2e-framework-ar.png" });
    assert.equal(ar.direction, "rtl");
    assert.equal(await page.getAttribute("html", "lang"), "ar");
    assert.ok(ar.brand.left > ar.search.left, `Arabic: the brand is right of the search box (${JSON.stringify(ar)})`);
    assert.ok(
      ar.main.right - ar.heading.right < 40,
      `Arabic: the heading starts at the right of the content (${JSON.stringify(ar)})`,
    );
    assert.ok(
      ar.heading.left - ar.main.left > 40 || ar.heading.right - ar.heading.left > ar.main.width - 80,
      "the heading does not sit at the left",
    );
  });
});
