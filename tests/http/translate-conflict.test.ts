/**
 * Two translators on the same record, through the real forms, on every
 * database: a save never overwrites a translation someone else saved after
 * the form was loaded. The second save gets a 409 page with the other
 * person's text (who, when) and its own text kept in the form, stores
 * nothing of the whole save, and saving the merged form again works. A field
 * the second person left as it was loaded keeps the other's newer text.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Organisation } from "../../src/domain/accounts/types";
import type { Evidence } from "../../src/domain/evidence/types";
import type { WebDeps } from "../../src/web/deps";
import { ctx, makeOrganisation, type SignedInClient, signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";
import { formFields, withFields } from "../support/forms";
import { englishLeftIn } from "../support/untranslated";

const editor = (id: string, locale: string) => `/translate/evidence/${encodeURIComponent(id)}/${locale}`;
const fieldValue = (fields: [string, string][], name: string) => fields.find(([n]) => n === name)?.[1];

for (const database of testDatabases())
  describe(`concurrent translation saves on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let org: Organisation;
    let a: SignedInClient;
    let b: SignedInClient;

    /** The editor's form as the person's browser would submit it, and the page it came from. */
    const load = async (client: SignedInClient, path: string) => {
      const res = await app.request(path, { headers: client.headers() });
      assert.equal(res.status, 200);
      const html = await res.text();
      return { html, fields: formFields(html, path) };
    };
    const post = (client: SignedInClient, path: string, body: URLSearchParams | Record<string, string>) =>
      app.request(path, {
        method: "POST",
        headers: client.headers(),
        body: body instanceof URLSearchParams ? body : client.form(body),
      });
    const stored = async (id: string) =>
      (await deps.repos.translations.load([{ type: "evidence", id }])).translations.map(
        (t) => `${t.field}/${t.locale}: ${t.text}`,
      );
    const auditCount = async (id: string) =>
      (
        await deps.repos.audit.list(
          { actions: ["translation.save", "translation.delete"], entityId: id },
          { page: 1, perPage: 5 },
        )
      ).total;
    const record = async (title: string): Promise<Evidence> =>
      deps.evidence.create(
        { user: a.user, memberships: await deps.repos.accounts.membershipsOfUser(a.user.id) },
        org,
        {
          type: "law",
          title,
          summary: "The law makes online harassment of women journalists a crime.",
          countryIso3: "KEN",
          date: "2024",
          visibility: "public",
          sources: [{ title: "Kenya Gazette" }],
          links: ["s02-o2"],
        },
        ctx(),
      );

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      org = await makeOrganisation(deps, "cso-concurrent");
      a = await signedInAs(deps, { role: "contributor", orgSlug: "cso-concurrent" });
      b = await signedInAs(deps, { role: "reviewer", orgSlug: "cso-concurrent" });
    });
    after(() => cleanup());

    test("the second save is refused with both texts, stores nothing, and saving the merged form works", async () => {
      const evidence = await record("Kenyan bill on online harassment");
      const path = editor(evidence.id, "es");
      const [formA, formB] = [await load(a, path), await load(b, path)];
      assert.equal(fieldValue(formB.fields, "was.title"), "none", "the form remembers there was no translation");

      const saved = await post(a, path, withFields(formA.fields, { "t.title": "Proyecto de ley keniano de A" }));
      assert.equal(saved.status, 303, await saved.text());
      const logged = await auditCount(evidence.id);

      const refused = await post(
        b,
        path,
        withFields(formB.fields, { "t.title": "Proyecto de ley keniano de B", "t.summary": "Resumen escrito por B." }),
      );
      assert.equal(refused.status, 409);
      const html = await refused.text();
      assert.match(html, /Not saved: someone else changed these translations/);
      assert.match(html, /<a href="#t\.title-conflict">Title<\/a>/, "the summary names the conflicting field");
      assert.match(
        html,
        new RegExp(`Their translation, saved by ${a.user.displayName} on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC:`),
      );
      assert.match(html, /<blockquote class="plain narrative" lang="es" dir="ltr">Proyecto de ley keniano de A<\/blockquote>/);
      assert.equal((html.match(/id="t\.[a-z]+-conflict"/g) ?? []).length, 1, "only the title conflicts");
      // All or nothing: not even the summary, which nobody else touched, was stored; nothing was logged.
      assert.deepEqual(await stored(evidence.id), ["title/es: Proyecto de ley keniano de A"]);
      assert.equal(await auditCount(evidence.id), logged);

      // B's own text is still in the form, which now carries A's revision.
      const again = formFields(html, path);
      assert.equal(fieldValue(again, "t.title"), "Proyecto de ley keniano de B");
      assert.equal(fieldValue(again, "t.summary"), "Resumen escrito por B.");
      assert.notEqual(fieldValue(again, "was.title"), fieldValue(formB.fields, "was.title"));
      const merged = await post(b, path, withFields(again, { "t.title": "Proyecto de ley keniano de A y B" }));
      assert.equal(merged.status, 303, await merged.text());
      assert.equal(merged.headers.get("location"), `${path}?saved=2&removed=0`);
      assert.deepEqual(await stored(evidence.id), [
        "summary/es: Resumen escrito por B.",
        "title/es: Proyecto de ley keniano de A y B",
      ]);
      assert.equal(await auditCount(evidence.id), logged + 2);

      // A's form is now stale too: saving it again would overwrite B, so it is refused as well.
      const stale = await post(a, path, withFields(formA.fields, { "t.title": "Proyecto de ley keniano de A" }));
      assert.equal(stale.status, 409);
      assert.match(await stale.text(), /Proyecto de ley keniano de A y B/);
    });

    test("a field left as it was loaded keeps the other person's newer text, and is no conflict", async () => {
      const evidence = await record("Kenyan law on image-based abuse");
      const path = editor(evidence.id, "fr");
      const first = await post(
        a,
        path,
        withFields((await load(a, path)).fields, { "t.title": "Loi kényane", "t.summary": "Résumé initial." }),
      );
      assert.equal(first.status, 303);
      const [formA, formB] = [await load(a, path), await load(b, path)];
      assert.equal((await post(a, path, withFields(formA.fields, { "t.summary": "Résumé revu par A." }))).status, 303);
      // B changes only the title; the summary goes back as B loaded it.
      const res = await post(b, path, withFields(formB.fields, { "t.title": "Loi kényane sur les images intimes" }));
      assert.equal(res.status, 303, await res.text());
      assert.equal(res.headers.get("location"), `${path}?saved=1&removed=0`);
      assert.deepEqual(await stored(evidence.id), [
        "summary/fr: Résumé revu par A.",
        "title/fr: Loi kényane sur les images intimes",
      ]);

      // Removing follows the same rule: clearing a box someone else changed meanwhile is a conflict...
      const [formA2, formB2] = [await load(a, path), await load(b, path)];
      assert.equal((await post(a, path, withFields(formA2.fields, { "t.title": "Loi kényane, titre de A" }))).status, 303);
      const cleared = await post(b, path, withFields(formB2.fields, { "t.title": "" }));
      assert.equal(cleared.status, 409);
      const html = await cleared.text();
      assert.equal(fieldValue(formFields(html, path), "t.title"), "", "B's empty box is kept");
      assert.deepEqual(await stored(evidence.id), ["summary/fr: Résumé revu par A.", "title/fr: Loi kényane, titre de A"]);
      // ...and a translation someone removed meanwhile is shown as removed, not brought back by an untouched box.
      assert.equal((await post(a, path, withFields((await load(a, path)).fields, { "t.summary": "" }))).status, 303);
      const untouched = await post(b, path, withFields(formFields(html, path), { "t.title": "" }));
      assert.equal(untouched.status, 303, await untouched.text());
      assert.deepEqual(await stored(evidence.id), []);
    });

    test("a post that does not say what it was loaded with never overwrites a translation", async () => {
      const evidence = await record("Kenyan policy on doxing");
      const path = editor(evidence.id, "ru");
      assert.equal((await post(a, path, { "t.title": "Политика Кении" })).status, 303, "nothing to overwrite yet");
      const blind = await post(b, path, { "t.title": "Кенийская политика против доксинга" });
      assert.equal(blind.status, 409);
      assert.deepEqual(await stored(evidence.id), ["title/ru: Политика Кении"]);
      // A form that fails for another reason keeps the revision it was loaded with, so the check still holds.
      const form = await load(b, path);
      await post(a, path, withFields((await load(a, path)).fields, { "t.title": "Политика Кении (A)" }));
      const tooLong = await post(b, path, withFields(form.fields, { "t.title": "я".repeat(601) }));
      assert.equal(tooLong.status, 400);
      const kept = formFields(await tooLong.text(), path);
      assert.equal(fieldValue(kept, "was.title"), fieldValue(form.fields, "was.title"));
      assert.equal((await post(b, path, withFields(kept, { "t.title": "Короткий заголовок" }))).status, 409);
      assert.deepEqual(await stored(evidence.id), ["title/ru: Политика Кении (A)"]);
    });

    test("two saves at the same moment: one is stored, the other is refused, never both", async () => {
      const evidence = await record("Kenyan guidelines on platform accountability");
      const texts = async (locale: string) => (await stored(evidence.id)).filter((s) => s.includes(`/${locale}:`));
      for (const locale of ["fr", "es", "ar", "zh"]) {
        const path = editor(evidence.id, locale);
        // Round one races two first translations; round two races two replacements of it.
        for (const round of [1, 2]) {
          const [formA, formB] = [await load(a, path), await load(b, path)];
          const titles = [`A ${locale} ${round}`, `B ${locale} ${round}`];
          const answers = await Promise.all([
            post(a, path, withFields(formA.fields, { "t.title": titles[0]! })),
            post(b, path, withFields(formB.fields, { "t.title": titles[1]! })),
          ]);
          const statuses = answers.map((r) => r.status);
          assert.deepEqual([...statuses].sort(), [303, 409], `${locale}, round ${round}: ${statuses}`);
          assert.deepEqual(await texts(locale), [`title/${locale}: ${titles[statuses.indexOf(303)]}`]);
        }
        // Overlapping saves of several fields, one posted in the other order: one wins whole, and no deadlock.
        const title = (await texts(locale))[0];
        const [formA, formB] = [await load(a, path), await load(b, path)];
        const reversed = new URLSearchParams([...withFields(formB.fields, { "t.summary": `B ${locale}` })].reverse());
        const answers = await Promise.all([
          post(a, path, withFields(formA.fields, { "t.title": `A ${locale} 3`, "t.summary": `A ${locale}` })),
          post(b, path, reversed),
        ]);
        const statuses = answers.map((r) => r.status);
        assert.deepEqual([...statuses].sort(), [303, 409], `${locale}, several fields: ${statuses}`);
        assert.deepEqual(
          await texts(locale),
          statuses[0] === 303
            ? [`summary/${locale}: A ${locale}`, `title/${locale}: A ${locale} 3`]
            : [`summary/${locale}: B ${locale}`, title],
        );
      }
    });

    test("the conflict page speaks the reader's language, with no English left", async () => {
      const evidence = await record("Kenyan programme on digital safety");
      const path = `/fr${editor(evidence.id, "es")}`;
      const [formA, formB] = [await load(a, path), await load(b, path)];
      assert.equal((await post(a, path, withFields(formA.fields, { "t.summary": "Resumen de A." }))).status, 303);
      const res = await post(b, path, withFields(formB.fields, { "t.summary": "Resumen de B." }));
      assert.equal(res.status, 409);
      const html = await res.text();
      assert.match(html, /Non enregistré : quelqu’un d’autre a modifié ces traductions/);
      assert.match(html, new RegExp(`Sa traduction, enregistrée par ${a.user.displayName} le .+ UTC :`));
      assert.match(html, /Quelqu’un d’autre a enregistré la traduction de 1 champ/);
      assert.deepEqual(englishLeftIn(html, "fr", ["translate", "layout", "forms", "errors"]), []);
      assert.equal(fieldValue(formFields(html, path), "t.summary"), "Resumen de B.");
    });
  });
