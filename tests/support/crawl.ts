/** Follows every internal link of the public pages, in process, and returns what it saw. */
import type { Hono } from "hono";
import type { AppEnv } from "../../src/web/env";

export interface Crawled {
  path: string;
  status: number;
  html: string;
}

export async function crawl(app: Hono<AppEnv>, start = "/", limit = 2000): Promise<Map<string, Crawled>> {
  const seen = new Map<string, Crawled>();
  const queue = [start];
  while (queue.length && seen.size < limit) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    const res = await app.request(path);
    const html = await res.text();
    seen.set(path, { path, status: res.status, html });
    if (!res.headers.get("content-type")?.includes("text/html")) continue;
    for (const m of html.matchAll(/href="(\/[^"#]*)/g)) {
      const href = (m[1] as string).replaceAll("&amp;", "&");
      if (href.startsWith("/api/") || href.startsWith("/static/")) continue;
      if (!seen.has(href)) queue.push(href);
    }
  }
  return seen;
}
