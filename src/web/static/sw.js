/*
 * Blueprint's service worker: keeps the public pages a reader opened, so that
 * they can be read again without a connection. Served at /sw.js (its scope is
 * the whole site) by src/web/static/routes.ts; registered by enhance.js.
 *
 * What is kept is only what the server itself marks as shareable: a page is
 * stored when it is a 200 HTML answer whose Cache-Control says `public` and
 * neither `no-store` nor `private`. Everything a signed-in person sees is
 * `no-store` (src/web/middleware/security-headers.ts), so no workspace,
 * account page or confidential evidence is ever kept; the paths below are
 * never even looked at. See docs/SECURITY.md.
 */

const PAGES = "blueprint-pages-v1"; // visited pages; enhance.js lists and clears caches named blueprint-pages*
const SHELL = "blueprint-shell-v1"; // the offline page in each language read, and the hashed static files
const KEEP_PAGES = 50;
const KEEP_FILES = 12;
const REFRESH_OFFLINE_MS = 7 * 24 * 3600 * 1000;
const LANG = /^\/(fr|es|ar|ru|zh)(?=\/|$)/;
/** Never intercepted, in any language: the API, personal areas, sign-in, downloads, this worker. */
const NEVER =
  /^\/(?:api|orgs|account|admin|translate|auth|sign-in|sign-out|setup|set-password|healthz|sw\.js)(?:\/|$)|^\/data\/./;
/** Answered offline but never kept: a search says what someone looked for; the offline page is kept apart. */
const NOT_KEPT = /^\/(?:search|offline)(?:\/|$)/;

/** A kept copy answers whatever the request's headers (pages vary only by encoding, which is undone here). */
const ANY = { ignoreVary: true };
const langOf = (path) => (LANG.exec(path) || [])[1] || "";
const offlinePath = (lang) => `${lang ? `/${lang}` : ""}/offline`;

/** The server's own rule for what anyone may keep. */
function shareable(res, type) {
  const cc = (res.headers.get("Cache-Control") || "").toLowerCase();
  return (
    res.status === 200 &&
    res.type === "basic" &&
    /\bpublic\b/.test(cc) &&
    !/\b(?:no-store|private)\b/.test(cc) &&
    (res.headers.get("Content-Type") || "").startsWith(type)
  );
}

/** Drops the oldest entries (a cache lists its entries in the order they were put). */
async function trim(cache, keep, filter = () => true) {
  const keys = (await cache.keys()).filter(filter);
  await Promise.all(keys.slice(0, Math.max(0, keys.length - keep)).map((k) => cache.delete(k)));
}

const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
const htmlText = (s) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);

/** Stores a page with its title and language for the list on the offline page; it becomes the most recent. */
async function savePage(url, res) {
  const html = await res.text();
  const headers = new Headers(res.headers);
  // The body is stored decoded: the original encoding and length no longer describe it.
  headers.delete("Content-Encoding");
  headers.delete("Content-Length");
  headers.set("X-Saved-Title", encodeURIComponent(htmlText((/<title>([^<]*)<\/title>/.exec(html) || [])[1] || url)));
  headers.set("X-Saved-Lang", (/<html lang="([\w-]+)"/.exec(html) || [])[1] || "");
  const cache = await caches.open(PAGES);
  await cache.delete(url);
  await cache.put(url, new Response(html, { status: 200, headers }));
  await trim(cache, KEEP_PAGES);
}

/** Hashed static files never change under their URL: the cache answers first. */
async function cacheFirst(request) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(request, ANY);
  if (hit) return hit;
  const res = await fetch(request);
  if (shareable(res, "text/")) {
    await cache.put(request, res.clone());
    await trim(cache, KEEP_FILES, (k) => new URL(k.url).pathname.startsWith("/static/"));
  }
  return res;
}

/**
 * The offline page in a language, with the static files it uses. Asked for
 * without cookies, so that it is the page anyone gets, whoever is signed in.
 */
async function keepOfflinePage(lang) {
  const cache = await caches.open(SHELL);
  const path = offlinePath(lang);
  const had = await cache.match(path, ANY);
  if (had && Date.now() - Number(had.headers.get("X-Saved-At")) < REFRESH_OFFLINE_MS) return;
  const res = await fetch(path, { credentials: "omit" });
  if (!shareable(res, "text/html")) return;
  const html = await res.text();
  const headers = new Headers(res.headers);
  headers.delete("Content-Encoding");
  headers.delete("Content-Length");
  headers.set("X-Saved-At", String(Date.now()));
  await cache.put(path, new Response(html, { status: 200, headers }));
  const files = /(?:href|src)="(\/static\/[^"]+)"/g;
  for (let m = files.exec(html); m; m = files.exec(html)) await cacheFirst(new Request(m[1]));
}

/** Without a connection: the page as last seen, else the offline page in the page's language (else in any). */
async function offline(request) {
  const page = await (await caches.open(PAGES)).match(request.url, ANY);
  if (page) return page;
  const shell = await caches.open(SHELL);
  const lang = langOf(new URL(request.url).pathname);
  for (const l of [lang, "", "fr", "es", "ar", "ru", "zh"]) {
    const res = await shell.match(offlinePath(l), ANY);
    if (res) return res;
  }
  return new Response("Offline", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

async function networkFirst(event) {
  const { request } = event;
  let res;
  try {
    res = await fetch(request);
  } catch (_offline) {
    return offline(request);
  }
  const path = new URL(request.url).pathname;
  if (shareable(res, "text/html") && !NOT_KEPT.test(path.replace(LANG, "") || "/"))
    event.waitUntil(savePage(request.url, res.clone()));
  event.waitUntil(keepOfflinePage(langOf(path)).catch(() => {}));
  return res;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      // The page that registered this worker loaded before it ran: keep it and its language's offline page now.
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const langs = new Set();
      for (const w of windows) {
        const url = new URL(w.url);
        if (url.origin !== location.origin) continue;
        langs.add(langOf(url.pathname));
        const path = url.pathname.replace(LANG, "") || "/";
        if (NEVER.test(path) || NOT_KEPT.test(path)) continue;
        const res = await fetch(w.url).catch(() => null);
        if (res && shareable(res, "text/html")) await savePage(w.url, res);
      }
      if (!langs.size) langs.add("");
      await Promise.all([...langs].map((l) => keepOfflinePage(l).catch(() => {})));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith("blueprint-") && n !== PAGES && n !== SHELL).map((n) => caches.delete(n)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== location.origin) return;
  if (url.pathname.startsWith("/static/")) return event.respondWith(cacheFirst(request));
  if (request.mode !== "navigate" || NEVER.test(url.pathname.replace(LANG, "") || "/")) return;
  event.respondWith(networkFirst(event));
});
