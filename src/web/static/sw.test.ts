/**
 * The service worker's rules, without a browser: sw.js as served, run in
 * node:vm over an in-memory Cache Storage and a fake network. What it keeps
 * (public 200 HTML pages only), what it never touches, what it answers
 * offline, how many pages it keeps, and which caches it deletes.
 * tests/e2e/offline.test.ts checks the same worker in Chromium.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { beforeEach, describe, test } from "node:test";
import { runInNewContext } from "node:vm";

const ORIGIN = "https://blueprint.example";
const abs = (u: string) => new URL(u, ORIGIN).href;
const urlOf = (r: string | { url: string }) => abs(typeof r === "string" ? r : r.url);

/** Cache Storage in memory: entries in the order they were put, as browsers keep them. */
class MemoryCache {
  readonly entries = new Map<string, Response>();
  async match(r: string | { url: string }) {
    return this.entries.get(urlOf(r))?.clone();
  }
  async put(r: string | { url: string }, res: Response) {
    this.entries.delete(urlOf(r));
    this.entries.set(urlOf(r), res);
  }
  async delete(r: string | { url: string }) {
    return this.entries.delete(urlOf(r));
  }
  async keys() {
    return [...this.entries.keys()].map((url) => ({ url }));
  }
}

class MemoryCaches {
  readonly all = new Map<string, MemoryCache>();
  async open(name: string) {
    if (!this.all.has(name)) this.all.set(name, new MemoryCache());
    return this.all.get(name)!;
  }
  async keys() {
    return [...this.all.keys()];
  }
  async delete(name: string) {
    return this.all.delete(name);
  }
}

type Handler = (event: unknown) => void;

/** A page the fake server answers: HTML with a title, and the given Cache-Control. */
const page = (title: string, cacheControl: string, lang = "en", status = 200) => {
  const res = new Response(
    `<!doctype html><html lang="${lang}"><head><title>${title}</title><link rel="stylesheet" href="/static/app.abc.css"/></head></html>`,
    { status, headers: { "Content-Type": "text/html; charset=UTF-8", "Cache-Control": cacheControl } },
  );
  Object.defineProperty(res, "type", { value: "basic" });
  return res;
};

function worker() {
  const handlers = new Map<string, Handler>();
  const caches = new MemoryCaches();
  const served: string[] = [];
  let online = true;
  let answer: (url: string) => Response = (url) => page(url, "public, max-age=60");
  const fetch = async (r: string | { url: string }) => {
    const url = urlOf(r);
    served.push(new URL(url).pathname);
    if (!online) throw new TypeError("Failed to fetch");
    return answer(url);
  };
  const clients = { matchAll: async () => windows.map((url) => ({ url: abs(url) })), claim: async () => {} };
  const windows: string[] = [];
  const self = { addEventListener: (type: string, h: Handler) => handlers.set(type, h), clients, skipWaiting: async () => {} };
  const RelativeRequest = class extends Request {
    constructor(input: string, init?: RequestInit) {
      super(abs(input), init);
    }
  };
  const source = readFileSync(new URL("./sw.js", import.meta.url), "utf8");
  runInNewContext(source, {
    self,
    caches,
    fetch,
    location: new URL(ORIGIN),
    Request: RelativeRequest,
    Response,
    Headers,
    URL,
  });

  /** Dispatches an event; resolves when everything it waits for is done, with what it answered (if it did). */
  async function dispatch(type: string, request?: { url: string; method?: string; mode?: string }) {
    const pending: Promise<unknown>[] = [];
    let answered: Promise<Response> | undefined;
    handlers.get(type)!({
      request: request && { method: "GET", mode: "navigate", ...request, url: abs(request.url) },
      waitUntil: (p: Promise<unknown>) => pending.push(p),
      respondWith: (p: Promise<Response>) => {
        answered = p;
      },
    });
    const res = await answered;
    // waitUntil may be called while the answer is prepared: settle until no new work appears.
    for (let seen = -1; seen !== pending.length; ) {
      seen = pending.length;
      await Promise.all(pending);
    }
    return res;
  }
  const kept = async (name = "blueprint-pages-v1") =>
    [...((await caches.open(name)) as MemoryCache).entries.keys()].map((u) => new URL(u).pathname);
  return {
    dispatch,
    kept,
    caches,
    served,
    windows,
    setOnline: (v: boolean) => {
      online = v;
    },
    answer: (f: (url: string) => Response) => {
      answer = f;
    },
  };
}

describe("the service worker (sw.js)", () => {
  let w: ReturnType<typeof worker>;
  beforeEach(() => {
    w = worker();
  });

  test("keeps a public page with its title and language; never a no-store, private, error or non-HTML answer", async () => {
    const rules: Record<string, () => Response> = {
      "/framework": () => page("Framework &amp; more · Blueprint", "public, max-age=60"),
      "/ar/countries": () => page("البلدان · Blueprint", "public, max-age=60", "ar"),
      "/countries/KEN": () => page("Kenya", "no-store"),
      "/fr/framework": () => page("Cadre", "private, no-cache", "fr"),
      "/nope": () => page("Not found", "public, max-age=60", "en", 404),
      "/countries": () => page("Countries", "max-age=60"),
      "/data": () => {
        const r = new Response("{}", { headers: { "Content-Type": "application/json", "Cache-Control": "public" } });
        Object.defineProperty(r, "type", { value: "basic" });
        return r;
      },
    };
    w.answer((url) => rules[new URL(url).pathname]!());
    for (const path of Object.keys(rules)) assert.ok(await w.dispatch("fetch", { url: path }), `${path} is answered`);
    assert.deepEqual(await w.kept(), ["/framework", "/ar/countries"]);
    const pages = (await w.caches.open("blueprint-pages-v1")) as MemoryCache;
    const framework = pages.entries.get(abs("/framework"))!;
    assert.equal(decodeURIComponent(framework.headers.get("X-Saved-Title")!), "Framework & more · Blueprint");
    assert.equal(pages.entries.get(abs("/ar/countries"))!.headers.get("X-Saved-Lang"), "ar");
  });

  test("never touches the API, personal areas, sign-in, downloads or anything but a GET navigation", async () => {
    for (const url of [
      "/api/v1/countries",
      "/orgs/a/workspace",
      "/fr/orgs/a/reports/1",
      "/account",
      "/ar/admin",
      "/translate",
      "/auth/x",
      "/sign-in?next=/account",
      "/setup?token=x",
      "/set-password?token=x",
      "/data/evidence.csv",
      "/sw.js",
    ])
      assert.equal(await w.dispatch("fetch", { url }), undefined, url);
    assert.equal(await w.dispatch("fetch", { url: "/framework", method: "POST" }), undefined, "POST");
    assert.equal(await w.dispatch("fetch", { url: "/framework", mode: "cors" }), undefined, "not a navigation");
    assert.equal(await w.dispatch("fetch", { url: "https://elsewhere.example/framework" }), undefined, "another site");
    assert.deepEqual(w.served, [], "not even fetched");
    assert.deepEqual(await w.kept(), []);
  });

  test("searches and the offline page are answered but not kept among the pages", async () => {
    await w.dispatch("fetch", { url: "/search?q=stalking" });
    await w.dispatch("fetch", { url: "/fr/offline" });
    assert.deepEqual(await w.kept(), []);
  });

  test("offline: the kept page; else the offline page of the page's language, else English; else a plain 503", async () => {
    w.setOnline(false);
    const none = await w.dispatch("fetch", { url: "/framework" });
    assert.equal(none?.status, 503);
    w.setOnline(true);
    await w.dispatch("fetch", { url: "/framework" });
    await w.dispatch("fetch", { url: "/fr/countries" });
    assert.deepEqual(await w.kept("blueprint-shell-v1"), ["/offline", "/static/app.abc.css", "/fr/offline"]);
    w.setOnline(false);
    const titleOf = async (url: string) =>
      /<title>([^<]*)<\/title>/.exec(await (await w.dispatch("fetch", { url }))!.text())?.[1];
    assert.equal(await titleOf("/framework"), abs("/framework"), "the kept page");
    assert.equal(await titleOf("/fr/commitments"), abs("/fr/offline"), "the French offline page");
    assert.equal(await titleOf("/ru/commitments"), abs("/offline"), "no Russian one kept: the English one");
  });

  test("keeps the 50 most recent pages; a page read again becomes the most recent", async () => {
    for (let i = 0; i < 55; i++) await w.dispatch("fetch", { url: `/countries/C${i}` });
    await w.dispatch("fetch", { url: "/countries/C5" });
    const kept = await w.kept();
    assert.equal(kept.length, 50);
    assert.equal(kept.at(-1), "/countries/C5");
    assert.ok(!kept.includes("/countries/C4") && kept.includes("/countries/C6"));
  });

  test("installing keeps the page that registered the worker and its language's offline page; activating drops old caches", async () => {
    w.windows.push("/es/framework", "/orgs/a/workspace");
    await w.dispatch("install");
    assert.deepEqual(await w.kept(), ["/es/framework"]);
    // Each window's language: the workspace window is English, so the English offline page too.
    assert.deepEqual((await w.kept("blueprint-shell-v1")).sort(), ["/es/offline", "/offline", "/static/app.abc.css"]);
    assert.ok(!w.served.includes("/orgs/a/workspace"), "a personal page is not asked for again");
    await w.caches.open("blueprint-pages-v0");
    await w.caches.open("someone-else");
    await w.dispatch("activate");
    assert.deepEqual((await w.caches.keys()).sort(), ["blueprint-pages-v1", "blueprint-shell-v1", "someone-else"]);
  });
});
