/**
 * What the report editor gives enhance.js for live word counts, through the
 * real app on every database: the lines stay the server's (complete without
 * JavaScript); under the editor they are a polite live region with the data
 * the script needs; enhance.js (run as served, in node:vm) turns that data and
 * the texts into exactly the lines the server writes, and its whole-report
 * count before a save is the server's count after it, in every language. A
 * reader without the right to edit gets no live data; a version page neither.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { runInNewContext } from "node:vm";
import { LOCALES, localisedPath } from "../../src/i18n/locales";
import type { WebDeps } from "../../src/web/deps";
import type { ScriptMessage } from "../../src/web/static/script-messages";
import { shadowRecords } from "../reports/shadow-fixtures";
import { type SignedInClient, signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";
import { formFields, withFields } from "../support/forms";

const NEW = "/orgs/cso-a/reports/new";

interface Enhance {
  countWords(text: string): number;
  reportWords(text: string): number;
  formatMessage(message: ScriptMessage, values: Record<string, number | null>, lang: string): string;
}
interface LiveData {
  base: number | null;
  limit: number | null;
  m: Record<string, ScriptMessage>;
}

const module = { exports: {} as Enhance };
runInNewContext(readFileSync("src/web/static/enhance.js", "utf8"), { module });
const enhance = module.exports;

const decode = (s: string) =>
  s.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
const lineOf = (html: string, part: string) => decode(new RegExp(`data-words="${part}"[^>]*>([^<]*)<`).exec(html)?.[1] ?? "");
const liveData = (html: string): LiveData | null => {
  const raw = /data-live-words="([^"]*)"/.exec(html)?.[1];
  return raw === undefined ? null : (JSON.parse(decode(raw)) as LiveData);
};

/** The lines as enhance.js writes them for these texts (the `update` of enhance.js, without a DOM). */
function scriptLines(data: LiveData, lang: string, summary: string, recommendations: string) {
  const { base, limit, m } = data;
  const f = (message: ScriptMessage | undefined, values: Record<string, number | null>) =>
    message ? enhance.formatMessage(message, values, lang) : "";
  const lines: Record<string, string> = {
    summary: f(m.summary, { count: enhance.countWords(summary) }),
    recommendations: f(m.recommendations, { count: enhance.countWords(recommendations) }),
  };
  if (base === null) return lines;
  const count = base + enhance.reportWords(summary) + enhance.reportWords(recommendations);
  const over = limit ? count - limit : 0;
  lines.whole = f(!limit ? m.wholeNoLimit : over > 0 ? m.wholeLimit : m.wholeLeft, { count, limit, left: (limit ?? 0) - count });
  if (over > 0) lines.over = f(m.overLimit, { count, over, limit });
  return lines;
}

function serverLines(html: string, withOver: boolean) {
  const lines: Record<string, string> = {};
  for (const part of ["summary", "recommendations", "whole", ...(withOver ? ["over"] : [])]) lines[part] = lineOf(html, part);
  return lines;
}

for (const database of testDatabases())
  describe(`live word counts: what the editor gives enhance.js, on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let contributor: SignedInClient;
    let viewer: SignedInClient;

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      await shadowRecords(deps.repos);
      contributor = await signedInAs(deps, { role: "contributor", orgSlug: "cso-a" });
      viewer = await signedInAs(deps, { role: "viewer", orgSlug: "cso-a" });
    });
    after(() => cleanup());

    const get = (who: SignedInClient, path: string) => app.request(path, { headers: who.headers() });
    async function submit(who: SignedInClient, page: string, action: string, changes: Record<string, string>) {
      const html = await (await get(who, page)).text();
      return app.request(action, { method: "POST", headers: who.headers(), body: withFields(formFields(html, action), changes) });
    }
    async function create(fields: Record<string, string>) {
      const res = await submit(contributor, NEW, NEW, { country: "KEN", cycle: "2025", ...fields });
      assert.equal(res.status, 303, await res.text());
      return res.headers.get("location")!.replace(/\?.*$/, "");
    }

    test("the editor's lines are a polite live region carrying the data; readers and version pages get none", async () => {
      const path = await create({ wordLimit: "100000" });
      const html = await (await get(contributor, path)).text();
      assert.match(html, /<ul aria-live="polite"><li data-words="summary">Executive summary: [\d,]+ words<\/li>/);
      const data = liveData(html);
      assert.ok(data && typeof data.base === "number" && data.base > 0, "the words outside the two parts");
      assert.equal(data.limit, 100000);
      assert.deepEqual(Object.keys(data.m).sort(), [
        "overLimit",
        "recommendations",
        "summary",
        "wholeLeft",
        "wholeLimit",
        "wholeNoLimit",
      ]);
      assert.match(html, /<p class="notice warning" role="status" data-words="over" hidden=""><\/p>/);
      for (const page of [await get(viewer, path), await get(contributor, `${path}/versions/1`)]) {
        const other = await page.text();
        assert.equal(page.status, 200);
        assert.equal(liveData(other), null);
        assert.doesNotMatch(other, /aria-live|data-words="over"/);
      }
    });

    test("in every language, the script's lines are the server's, and its whole count before a save is the server's after it", async () => {
      const path = await create({ wordLimit: "100000" });
      const texts = [
        ["Online abuse is under-reported — 2023.", "- Fund the helpline.\n- **Train** the police.\n\n1. Publish data"],
        ["Les États « agissent » ; l’ONU veille.\n\n* un\n* deux", "10) Financer\n11) Former la police"],
        ["العنف الرقمي ضد المرأة", "数字环境中针对妇女和女童的暴力行为 2023年"],
      ];
      for (const [i, [summary, recommendations]] of texts.entries()) {
        for (const locale of LOCALES) {
          const before = await (await get(contributor, localisedPath(path, locale))).text();
          const data = liveData(before)!;
          const form = Object.fromEntries(formFields(before, localisedPath(path, locale)));
          // As served: the script changes nothing.
          assert.deepEqual(
            scriptLines(data, locale, form.executiveSummary!, form.recommendations!),
            serverLines(before, false),
            `${locale}: as served`,
          );
          if (locale !== "en") continue;
          const predicted = scriptLines(data, locale, summary!, recommendations!);
          const saved = await submit(contributor, path, path, { executiveSummary: summary!, recommendations: recommendations! });
          assert.equal(saved.status, 303, await saved.text());
          const after = await (await get(contributor, path)).text();
          assert.deepEqual(serverLines(after, false), predicted, `text ${i}: the server's count after the save`);
        }
      }
    });

    test("over the limit: the script's alert is the server's", async () => {
      const path = await create({ wordLimit: "100" });
      const html = await (await get(contributor, path)).text();
      const data = liveData(html)!;
      assert.ok(data.base! > 100, "the generated report is over 100 words");
      const form = Object.fromEntries(formFields(html, path));
      const lines = scriptLines(data, "en", form.executiveSummary!, form.recommendations!);
      assert.match(lines.over!, /^The report has [\d,]+ words: [\d,]+ over the limit of 100\. Shorten it before filing\.$/);
      assert.deepEqual(lines, serverLines(html, true));
      assert.match(html, /<p class="notice warning" role="status" data-words="over">The report has/);
    });
  });
