/*
 * Blueprint's optional script; every page is complete without it. It adds
 * offline reading of visited public pages (the service worker sw.js), the
 * list and clearing of those pages on the offline page, and live word counts
 * in the report editor. Plain ES2017 plus Unicode property escapes; no build.
 */

(() => {
  // countWords of src/reports/shadow/text.ts (enhance.test.ts checks they agree): a word is a run of non-space
  // characters with a letter or digit; a run of Chinese or Japanese is split by Intl.Segmenter, where there is one.
  const WORD = /[\p{L}\p{N}]/u;
  const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  let seg;
  const countWords = (text) =>
    text.split(/\s+/).reduce((n, w) => {
      if (!WORD.test(w)) return n;
      if (!UNSPACED.test(w) || !Intl.Segmenter) return n + 1;
      seg = seg || new Intl.Segmenter("zh", { granularity: "word" });
      for (const s of seg.segment(w)) if (s.isWordLike) n++;
      return n;
    }, 0);
  // The report drops list markers at line starts (src/reports/shadow/editable.ts), so they are not counted there.
  const ITEM = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+/;
  const reportWords = (text) =>
    countWords(
      text
        .split(/\r\n?|\n/)
        .map((l) => l.replace(ITEM, ""))
        .join("\n"),
    );

  // A catalogue message as src/web/static/script-messages.ts hands it over, formatted as intl-messageformat does.
  const formatMessage = (parts, values, lang, n) =>
    parts
      .map((p) => {
        if (typeof p === "string") return p;
        const [name, kind, options, offset] = p;
        const v = values[name];
        if (name === "#" && !kind) return new Intl.NumberFormat(lang).format(n);
        if (kind === "n") return new Intl.NumberFormat(lang).format(v);
        if (kind === "s") return formatMessage(options[v] || options.other, values, lang, n);
        if (kind !== "p") return String(v);
        const x = v - offset;
        return formatMessage(options[`=${v}`] || options[new Intl.PluralRules(lang).select(x)] || options.other, values, lang, x);
      })
      .join("");

  if (typeof module === "object") module.exports = { countWords, reportWords, formatMessage };
  if (typeof document === "undefined") return;
  const doc = document;
  const lang = doc.documentElement.lang;
  const byId = (id) => doc.getElementById(id);

  // After the page has loaded, so that the worker's first downloads never slow the page down.
  if ("serviceWorker" in navigator) addEventListener("load", () => navigator.serviceWorker.register("/sw.js").catch(() => {}));

  // Live word counts: the server's lines, rewritten as the person types (at most every 600 ms, for screen readers).
  const live = doc.querySelector("[data-live-words]");
  const form = byId("edit");
  const areas = form ? ["executiveSummary", "recommendations"].map((n) => form.elements.namedItem(n)) : [];
  if (live && areas.length && areas.every(Boolean)) {
    const { base, limit, m } = JSON.parse(live.getAttribute("data-live-words"));
    const part = (name) => live.querySelector(`[data-words="${name}"]`);
    const show = (name, message, values) => {
      const el = part(name);
      const text = formatMessage(message, values, lang);
      if (el && el.textContent !== text) el.textContent = text;
    };
    let timer = 0;
    const update = () => {
      timer = 0;
      const [s, r] = areas.map((a) => a.value);
      show("summary", m.summary, { count: countWords(s) });
      show("recommendations", m.recommendations, { count: countWords(r) });
      if (base === null) return;
      const count = base + reportWords(s) + reportWords(r);
      const over = limit ? count - limit : 0;
      show("whole", !limit ? m.wholeNoLimit : over > 0 ? m.wholeLimit : m.wholeLeft, { count, limit, left: limit - count });
      const alert = part("over");
      if (over > 0) show("over", m.overLimit, { count, over, limit });
      if (alert) alert.hidden = over <= 0;
    };
    form.addEventListener("input", () => {
      timer = timer || setTimeout(update, 600);
    });
    update();
  }

  // The offline page: the pages this device keeps (newest first), and a button that clears them.
  const list = byId("saved-pages");
  const clear = byId("clear-saved");
  if (list && clear && "caches" in window) {
    const names = async () => (await caches.keys()).filter((n) => n.startsWith("blueprint-pages"));
    const render = async () => {
      const items = [];
      for (const name of await names()) {
        const cache = await caches.open(name);
        for (const req of await cache.keys()) {
          const h = (await cache.match(req)).headers;
          const [li, a] = [doc.createElement("li"), doc.createElement("a")];
          const l = h.get("X-Saved-Lang");
          a.href = req.url;
          a.textContent = decodeURIComponent(h.get("X-Saved-Title") || req.url);
          if (l && l !== lang) Object.assign(a, { lang: l, dir: "auto" });
          li.append(a);
          items.unshift(li);
        }
      }
      list.textContent = "";
      for (const li of items) list.append(li);
      list.hidden = !items.length;
      byId("saved-none").hidden = !!items.length;
    };
    clear.addEventListener("click", async () => {
      await Promise.all((await names()).map((n) => caches.delete(n)));
      await render();
      byId("saved-status").textContent = clear.getAttribute("data-done");
    });
    clear.hidden = false;
    // Served by the service worker in place of a page it did not keep: say so.
    if (location.pathname.replace(/^\/(?:fr|es|ar|ru|zh)(?=\/|$)/, "") !== "/offline") byId("not-kept").hidden = false;
    render();
  }
})();
