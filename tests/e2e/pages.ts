/**
 * What every browser test checks on every page, whatever it is doing: the
 * Content-Security-Policy of each document, and a console free of errors and
 * CSP violations (Chromium logs those as console errors, even with
 * JavaScript off).
 */
import assert from "node:assert/strict";
import type { Browser, BrowserContext, Page } from "playwright-core";

interface ConsoleError {
  page: string;
  text: string;
  /** The resource the message is about (for "Failed to load resource"). */
  url: string;
}

/**
 * "Failed to load resource" for a document is Chromium reporting a 4xx page
 * the test asked for and checks the status of itself (a used link, a wrong
 * password). /favicon.ico is fetched by the browser, not by any page: Blueprint
 * has none and answers 404 (reported, not a page error).
 */
function expected(error: ConsoleError, documents: Set<string>): boolean {
  if (!error.text.startsWith("Failed to load resource")) return false;
  return documents.has(error.url) || new URL(error.url, "http://x").pathname === "/favicon.ico";
}

export class PageWatch {
  private readonly consoleErrors: ConsoleError[] = [];
  private readonly documentUrls = new Set<string>();
  readonly problems: string[] = [];
  documents = 0;

  /** A new browser (context) with JavaScript off, its page watched. */
  async open(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    this.watch(page);
    return { context, page };
  }

  watch(page: Page): void {
    page.on("console", (message) => {
      if (message.type() === "error")
        this.consoleErrors.push({ page: page.url(), text: message.text(), url: message.location().url });
    });
    page.on("pageerror", (error) => this.problems.push(`page error on ${page.url()}: ${error.message}`));
    page.on("response", (response) => {
      if (response.request().resourceType() !== "document") return;
      this.documents++;
      this.documentUrls.add(response.url());
      const where = `${response.request().method()} ${response.url()} (${response.status()})`;
      const csp = response.headers()["content-security-policy"];
      if (!csp) this.problems.push(`no Content-Security-Policy on ${where}`);
      else if (csp.includes("'unsafe-inline'")) this.problems.push(`'unsafe-inline' in the Content-Security-Policy of ${where}`);
    });
  }

  assertClean(): void {
    assert.ok(this.documents > 0, "no page was loaded");
    const unexpected = this.consoleErrors
      .filter((e) => !expected(e, this.documentUrls))
      .map((e) => `console error on ${e.page}: ${e.text}${e.url ? ` (${e.url})` : ""}`);
    assert.deepEqual([...this.problems, ...unexpected], []);
  }
}

/** The text of the page's one h1. */
export async function heading(page: Page): Promise<string> {
  return ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").trim();
}

/** Clicks a submit button (or link) by its accessible name and waits for the next page to load. */
export async function press(page: Page, name: string, role: "button" | "link" = "button"): Promise<void> {
  await Promise.all([page.waitForEvent("load"), page.getByRole(role, { name, exact: true }).click()]);
}

/**
 * Asserts that the page is `path` (pathname plus query) with this h1; when it
 * is not, the message quotes what the page says instead (an error page, say).
 */
export async function assertAt(page: Page, path: string, h1: string): Promise<void> {
  const [now, title] = [where(page), await heading(page)];
  if (now === path && title === h1) return;
  const text = (await page.getByRole("main").allInnerTexts()).join(" ").replace(/\s+/g, " ").trim().slice(0, 300);
  assert.fail(`expected ${path} ("${h1}"), got ${now} ("${title}"): ${text}`);
}

/** Pathname plus query of the page's URL. */
export function where(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}
