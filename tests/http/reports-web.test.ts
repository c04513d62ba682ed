/**
 * The report screens through the real app, on every database, with real
 * people: creating a draft, editing it (versions, the word count after each
 * save), a conflict that gives the text back and overwrites nothing, every
 * version's downloads in each format, the word-limit warning before export,
 * who may read and write (viewers read; other organisations get 404), public
 * and internal evidence in the files, reports in every report language, and a
 * server that answers while a report is generated in a worker.
 */
import assert from "node:assert/strict";
import { once } from "node:events";
import { get as httpGet } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { serve } from "@hono/node-server";
import { strFromU8, unzipSync } from "fflate";
import { translate } from "../../src/i18n/translate";
import { REPORT_LANGUAGES, sharedRenderPool, sofficePath } from "../../src/reports/shadow";
import type { WebDeps } from "../../src/web/deps";
import { fullCountryRecords, INTERNAL, internalRecords, SECRET, shadowRecords } from "../reports/shadow-fixtures";
import { type SignedInClient, signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";
import { formFields, withFields } from "../support/forms";

const LIST = "/orgs/cso-a/reports";

/** GET /healthz on a connection of its own (fetch could queue it behind the download on a shared one). */
function healthz(base: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpGet(`${base}/healthz`, { agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
  });
}
const NEW = `${LIST}/new`;

for (const database of testDatabases())
  describe(`report screens on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    const people: Record<string, SignedInClient> = {};

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      await shadowRecords(deps.repos);
      await internalRecords(deps.repos);
      await fullCountryRecords(deps.repos);
      for (const [name, role, org] of [
        ["viewer", "viewer", "cso-a"],
        ["contributor", "contributor", "cso-a"],
        ["contributor2", "contributor", "cso-a"],
        ["reviewer", "reviewer", "cso-a"],
        ["outsider", "admin", "cso-b"],
        ["full", "contributor", "cso-full"],
      ] as const)
        people[name] = await signedInAs(deps, { role, orgSlug: org });
      people.superadmin = await signedInAs(deps, { superadmin: true });
    });
    after(() => cleanup());

    const get = (who: SignedInClient | null, path: string) => app.request(path, who ? { headers: who.headers() } : {});
    const post = (who: SignedInClient, path: string, body: URLSearchParams) =>
      app.request(path, { method: "POST", headers: who.headers(), body });
    /** Fills and sends a page's form as a browser would. */
    async function submit(who: SignedInClient, page: string, action: string, changes: Record<string, string>) {
      const html = await (await get(who, page)).text();
      return post(who, action, withFields(formFields(html, action), changes));
    }
    async function create(who: SignedInClient, fields: Record<string, string>) {
      const res = await submit(who, NEW, NEW, { country: "KEN", cycle: "2025", ...fields });
      assert.equal(res.status, 303, await res.text());
      const path = res.headers.get("location")!.replace(/\?.*$/, "");
      assert.match(path, /^\/orgs\/cso-a\/reports\/[\w-]+$/);
      return path;
    }
    const download = (who: SignedInClient, path: string, n: number, format: string, confirm = false) =>
      get(who, `${path}/versions/${n}/download/${format}${confirm ? "?confirm=1" : ""}`);
    const docxText = async (res: Response) =>
      Object.values(unzipSync(new Uint8Array(await res.arrayBuffer())))
        .map((b) => strFromU8(b))
        .join("\n");

    test("a contributor creates a draft; version 1 holds the generated texts and the word count and limit are shown", async () => {
      const form = await (await get(people.contributor!, NEW)).text();
      assert.match(form, /<form method="post" action="\/orgs\/cso-a\/reports\/new">/);
      assert.match(form, /name="_csrf"/);
      for (const name of ["country", "cycle", "template", "lang", "audience", "coalition", "wordLimit", "title"])
        assert.match(form, new RegExp(`name="${name}"`));
      const path = await create(people.contributor!, { template: "upr", coalition: "cso-b" });
      const page = await (await get(people.contributor!, `${path}?created=1`)).text();
      assert.match(page, /Version 1 holds the generated executive summary/);
      assert.match(page, /<textarea id="executiveSummary" name="executiveSummary"[^>]*>This report assesses how Kenya/);
      assert.match(
        page,
        /Whole report \(every section but the cover and the annex, with the notes\): [\d,]+ words, limit 5,630 \([\d,]+ words left\)/,
      );
      assert.match(page, /name="version" value="1"/);
      assert.match(await (await get(people.viewer!, LIST)).text(), /UPR stakeholder submission: Kenya, 2025/);
    });

    test("bad settings: a clear message for each, and nothing is created", async () => {
      const before = await deps.repos.reportDrafts.listForOrganisation((await deps.accounts.organisationBySlug("cso-a")).id);
      const res = await submit(people.contributor!, NEW, NEW, { country: "FRA", cycle: "2025", wordLimit: "lots" });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /There is a problem/);
      assert.match(html, /href="#wordLimit">Give the word limit as a whole number/);
      const none = await submit(people.contributor!, NEW, NEW, { country: "FRA", cycle: "2025" });
      assert.equal(none.status, 400);
      assert.match(await none.text(), /href="#country">Nothing is published for this country in this cycle yet\./);
      const arabic = await submit(people.contributor!, `/ar${NEW}`, `/ar${NEW}`, { country: "FRA", cycle: "2025" });
      assert.equal(arabic.status, 400);
      assert.ok((await arabic.text()).includes(translate("ar", "reports.problem.noPublications")), "said in Arabic");
      const after = await deps.repos.reportDrafts.listForOrganisation((await deps.accounts.organisationBySlug("cso-a")).id);
      assert.equal(after.length, before.length);
    });

    test("editing saves a new version each time; the count follows; every version stays readable", async () => {
      const path = await create(people.contributor!, {});
      const saved = await submit(people.contributor!, path, path, {
        executiveSummary: "Kenya has moved on online abuse, slowly.",
        recommendations: "- Fund the helpline.\n- Train the police.",
        note: "our own words",
      });
      assert.equal(saved.status, 303);
      assert.equal(saved.headers.get("location"), `${path}?saved=2`);
      const page = await (await get(people.contributor!, `${path}?saved=2`)).text();
      assert.match(page, /Saved as version 2\./);
      assert.match(page, /Executive summary: 7 words/);
      assert.match(page, /Recommendations: 6 words/);
      assert.match(page, /<a href="[^"]+\/versions\/1">Version 1<\/a>/);
      assert.match(page, /our own words/);
      const v1 = await (await get(people.viewer!, `${path}/versions/1`)).text();
      assert.match(v1, /This is an earlier version/);
      assert.match(v1, /This report assesses how Kenya/);
      assert.equal((await get(people.viewer!, `${path}/versions/9`)).status, 404);
      assert.equal((await get(people.viewer!, `${path}/versions/x`)).status, 404);
    });

    test("a conflict: the stale save shows the other version and gives the text back; nothing is overwritten", async () => {
      const path = await create(people.contributor!, {});
      const stalePage = await (await get(people.contributor2!, path)).text();
      const first = await submit(people.contributor!, path, path, {
        executiveSummary: "Theirs, saved first.",
        recommendations: "- A.",
      });
      assert.equal(first.status, 303);
      const mine = "Mine, written meanwhile <b>with care</b>.";
      const stale = await post(people.contributor2!, path, withFields(formFields(stalePage, path), { executiveSummary: mine }));
      assert.equal(stale.status, 409);
      const html = await stale.text();
      assert.match(html, /Someone saved a newer version/);
      assert.match(html, /Your text was not saved and nothing was overwritten/);
      assert.match(html, /Theirs, saved first\./);
      assert.match(
        html,
        /<textarea id="executiveSummary" name="executiveSummary"[^>]*>Mine, written meanwhile &lt;b&gt;with care&lt;\/b&gt;\./,
      );
      assert.match(html, /name="version" value="2"/);
      const draftId = path.split("/").pop()!;
      const stored = await deps.repos.reportDrafts.get(draftId);
      assert.equal(stored?.currentVersion, 2);
      assert.equal((await deps.repos.reportDrafts.getVersion(draftId, 2))?.executiveSummary, "Theirs, saved first.");
      const resolved = await post(people.contributor2!, path, withFields(formFields(html, path), {}));
      assert.equal(resolved.status, 303);
      assert.equal((await deps.repos.reportDrafts.getVersion(draftId, 3))?.executiveSummary, mine);
    });

    test("downloads of any version in HTML, DOCX and PDF carry that version's text", async () => {
      const path = await create(people.contributor!, {});
      await submit(people.contributor!, path, path, { executiveSummary: "Version two summary.", recommendations: "- Do it." });
      const html = await download(people.viewer!, path, 2, "html");
      assert.equal(html.status, 200);
      assert.equal(html.headers.get("content-type"), "text/html; charset=utf-8");
      assert.match(
        html.headers.get("content-disposition") ?? "",
        /^attachment; filename="shadow-report-KEN-2025-general-v2\.html"$/,
      );
      assert.match(html.headers.get("content-security-policy") ?? "", /default-src 'none'; style-src 'unsafe-inline'.*sandbox/);
      const body = await html.text();
      assert.match(body, /Version two summary\./);
      assert.doesNotMatch(body, /Of 61 items/);
      const docx = await download(people.viewer!, path, 1, "docx");
      assert.equal(docx.headers.get("content-type"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      assert.match(await docxText(docx), /Of 61 items, 4 were assessed/);
      const pdf = await download(people.viewer!, path, 2, "pdf");
      if (sofficePath()) {
        assert.equal(pdf.status, 200);
        assert.equal(pdf.headers.get("content-type"), "application/pdf");
        assert.equal(
          Buffer.from(await pdf.arrayBuffer())
            .subarray(0, 5)
            .toString(),
          "%PDF-",
        );
      } else {
        assert.equal(pdf.status, 503);
        assert.match(await pdf.text(), /PDF needs LibreOffice on this server/);
      }
      assert.equal((await download(people.viewer!, path, 2, "odt")).status, 404);
    });

    test("every report language is offered by name; a draft in Chinese or Russian is generated and downloaded in it", async () => {
      const form = await (await get(people.contributor!, NEW)).text();
      for (const lang of REPORT_LANGUAGES) assert.match(form, new RegExp(`<option value="${lang}"[^>]*>[^<]+</option>`));
      assert.match(form, /<option value="zh"[^>]*>Chinese \(中文\)<\/option>/);
      const cases = [
        ["zh", "在61个项目中，已评估4个：", "内容提要"],
        ["ru", "Из 61 пункта оценены 4:", "Резюме"],
      ] as const;
      for (const [lang, summary, heading] of cases) {
        const path = await create(people.contributor!, { lang });
        const page = await (await get(people.contributor!, path)).text();
        assert.ok(page.includes(summary), `${lang}: the generated executive summary is in ${lang}`);
        const file = await (await download(people.viewer!, path, 1, "html")).text();
        assert.match(file, new RegExp(`^<!doctype html>\n<html lang="${lang}" dir="ltr">`));
        assert.ok(file.includes(`<h2 id="h-executive-summary">${heading}</h2>`) && file.includes(summary), `${lang}: the file`);
      }
      assert.match(await (await get(people.viewer!, LIST)).text(), /Chinese \(中文\)/);
    });

    test("over the word limit, the page warns by how much and a download asks to confirm first", async () => {
      const path = await create(people.contributor!, { wordLimit: "100" });
      const page = await (await get(people.viewer!, path)).text();
      const over = /The report has ([\d,]+) words: ([\d,]+) over the limit of 100\. Shorten it before filing\./.exec(page);
      assert.ok(over, "the draft page warns");
      assert.equal(Number(over[1]!.replace(/,/g, "")) - 100, Number(over[2]!.replace(/,/g, "")));
      const warn = await download(people.viewer!, path, 1, "docx");
      assert.equal(warn.status, 200);
      assert.match(warn.headers.get("content-type") ?? "", /^text\/html/);
      const html = await warn.text();
      assert.match(html, /This report is over its word limit/);
      assert.match(html, new RegExp(`${over[2]} over the limit of 100`));
      assert.match(html, /href="[^"]+\/versions\/1\/download\/docx\?confirm=1">Download version 1 anyway/);
      const file = await download(people.viewer!, path, 1, "docx", true);
      assert.equal(file.headers.get("content-type"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    });

    test("viewers read and download but cannot create or edit: 403, nothing changes", async () => {
      const path = await create(people.contributor!, {});
      const page = await (await get(people.viewer!, path)).text();
      assert.doesNotMatch(page, /name="executiveSummary"/);
      assert.match(page, /contributors, reviewers and admins can edit it/);
      assert.equal((await get(people.viewer!, NEW)).status, 403);
      const body = people.viewer!.form({ version: "1", executiveSummary: "x", recommendations: "y" });
      assert.equal((await post(people.viewer!, path, body)).status, 403);
      assert.equal((await post(people.viewer!, NEW, people.viewer!.form({ country: "KEN", cycle: "2025" }))).status, 403);
      assert.equal((await deps.repos.reportDrafts.get(path.split("/").pop()!))?.currentVersion, 1);
    });

    test("another organisation, a site administrator who is not a member, and strangers get nothing (404 or sign in)", async () => {
      const path = await create(people.contributor!, {});
      const id = path.split("/").pop()!;
      for (const who of ["outsider", "superadmin"])
        for (const p of [
          LIST,
          NEW,
          path,
          `${path}/versions/1`,
          `${path}/versions/1/download/html`,
          `/orgs/cso-b/reports/${id}`,
        ]) {
          if (who === "superadmin" && p.startsWith("/orgs/cso-b/")) continue;
          const res = await get(people[who]!, p);
          assert.equal(res.status, 404, `${who} GET ${p}`);
          assert.doesNotMatch(await res.text(), /This report assesses/);
        }
      const save = people.outsider!.form({ version: "1", executiveSummary: "x", recommendations: "y" });
      assert.equal((await post(people.outsider!, path, save)).status, 404);
      assert.equal((await post(people.outsider!, `/orgs/cso-b/reports/${id}`, save)).status, 404);
      const anonymous = await get(null, path);
      assert.equal(anonymous.status, 303);
      assert.match(anonymous.headers.get("location") ?? "", /^\/sign-in\?next=/);
      assert.equal((await deps.repos.reportDrafts.get(id))?.currentVersion, 1);
    });

    test("public drafts hold public evidence only; internal ones the organisation's own, as the reader's role allows", async () => {
      const publicPath = await create(people.contributor!, { coalition: "cso-b" });
      const internalPath = await create(people.contributor!, { coalition: "cso-b", audience: "internal" });
      assert.match(await (await get(people.viewer!, LIST)).text(), /Internal: confidential/);
      for (const who of ["viewer", "reviewer"]) {
        const files = [
          await (await download(people[who]!, publicPath, 1, "html")).text(),
          await docxText(await download(people[who]!, publicPath, 1, "docx")),
        ];
        for (const text of files)
          for (const secret of [SECRET.word, INTERNAL.restricted.word, INTERNAL.otherOrg.word, "Confidential"])
            assert.ok(!text.includes(secret), `${who}: the public report shows ${secret}`);
        const internal = [
          await (await download(people[who]!, internalPath, 1, "html")).text(),
          await docxText(await download(people[who]!, internalPath, 1, "docx")),
        ];
        for (const text of internal) {
          assert.ok(text.includes("Confidential: internal report"), `${who}: marked`);
          assert.ok(text.includes(SECRET.word), `${who}: the organisation's confidential record`);
          assert.equal(text.includes(INTERNAL.restricted.word), who === "reviewer", `${who}: restricted record`);
          assert.ok(!text.includes(INTERNAL.otherOrg.word), `${who}: never another organisation's`);
        }
      }
    });

    // PGlite runs the database itself on this thread (WASM), so there the database, not the render, decides how fast /healthz answers.
    const pgliteSkip =
      database.name === "pglite" ? "PGlite's engine shares the event loop; measured on SQLite and PostgreSQL" : false;
    test("the server answers /healthz over HTTP while a full country report is rendered in a worker", {
      skip: pgliteSkip,
    }, async () => {
      const res = await submit(people.full!, "/orgs/cso-full/reports/new", "/orgs/cso-full/reports/new", {
        country: "UGA",
        cycle: "2025",
        lang: "ar",
      });
      assert.equal(res.status, 303, await res.text());
      const path = res.headers.get("location")!.replace(/\?.*$/, "");
      // A real server on a real socket, so that requests arrive as they do in production.
      const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 });
      await once(server, "listening");
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const pool = sharedRenderPool();
        const completedBefore = pool.stats().completed;
        let done = false;
        const started = performance.now();
        const file = fetch(`${base}${path}/versions/1/download/docx`, { headers: people.full!.headers() }).finally(() => {
          done = true;
        });
        let answeredWhileRendering = 0;
        let answered = 0;
        while (!done && performance.now() - started < 60_000) {
          assert.equal(await healthz(base), 200);
          answered++;
          // Answered while the worker was still rendering: a render on this thread would have held the answer back.
          if (pool.stats().active > 0) answeredWhileRendering++;
        }
        const docx = await file;
        const ms = Math.round(performance.now() - started);
        assert.equal(docx.status, 200);
        assert.equal(pool.stats().completed, completedBefore + 1, "a worker thread rendered the report");
        // A render that took a while must have let /healthz through; a very fast one may finish between two answers.
        if (ms > 500)
          assert.ok(
            answeredWhileRendering > 0,
            `no /healthz answer while the report was rendered (${answered} answers in ${ms} ms)`,
          );
        assert.match(await docxText(docx), /<w:bidi\/>/);
      } finally {
        server.close();
      }
    });
  });
