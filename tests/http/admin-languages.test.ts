/**
 * Site administration, organisation pages (people, audit log, API tokens),
 * the account page's API tokens and the shadow-report screens in the six UN
 * languages, on every database: each page answers in its language (lang, dir,
 * no English interface text of the `admin` and `reports` catalogues left),
 * refused forms say what is wrong in the reader's language, and dates and
 * numbers follow the locale.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { LOCALES, type Locale } from "../../src/i18n/locales";
import { type MessageValues, translate } from "../../src/i18n/translate";
import { sofficePath } from "../../src/reports/shadow";
import { MESSAGES } from "../../src/reports/shadow/messages";
import type { WebDeps } from "../../src/web/deps";
import { shadowRecords } from "../reports/shadow-fixtures";
import { type SignedInClient, signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";
import { formFields, withFields } from "../support/forms";
import { englishLeftIn } from "../support/untranslated";

const AREAS = ["admin", "reports"];
const ORG = "cso-a";
const REPORTS = `/orgs/${ORG}/reports`;

const prefix = (l: Locale) => (l === "en" ? "" : `/${l}`);
const htmlEscape = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
const shown = (l: Locale, key: string, values?: MessageValues) => htmlEscape(translate(l, key, values));

function assertInLanguage(html: string, l: Locale, where: string) {
  assert.ok(html.includes(`<html lang="${l}" dir="${l === "ar" ? "rtl" : "ltr"}">`), `${where}: lang and dir`);
  if (l !== "en") assert.deepEqual(englishLeftIn(html, l, AREAS), [], `${where}: English left`);
}

/** The page says `key` in `l`, and (outside English) not in English. */
function assertSays(html: string, l: Locale, key: string, where: string, values?: MessageValues) {
  assert.ok(html.includes(shown(l, key, values)), `${where}: ${key} in ${l}`);
  if (l !== "en") assert.ok(!html.includes(shown("en", key, values)), `${where}: ${key} still in English`);
}

/** A moment as these pages show it (web/account/when.ts): compact in English, the reader's own format elsewhere. */
function moment(l: Locale, iso: string): string {
  const time =
    l === "en"
      ? iso.replace("T", " ").slice(0, 16)
      : new Intl.DateTimeFormat(l, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso));
  return translate(l, "account.timeUtc", { time });
}

for (const database of testDatabases()) {
  describe(`administration, API token and report pages in six languages on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let superadmin: SignedInClient;
    let admin: SignedInClient;
    let draftPath = "";
    let longDraftPath = "";

    const get = (who: SignedInClient, path: string) => app.request(path, { headers: who.headers() });
    const post = (who: SignedInClient, path: string, body: URLSearchParams) =>
      app.request(path, { method: "POST", headers: who.headers(), body });
    async function submit(who: SignedInClient, page: string, action: string, changes: Record<string, string>) {
      const html = await (await get(who, page)).text();
      return post(who, action, withFields(formFields(html, action), changes));
    }
    async function newDraft(fields: Record<string, string>): Promise<string> {
      const res = await submit(admin, `${REPORTS}/new`, `${REPORTS}/new`, { country: "KEN", cycle: "2025", ...fields });
      assert.equal(res.status, 303, await res.text());
      return res.headers.get("location")!.replace(/\?.*$/, "");
    }

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      await shadowRecords(deps.repos);
      superadmin = await signedInAs(deps, { superadmin: true });
      admin = await signedInAs(deps, { role: "admin", orgSlug: ORG });
      // Someone else's token in the organisation, revoked by the admin; and one of the admin's own.
      const member = await signedInAs(deps, { role: "contributor", orgSlug: ORG });
      const org = await deps.accounts.organisationBySlug(ORG);
      const fields = { organisationId: org.id, scope: "read", expiresInDays: "90" };
      assert.equal((await post(member, "/account/tokens", member.form({ name: "Sheet", ...fields }))).status, 201);
      assert.equal((await post(admin, "/account/tokens", admin.form({ name: "Mine", ...fields }))).status, 201);
      const [theirs] = await deps.repos.apiTokens.listForUser(member.user.id);
      const revoked = await post(admin, `/orgs/${ORG}/api-tokens/revoke`, admin.form({ token: theirs!.id }));
      assert.equal(revoked.status, 303);
      // A titled draft with two versions, and one over a small word limit.
      draftPath = await newDraft({ title: "Kenya 2025 draft" });
      const saved = await submit(admin, draftPath, draftPath, { executiveSummary: "Second.", recommendations: "- Act." });
      assert.equal(saved.status, 303);
      longDraftPath = await newDraft({ title: "Long draft", wordLimit: "100" });
    });
    after(() => cleanup());

    for (const l of LOCALES) {
      test(`${l}: site administration, audit logs, organisation page and API tokens`, async () => {
        const p = prefix(l);
        for (const [who, path] of [
          [superadmin, "/admin"],
          [superadmin, "/admin/audit"],
          [admin, `/orgs/${ORG}`],
          [admin, `/orgs/${ORG}?done=token-revoked`],
          [admin, `/orgs/${ORG}/audit`],
          [admin, "/account"],
        ] as const) {
          const res = await get(who, `${p}${path}`);
          assert.equal(res.status, 200, `${l} ${path}`);
          const html = await res.text();
          assertInLanguage(html, l, `${l} ${path}`);
          if (path === "/admin") {
            assertSays(html, l, "admin.site.title", path);
            assertSays(html, l, "admin.cycles.heading", path);
          }
          if (path === "/admin/audit") assertSays(html, l, "admin.action.api_token.revoke_by_admin", path);
          if (path === `/orgs/${ORG}`) assertSays(html, l, "admin.tokens.orgIntro", path);
          if (path.endsWith("token-revoked")) assertSays(html, l, "admin.tokens.revokedNotice", path);
          if (path === "/account") assertSays(html, l, "admin.tokens.accountIntro", path);
        }
      });

      test(`${l}: refused forms say what is wrong in the reader's language`, async () => {
        const p = prefix(l);
        const cycle = await submit(superadmin, `${p}/admin`, `${p}/admin/cycles`, {
          cycleId: "x",
          cycleName: "X",
          periodStart: "2025-13-01",
          periodEnd: "2025-12-31",
          order: "1",
        });
        assert.equal(cycle.status, 400);
        const cycleHtml = await cycle.text();
        assertInLanguage(cycleHtml, l, `${l} bad cycle`);
        assertSays(cycleHtml, l, "admin.cycles.problem.start", "bad cycle");

        const org = await deps.accounts.organisationBySlug(ORG);
        const token = await post(
          admin,
          `${p}/account/tokens`,
          admin.form({ name: "", organisationId: org.id, scope: "read", expiresInDays: "90" }),
        );
        assert.equal(token.status, 400);
        const tokenHtml = await token.text();
        assertSays(tokenHtml, l, "admin.tokens.problem.name", "bad token", { max: 100 });

        const member = await submit(admin, `${p}/orgs/${ORG}`, `${p}/orgs/${ORG}/members`, {
          displayName: "Someone",
          email: "not-an-address",
          role: "viewer",
        });
        assert.equal(member.status, 400);
        assertSays(await member.text(), l, "account.member.email", "bad member");

        const report = await submit(admin, `${p}${REPORTS}/new`, `${p}${REPORTS}/new`, {
          country: "KEN",
          cycle: "2025",
          wordLimit: "lots",
        });
        assert.equal(report.status, 400);
        const reportHtml = await report.text();
        assertInLanguage(reportHtml, l, `${l} bad report`);
        assertSays(reportHtml, l, "reports.problem.wordLimit", "bad report", { max: 100_000 });
      });

      test(`${l}: a new API token's page`, async () => {
        const org = await deps.accounts.organisationBySlug(ORG);
        const res = await post(
          admin,
          `${prefix(l)}/account/tokens`,
          admin.form({ name: `Tool ${l}`, organisationId: org.id, scope: "read-write", expiresInDays: "30" }),
        );
        assert.equal(res.status, 201);
        const html = await res.text();
        assertInLanguage(html, l, `${l} new token`);
        assertSays(html, l, "admin.tokens.copyNow", "new token");
        assertSays(html, l, "admin.tokens.scope.read-write", "new token");
        const created = (await deps.repos.apiTokens.listForUser(admin.user.id)).find((t) => t.name === `Tool ${l}`)!;
        const day =
          l === "en"
            ? created.expiresAt.slice(0, 10)
            : new Intl.DateTimeFormat(l, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(created.expiresAt));
        assertSays(html, l, "admin.tokens.expiresOn", "new token", { date: day });
        await deps.repos.apiTokens.revoke(created.id, new Date().toISOString(), admin.user.id);
      });

      test(`${l}: report list, new report form, draft, version and export pages`, async () => {
        const p = prefix(l);
        const pages = [
          REPORTS,
          `${REPORTS}/new`,
          draftPath,
          `${draftPath}/versions/1`,
          `${longDraftPath}/versions/1/download/docx`,
        ];
        if (!sofficePath()) pages.push(`${draftPath}/versions/2/download/pdf`);
        for (const path of pages) {
          const res = await get(admin, `${p}${path}`);
          assert.equal(res.status, path.endsWith("/pdf") ? 503 : 200, `${l} ${path}`);
          const html = await res.text();
          assertInLanguage(html, l, `${l} ${path}`);
          if (path === REPORTS) assertSays(html, l, "reports.list.heading", path);
          if (path.endsWith("/new")) {
            // Every language a report can be written in is offered, named in the reader's language.
            for (const lang of Object.keys(MESSAGES))
              assert.ok(html.includes(`<option value="${lang}"`), `${l}: report language ${lang}`);
            assertSays(html, l, "reports.language.ar", path);
          }
          if (path.endsWith("/docx")) assertSays(html, l, "reports.export.heading", path);
          if (path.endsWith("/pdf")) assertSays(html, l, "reports.unavailable.pdf", path);
        }
        // Dates and numbers in the reader's format: the draft page's "current version" line.
        const html = await (await get(admin, `${p}${draftPath}`)).text();
        const version = (await deps.repos.reportDrafts.listVersions(draftPath.split("/").pop()!))[0]!;
        assertSays(html, l, "reports.draft.current", "draft", { n: 2, when: moment(l, version.savedAt) });
        assertSays(html, l, "reports.words.summary", "draft", { count: 1 });
      });
    }

    test("Arabic digits and Chinese wording reach the audit log", async () => {
      const ar = await (await get(superadmin, "/ar/admin/audit")).text();
      assert.ok(ar.includes('dir="rtl"'));
      const total = (await deps.repos.audit.list({}, { page: 1, perPage: 1 })).total;
      assertSays(ar, "ar", "admin.audit.intro", "ar audit", { count: total, command: "blueprint audit verify" });
      const zh = await (await get(superadmin, "/zh/admin/audit")).text();
      assertSays(zh, "zh", "admin.audit.intro", "zh audit", { count: total, command: "blueprint audit verify" });
    });
  });
}
