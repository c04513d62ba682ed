/**
 * The translation editor end to end, on every database, with real people:
 * a superadmin translates a commitment, a contributor their organisation's
 * evidence and published assessment; viewers, other organisations and
 * signed-out visitors are refused; bad languages and fields get a specific
 * error and change nothing; a changed original flags its translation out of
 * date; a search finds the translated text; confidential translations never
 * reach the public.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Actor, Organisation } from "../../src/domain/accounts/types";
import type { Evidence } from "../../src/domain/evidence/types";
import { loadContentTranslations, localised } from "../../src/domain/translations/reader";
import type { WebDeps } from "../../src/web/deps";
import { ctx, makeOrganisation, type SignedInClient, signedInAs } from "../support/accounts";
import { type App, anonymousClient, type Client } from "../support/authorisation";
import { openCycle } from "../support/cycles";
import { seededApp, testDatabases } from "../support/databases";
import { formFields, withFields } from "../support/forms";
import { englishLeftIn } from "../support/untranslated";

const editor = (type: string, id: string, locale: string) => `/translate/${type}/${encodeURIComponent(id)}/${locale}`;

for (const database of testDatabases())
  describe(`translation editor on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let org: Organisation;
    let anonymous: Client;
    const people: Record<string, SignedInClient> = {};
    let publicEvidence: Evidence;
    let confidential: Evidence;

    const actorOf = async (client: SignedInClient): Promise<Actor> => ({
      user: client.user,
      memberships: await deps.repos.accounts.membershipsOfUser(client.user.id),
    });
    const get = (client: Client | undefined, path: string) => app.request(path, client ? { headers: client.headers() } : {});
    const post = (client: Client, path: string, body: URLSearchParams | Record<string, string>) =>
      app.request(path, {
        method: "POST",
        headers: client.headers(),
        body: body instanceof URLSearchParams ? body : client.form(body),
      });
    const stored = async (type: "framework_item" | "evidence" | "assessment", id: string) =>
      (await deps.repos.translations.load([{ type, id }])).translations.map((t) => `${t.field}/${t.locale}: ${t.text}`);
    const search = async (q: string, client?: Client) => {
      const res = await app.request(`/api/v1/search?q=${encodeURIComponent(q)}`, client ? { headers: client.headers() } : {});
      return ((await res.json()) as { data: { type: string; id: string }[] }).data;
    };
    const record = async (title: string, visibility: string) =>
      deps.evidence.create(
        await actorOf(people.contributor!),
        org,
        {
          type: "law",
          title,
          summary: "The law makes stalking of journalists a crime.",
          countryIso3: "KEN",
          date: "2024",
          visibility,
          sources: [{ title: "Kenya Gazette" }],
          links: ["s02-o2"],
        },
        ctx(),
      );

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      org = await makeOrganisation(deps, "cso-translate");
      await makeOrganisation(deps, "cso-elsewhere");
      for (const [name, role, slug] of [
        ["viewer", "viewer", "cso-translate"],
        ["contributor", "contributor", "cso-translate"],
        ["reviewer", "reviewer", "cso-translate"],
        ["outsider", "admin", "cso-elsewhere"],
      ] as const)
        people[name] = await signedInAs(deps, { role, orgSlug: slug });
      people.superadmin = await signedInAs(deps, { superadmin: true });
      anonymous = await anonymousClient(app, deps);
      publicEvidence = await record("Kenyan bill on stalking of women journalists", "public");
      confidential = await record("Internal memo on stalking cases", "organisation");
    });
    after(() => cleanup());

    test("a superadmin translates a commitment's title into French through the form", async () => {
      const path = editor("framework_item", "csw67-c01", "fr");
      assert.ok(!(await search("égard")).some((h) => h.id === "csw67-c01"), "not found before it is translated");
      const page = await get(people.superadmin, path);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /<blockquote class="plain narrative" lang="en" dir="ltr">End all violence against women/);
      assert.match(html, /<input type="text" id="t\.title" name="t\.title" lang="fr" dir="ltr"/);
      const saved = await post(
        people.superadmin!,
        path,
        withFields(formFields(html, path), {
          "t.title": "Mettre fin à toute violence à l’égard des femmes en ligne et hors ligne",
        }),
      );
      assert.equal(saved.status, 303, await saved.text());
      assert.equal(saved.headers.get("location"), `${path}?saved=1&removed=0`);
      assert.deepEqual(await stored("framework_item", "csw67-c01"), [
        "title/fr: Mettre fin à toute violence à l’égard des femmes en ligne et hors ligne",
      ]);
      assert.match(await (await get(people.superadmin, `${path}?saved=1&removed=0`)).text(), /role="status">Saved\./);
      const log = await deps.repos.audit.list({ actions: ["translation.save"], entityId: "csw67-c01" }, { page: 1, perPage: 5 });
      assert.equal(log.total, 1);
      assert.deepEqual(log.items[0]!.after, {
        field: "title",
        locale: "fr",
        text: "Mettre fin à toute violence à l’égard des femmes en ligne et hors ligne",
      });

      // Pages read it with one call, falling back to the original where there is no translation.
      const content = await loadContentTranslations(deps.repos, [{ type: "framework_item", id: "csw67-c01" }], "fr");
      const item = (await deps.repos.framework.getItem("csw67-c01"))!;
      const entity = content.entity({ type: "framework_item", id: item.id }, { title: item.title, summary: item.summary });
      assert.deepEqual(localised(entity, "title", "fr"), {
        text: "Mettre fin à toute violence à l’égard des femmes en ligne et hors ligne",
        lang: "fr",
        translated: true,
        outdated: false,
      });
      assert.deepEqual(localised(entity, "summary", "fr"), {
        text: item.summary,
        lang: "en",
        translated: false,
        outdated: false,
      });
      assert.equal(localised(entity, "title", "en").text, item.title, "English readers get the original");
      // The translated title is found by a French search.
      assert.ok(
        (await search("égard")).some((h) => h.id === "csw67-c01"),
        "the French title is found",
      );
    });

    test("a contributor translates their organisation's evidence; the French interface says it all in French", async () => {
      const path = editor("evidence", publicEvidence.id, "fr");
      const list = await (await get(people.contributor, "/fr/translate")).text();
      assert.match(list, new RegExp(`href="/fr${path}"`), "the list links to the editor, in the reader's language");
      assert.match(list, /Non traduit : Titre et Résumé/);
      assert.deepEqual(englishLeftIn(list, "fr", ["translate"]), []);
      const page = await (await get(people.contributor, `/fr${path}`)).text();
      assert.deepEqual(englishLeftIn(page, "fr", ["translate"]), []);
      assert.match(page, /Traduire en français/);
      assert.deepEqual(await search("traque"), [], "nothing in French yet");
      const res = await post(people.contributor!, `/fr${path}`, {
        "t.title": "Projet de loi kényan contre la traque des femmes journalistes",
        "t.summary": "La loi fait de la traque des journalistes un délit.",
      });
      assert.equal(res.status, 303, await res.text());
      assert.equal(res.headers.get("location"), `/fr${path}?saved=2&removed=0`);
      assert.deepEqual(await stored("evidence", publicEvidence.id), [
        "summary/fr: La loi fait de la traque des journalistes un délit.",
        "title/fr: Projet de loi kényan contre la traque des femmes journalistes",
      ]);
      // The search document now holds the French text, with the record's own visibility.
      const found = await search("traque journalistes");
      assert.ok(
        found.some((h) => h.type === "evidence" && h.id === publicEvidence.id),
        "the French translation is found",
      );
      const frenchPage = await (await app.request(`/fr/search?q=${encodeURIComponent("traque")}`)).text();
      assert.match(frenchPage, new RegExp(`/evidence/${publicEvidence.id}`));
      // Clearing a box removes that translation.
      const form = formFields(await (await get(people.contributor, path)).text(), path);
      const cleared = await post(people.contributor!, path, withFields(form, { "t.summary": "" }));
      assert.equal(cleared.headers.get("location"), `${path}?saved=0&removed=1`);
      assert.deepEqual(await stored("evidence", publicEvidence.id), [
        "title/fr: Projet de loi kényan contre la traque des femmes journalistes",
      ]);
    });

    test("viewers, other organisations, non-members and signed-out visitors are refused and change nothing", async () => {
      const evidencePath = editor("evidence", publicEvidence.id, "es");
      const change = { "t.title": "Proyecto de ley" };
      for (const who of ["viewer", "outsider", "superadmin"] as const) {
        assert.equal((await get(people[who], evidencePath)).status, 403, who);
        assert.equal((await post(people[who]!, evidencePath, change)).status, 403, who);
      }
      // Another organisation's confidential record does not even exist for them.
      assert.equal((await get(people.outsider, editor("evidence", confidential.id, "es"))).status, 404);
      assert.equal((await post(people.outsider!, editor("evidence", confidential.id, "es"), change)).status, 404);
      // The framework is for site administrators.
      assert.equal((await post(people.contributor!, editor("framework_item", "csw67-c02", "es"), change)).status, 403);
      const signedOut = await get(anonymous, evidencePath);
      assert.equal(signedOut.status, 303);
      assert.match(signedOut.headers.get("location") ?? "", /^\/sign-in\?next=/);
      assert.equal((await post(anonymous, evidencePath, change)).status, 403);
      assert.equal((await get(anonymous, "/translate")).status, 303);
      assert.deepEqual(
        (await stored("evidence", publicEvidence.id)).filter((t) => t.includes("/es")),
        [],
      );
      assert.deepEqual(await stored("framework_item", "csw67-c02"), []);
    });

    test("a bad language or field gets a specific error and changes nothing", async () => {
      const before = await stored("evidence", publicEvidence.id);
      const german = await get(people.contributor, editor("evidence", publicEvidence.id, "de"));
      assert.equal(german.status, 400);
      assert.match(
        await german.text(),
        /“de” is not a language Blueprint translates into\. Choose one of: en, fr, es, ar, ru, zh\./,
      );
      const postedGerman = await post(people.contributor!, editor("evidence", publicEvidence.id, "de"), { "t.title": "Gesetz" });
      assert.equal(postedGerman.status, 400);
      const english = await post(people.contributor!, editor("evidence", publicEvidence.id, "en"), { "t.title": "Same" });
      assert.equal(english.status, 400);
      assert.match(await english.text(), /The original is already in this language \(en\)/);
      const path = editor("evidence", publicEvidence.id, "ru");
      const unknownField = await post(people.contributor!, path, { "t.title": "Законопроект", "t.citation": "x" });
      assert.equal(unknownField.status, 400);
      const html = await unknownField.text();
      assert.match(html, /“citation” is not a field of this record that can be translated\. Nothing was saved\./);
      assert.match(html, /Законопроект/, "what was typed is shown again");
      const tooLong = await post(people.contributor!, path, { "t.title": "я".repeat(601) });
      assert.equal(tooLong.status, 400);
      assert.match(await tooLong.text(), /<a href="#t\.title">Keep the translation under 600 characters\.<\/a>/);
      assert.equal((await get(people.contributor, editor("nonsense", publicEvidence.id, "fr"))).status, 404);
      assert.deepEqual(await stored("evidence", publicEvidence.id), before);
    });

    test("a changed original flags its translation out of date until it is updated or confirmed", async () => {
      const path = editor("evidence", publicEvidence.id, "fr");
      assert.doesNotMatch(await (await get(people.contributor, path)).text(), /Out of date\./);
      const current = (await deps.repos.evidence.getVersioned(publicEvidence.id, ["public"]))!;
      await deps.evidence.update(
        await actorOf(people.contributor!),
        org,
        publicEvidence.id,
        {
          type: current.type,
          title: "Kenyan law on stalking of women journalists",
          summary: current.summary,
          countryIso3: "KEN",
          date: "2024",
          visibility: "public",
          sources: [{ title: "Kenya Gazette" }],
          links: current.links,
        },
        current.version,
        ctx(),
      );
      const html = await (await get(people.contributor, path)).text();
      assert.match(html, /<strong>Out of date\.<\/strong>/);
      assert.match(html, /name="ok\.title"/);
      const list = await (await get(people.contributor, "/translate?lang=fr")).text();
      assert.match(list, /Out of date: Title/);
      // Saving the same text without confirming leaves it flagged; confirming clears the flag.
      const text = "Projet de loi kényan contre la traque des femmes journalistes";
      assert.equal(
        (await post(people.contributor!, path, { "t.title": text })).headers.get("location"),
        `${path}?saved=0&removed=0`,
      );
      assert.match(await (await get(people.contributor, path)).text(), /Out of date\./);
      assert.equal(
        (await post(people.contributor!, path, { "t.title": text, "ok.title": "1" })).headers.get("location"),
        `${path}?saved=1&removed=0`,
      );
      assert.doesNotMatch(await (await get(people.contributor, path)).text(), /Out of date\./);
      // The search document was rebuilt by the evidence update with the translation still in it.
      assert.ok(
        (await search("traque")).some((h) => h.id === publicEvidence.id),
        "still found after the update",
      );
    });

    test("confidential evidence: translated by its organisation, never shown to the public, not logged in clear", async () => {
      const path = editor("evidence", confidential.id, "fr");
      const page = await (await get(people.contributor, path)).text();
      assert.match(page, /Confidential record/);
      const res = await post(people.contributor!, path, { "t.title": "Note interne quetzalogramme sur la traque" });
      assert.equal(res.status, 303, await res.text());
      assert.deepEqual(await search("quetzalogramme"), [], "signed-out search finds nothing");
      assert.deepEqual(await search("quetzalogramme", people.outsider), [], "another organisation finds nothing");
      assert.deepEqual(
        (await search("quetzalogramme", people.viewer)).map((h) => h.id),
        [confidential.id],
        "a member finds it",
      );
      assert.doesNotMatch(await (await app.request("/fr/search?q=quetzalogramme")).text(), /quetzalogramme sur|Internal memo/);
      assert.equal((await app.request(`/evidence/${confidential.id}`)).status, 404);
      const outsiderList = await (await get(people.outsider, "/translate?lang=fr")).text();
      assert.doesNotMatch(outsiderList, /Internal memo|quetzalogramme/);
      const log = await deps.repos.audit.list(
        { actions: ["translation.save"], entityId: confidential.id },
        { page: 1, perPage: 5 },
      );
      assert.deepEqual(log.items[0]!.after, { field: "title", locale: "fr", visibility: "organisation" });
    });

    test("a published assessment's narrative is translated by its organisation; a draft is not", async () => {
      await openCycle(deps.repos.assessments);
      const [contributor, reviewer] = [await actorOf(people.contributor!), await actorOf(people.reviewer!)];
      const content = {
        status: "planned",
        narrative: "The government plans a helpline.",
        confidence: "medium",
        obstacles: [],
        enablers: [],
        evidenceIds: [],
      };
      const key = { countryIso3: "KEN", cycleId: "2025", itemId: "s02-o2" };
      const draft = await deps.assessments.save(contributor, org, key, { ...content, language: "en" }, 0, ctx());
      assert.equal((await get(people.contributor, editor("assessment", draft.id, "fr"))).status, 400);
      assert.equal(
        (await get(people.outsider, editor("assessment", draft.id, "fr"))).status,
        404,
        "a draft does not exist for outsiders",
      );
      const submitted = await deps.assessments.submit(contributor, draft.id, draft.version, ctx());
      await deps.assessments.publish(reviewer, draft.id, submitted.version, ctx());
      const path = editor("assessment", draft.id, "es");
      assert.ok(!(await search("telefónica")).some((h) => h.id === draft.id), "not found before");
      const res = await post(people.contributor!, path, { "t.narrative": "El gobierno prevé una línea de ayuda telefónica." });
      assert.equal(res.status, 303, await res.text());
      assert.ok(
        (await search("telefónica")).some((h) => h.type === "assessment" && h.id === draft.id),
        "the Spanish narrative is found",
      );
      assert.equal((await post(people.viewer!, path, { "t.narrative": "x" })).status, 403);
    });

    test("a new record's language is recorded from its form field: it is translated into the others", async () => {
      const contributor = await actorOf(people.contributor!);
      const input = {
        type: "policy",
        title: "Politique nationale contre le cyberharcèlement",
        summary: "Une politique.",
        countryIso3: "SEN",
        date: "",
        visibility: "public",
        sources: [{ title: "Journal officiel" }],
        links: ["s02-o2"],
      };
      await assert.rejects(deps.evidence.create(contributor, org, { ...input, language: "french!" }, ctx()), (e: Error) =>
        /Choose the language the text is written in/.test(e.message),
      );
      const french = await deps.evidence.create(contributor, org, { ...input, language: "fr" }, ctx());
      const same = await get(people.contributor, editor("evidence", french.id, "fr"));
      assert.equal(same.status, 400);
      assert.match(await same.text(), /already in this language \(fr\)/);
      const english = await (await get(people.contributor, editor("evidence", french.id, "en"))).text();
      assert.match(english, /<blockquote class="plain narrative" lang="fr" dir="ltr">Politique nationale/);
    });

    test("the list shows per language what still needs work; a superadmin sees the framework", async () => {
      const html = await (await get(people.superadmin, "/translate?lang=ar")).text();
      assert.match(html, /Framework items/);
      assert.match(html, /Evidence from the framework packs/);
      assert.match(html, /href="\/translate\/framework_item\/csw67-c01\/ar"/);
      assert.doesNotMatch(html, /Kenyan law on stalking/, "not their organisation's evidence");
      const bad = await get(people.superadmin, "/translate?lang=xx");
      assert.equal(bad.status, 400);
      const viewer = await (await get(people.viewer, "/translate")).text();
      assert.match(viewer, /There is nothing you can translate\./);
    });
  });
