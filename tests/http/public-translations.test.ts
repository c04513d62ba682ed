/**
 * Public pages in the reader's language, on every database: a superadmin
 * saves French translations through the translation service; the French
 * commitment page shows them marked lang="fr" without the "not translated
 * yet" note, the Spanish page still shows English with the note, an
 * outdated translation says so, a pack evidence record's translation shows
 * on its French page, and English pages do not change.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Actor } from "../../src/domain/accounts/types";
import { translationService } from "../../src/domain/translations/translation-service";
import { translate } from "../../src/i18n/translate";
import type { WebDeps } from "../../src/web/deps";
import { ctx, type SignedInClient, signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";

const TITLE = "Mettre fin à toute violence à l’égard des femmes en ligne et hors ligne";
const SUMMARY = "Les États s’engagent à prévenir et éliminer la violence facilitée par la technologie.";
const page = async (app: App, path: string) => {
  const res = await app.request(path);
  assert.equal(res.status, 200, path);
  return { html: await res.text(), etag: res.headers.get("etag") };
};

for (const database of testDatabases())
  describe(`public pages with content translations on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let superadmin: SignedInClient;
    let actor: Actor;
    const english: Record<string, { html: string; etag: string | null }> = {};
    let evidenceId = "";

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      superadmin = await signedInAs(deps, { superadmin: true });
      actor = { user: superadmin.user, memberships: [] };
      evidenceId = (await deps.repos.translations.packEvidence())[0]!.id;
      for (const path of ["/commitments/csw67-c01", "/commitments", "/framework", `/evidence/${evidenceId}`])
        english[path] = await page(app, path);
    });
    after(() => cleanup());

    test("the French page shows the saved translation, marked French; Spanish still English with the note", async () => {
      const service = translationService(deps.repos);
      const before = await page(app, "/fr/commitments/csw67-c01");
      assert.match(before.html, /<h1 lang="en">End all violence/);
      assert.ok(before.html.includes(translate("fr", "public.notTranslatedYet")));

      const editor = await service.editor(actor, { type: "framework_item", id: "csw67-c01" }, "fr");
      const input = Object.fromEntries(editor.fields.map((f) => [f.field, { text: f.translation?.text ?? "", confirm: false }]));
      input.title = { text: TITLE, confirm: false };
      input.summary = { text: SUMMARY, confirm: false };
      await service.save(actor, { type: "framework_item", id: "csw67-c01" }, "fr", input, ctx());

      const { html } = await page(app, "/fr/commitments/csw67-c01");
      assert.match(html, new RegExp(`<h1 lang="fr">${TITLE}</h1>`));
      assert.match(html, new RegExp(`<p class="lead" lang="fr">${SUMMARY}`));
      assert.match(html, new RegExp(`<title>${TITLE} `));
      const untranslatedLeft = editor.fields.some((f) => f.field !== "title" && f.field !== "summary");
      assert.equal(html.includes(translate("fr", "public.notTranslatedYet")), untranslatedLeft || /<a [^>]*lang="en"/.test(html));
      assert.ok(!html.includes(translate("fr", "translate.outdatedNote")));

      const es = (await page(app, "/es/commitments/csw67-c01")).html;
      assert.match(es, /<h1 lang="en">End all violence/);
      assert.ok(es.includes(translate("es", "public.notTranslatedYet")));
      assert.ok(!es.includes(TITLE));

      // Lists show the translated title too.
      assert.match((await page(app, "/fr/commitments")).html, new RegExp(`lang="fr">${TITLE}</a>`));
      assert.match((await page(app, "/fr/framework")).html, /<h1>/);

      // Search finds it by its French words and shows the French title; the snippet is the original's, marked English.
      const found = (await page(app, `/fr/search?q=${encodeURIComponent("violence facilitée")}`)).html;
      assert.match(
        found,
        new RegExp(`<h3 lang="fr"><a href="/fr/commitments/csw67-c01">${TITLE}</a></h3><p class="snippet" lang="en">`),
      );
      const esFound = (await page(app, "/es/search?q=violence")).html;
      assert.match(
        esFound,
        /<h3 lang="en"><a href="\/es\/commitments\/csw67-c01">End all violence/,
        "Spanish readers see the original",
      );
      assert.ok(!esFound.includes(TITLE));
    });

    test("a translation made from an earlier original says it may be out of date", async () => {
      await deps.repos.translations.upsert({
        entityType: "framework_item",
        entityId: "csw67-c02",
        field: "title",
        locale: "fr",
        text: "Un titre traduit d’une version antérieure",
        sourceHash: "not-the-current-original",
        translatedBy: superadmin.user.id,
        updatedAt: new Date().toISOString(),
      });
      const { html } = await page(app, "/fr/commitments/csw67-c02");
      assert.match(html, /<h1 lang="fr">Un titre traduit d’une version antérieure<\/h1>/);
      assert.ok(html.includes(`(${translate("fr", "translate.outdatedNote")})`));
      assert.ok(!(await page(app, "/commitments/csw67-c02")).html.includes("Un titre traduit"));
    });

    test("an evidence record's translation shows on its French page", async () => {
      const service = translationService(deps.repos);
      const ref = { type: "evidence" as const, id: evidenceId };
      await service.save(
        actor,
        ref,
        "fr",
        { title: { text: "Loi traduite sur le harcèlement en ligne", confirm: false } },
        ctx(),
      );
      const { html } = await page(app, `/fr/evidence/${evidenceId}`);
      assert.match(html, /<h1 lang="fr">Loi traduite sur le harcèlement en ligne<\/h1>/);
      assert.ok(html.includes(translate("fr", "public.notTranslatedYet")), "the summary is still English");
    });

    test("English pages are unchanged, byte for byte and by ETag", async () => {
      for (const [path, was] of Object.entries(english)) {
        const now = await page(app, path);
        assert.equal(now.html, was.html, path);
        assert.equal(now.etag, was.etag, path);
      }
    });
  });
