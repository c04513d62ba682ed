/**
 * npm run bench:pages — every public page type loaded in Chromium as a reader
 * on a slow connection and an old phone would: the real server (a child
 * process, fresh SQLite database, demonstration data), the network throttled
 * through the DevTools protocol to 400 kbit/s down and up with 400 ms of
 * latency, the CPU slowed 4×. Each page is loaded first in a fresh browser
 * context (cold cache), then again in the same context (warm cache). Prints
 * per page the bytes transferred (encodedDataLength of every response), first
 * contentful paint and largest contentful paint, and flags pages whose LCP
 * misses the 2.5 s goal. Every page is requested once before, unthrottled, so
 * that the server's first-use work is not counted. LOCALES=en,ar (default)
 * chooses the languages.
 * Needs Debian's chromium (BLUEPRINT_CHROMIUM for another executable).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { inLocale, publicPageTypes } from "../tests/a11y/page-types";
import { e2eDatabases, startServer } from "../tests/e2e/server";
import { browserAvailable, CHROMIUM_MISSING, launchBrowser } from "../tests/support/browser";

const GOAL_LCP_MS = 2500;
const KBIT = 400;
const LATENCY_MS = 400;
const CPU_SLOWDOWN = 4;
const LOCALES = (process.env.LOCALES ?? "en,ar").split(",").map((l) => l.trim());

interface Load {
  bytes: number;
  fcp: number;
  lcp: number;
}

/**
 * Paint timings from the page's own buffered performance entries. A string:
 * tsx would name functions with a helper the page does not have.
 */
const PAINTS = `new Promise((resolve) => {
  const out = { fcp: NaN, lcp: NaN };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") out.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((list) => {
    const all = list.getEntries();
    out.lcp = all[all.length - 1].startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  setTimeout(() => resolve(out), 100);
})`;

/** Throttles a page: network through CDP, CPU 4× slower. Returns a counter of bytes received. */
async function throttle(context: BrowserContext, page: Page): Promise<{ take(): number }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: LATENCY_MS,
    downloadThroughput: (KBIT * 1000) / 8,
    uploadThroughput: (KBIT * 1000) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  let bytes = 0;
  cdp.on("Network.loadingFinished", (e) => {
    bytes += e.encodedDataLength;
  });
  return {
    take() {
      const b = bytes;
      bytes = 0;
      return b;
    },
  };
}

async function load(page: Page, url: string, counter: { take(): number }, ready?: string): Promise<Load> {
  counter.take();
  const res = await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  if (!res || res.status() >= 400) throw new Error(`${url} answered ${res?.status()}`);
  if (ready) await page.locator(ready).first().waitFor({ timeout: 120_000 });
  const paints = (await page.evaluate(PAINTS)) as { fcp: number; lcp: number };
  return { bytes: counter.take(), ...paints };
}

async function measure(browser: Browser, origin: string, url: string, ready?: string) {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 412, height: 915 }, locale: "en-GB" });
  try {
    const page = await context.newPage();
    const counter = await throttle(context, page);
    const cold = await load(page, url, counter, ready);
    const warm = await load(page, url, counter, ready);
    return { cold, warm };
  } finally {
    await context.close();
  }
}

const ms = (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : "–");
const kb = (n: number) => (n / 1024).toFixed(1);

if (!browserAvailable()) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}
const database = e2eDatabases().find((d) => d.name === "sqlite")!;
const server = await startServer(database);
const browser = await launchBrowser();
try {
  const html = await (await fetch(`${server.origin}/countries/AUS`, { headers: { Accept: "text/html" } })).text();
  const assessment = /href="(\/assessments\/[^"]+)"/.exec(html)?.[1] ?? "/assessments/demonstration-1";
  // Every public page type that a link opens (forms' answers and the error page left out).
  const types = publicPageTypes(assessment).filter((p) => p.path && !p.status);
  const pages = [
    ...types.map((p) => ({ name: p.name, path: p.path!, englishOnly: false, ready: undefined as string | undefined })),
  ];
  pages.push({ name: "API docs (Swagger UI)", path: "/api/docs", englishOnly: true, ready: "#swagger-ui .opblock" });
  // PAGES=developers,methodology measures only the page types whose name or path holds one of these.
  const only = process.env.PAGES?.split(",").map((s) => s.trim());
  if (only) pages.splice(0, pages.length, ...pages.filter((p) => only.some((o) => p.name.includes(o) || p.path.includes(o))));

  // Each page once over plain HTTP first, so that what the server computes on first use (the open-data
  // file sizes) is not counted: the bench measures the reader's connection and phone, not a server start.
  for (const locale of LOCALES)
    for (const p of pages)
      await fetch(server.origin + inLocale(p.path, locale === "en" ? "" : `/${locale}`), { headers: { Accept: "text/html" } });

  console.log(
    `Chromium, ${KBIT} kbit/s down and up, ${LATENCY_MS} ms latency, CPU ${CPU_SLOWDOWN}× slower, 412×915 viewport; ` +
      `cold = fresh context, warm = second load in it. Goal: LCP ≤ ${GOAL_LCP_MS} ms.`,
  );
  const head = ["page", "path", "cold KB", "cold FCP ms", "cold LCP ms", "warm KB", "warm FCP ms", "warm LCP ms", "LCP goal"];
  console.log(`| ${head.join(" | ")} |`);
  console.log(`|${head.map(() => "---").join("|")}|`);
  const over: string[] = [];
  for (const locale of LOCALES) {
    const prefix = locale === "en" ? "" : `/${locale}`;
    for (const p of pages) {
      if (p.englishOnly && prefix) continue;
      const path = inLocale(p.path, prefix);
      const { cold, warm } = await measure(browser, server.origin, path, p.ready);
      const late = !(cold.lcp <= GOAL_LCP_MS) || !(warm.lcp <= GOAL_LCP_MS);
      if (late) over.push(`${path} (cold ${ms(cold.lcp)} ms, warm ${ms(warm.lcp)} ms)`);
      const row = [p.name, path, kb(cold.bytes), ms(cold.fcp), ms(cold.lcp), kb(warm.bytes), ms(warm.fcp), ms(warm.lcp)];
      console.log(`| ${[...row, late ? "**over**" : "met"].join(" | ")} |`);
    }
  }
  console.log(
    over.length
      ? `\n${over.length} page(s) over the ${GOAL_LCP_MS} ms LCP goal: ${over.join("; ")}`
      : `\nEvery page is within the ${GOAL_LCP_MS} ms LCP goal.`,
  );
} finally {
  await browser.close();
  await server.stop();
}
