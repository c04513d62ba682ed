/**
 * The organisation workspace in the six UN languages, on every database: the
 * workspace and its chooser, the assessment editor with its review part, the
 * conflict page, the evidence form with its "Suggest links" step and an
 * organisation's evidence record each answer in the reader's language (lang,
 * dir, no English interface text left); framework content is marked English
 * with one note per page; country names, dates, numbers and plurals follow the
 * language; what goes wrong (refused forms, stale versions, unreadable files,
 * bad parameters) is said in the reader's language while the API and logs keep
 * English.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import type { Organisation } from "../../src/domain/accounts/types";
import type { Assessment } from "../../src/domain/assessments/types";
import { FormError } from "../../src/domain/auth/errors";
import { suggestServiceFor } from "../../src/domain/suggest/suggest-service";
import { LOCALES, type Locale } from "../../src/i18n/locales";
import { formatNumber, type MessageValues, translate } from "../../src/i18n/translate";
import type { WebDeps } from "../../src/web/deps";
import { countryName } from "../../src/web/i18n/country-name";
import { ctx, makeOrganisation, type SignedInClient, signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { openCycle } from "../support/cycles";
import { seededApp, testDatabases } from "../support/databases";
import { formFields, withFields } from "../support/forms";
import { englishLeftIn } from "../support/untranslated";

const AREAS = ["workspace", "public", "forms", "layout", "errors"];
const CYCLE = "2025";
const ORG = "lang-ws";
const PUBLIC_EVIDENCE = "ken-computer-misuse-cybercrimes-act";

const prefix = (l: Locale) => (l === "en" ? "" : `/${l}`);
const htmlEscape = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
/** A catalogue message as a page shows it. */
const shown = (l: Locale, key: string, values?: MessageValues) => htmlEscape(translate(l, key, values));

/** The page is in `l`: its lang and direction, and none of our English interface text left (English itself aside). */
function assertInLanguage(html: string, l: Locale, where: string) {
  assert.ok(html.includes(`<html lang="${l}" dir="${l === "ar" ? "rtl" : "ltr"}">`), `${where}: lang and dir`);
  if (l !== "en") assert.deepEqual(englishLeftIn(html, l, AREAS), [], `${where}: English left`);
}

/** The page says `key` in `l`, and (outside English) not in English. */
function assertSays(html: string, l: Locale, key: string, where: string, values?: MessageValues) {
  assert.ok(html.includes(shown(l, key, values)), `${where}: ${key} in ${l}: ${shown(l, key, values)}`);
  if (l !== "en") assert.ok(!html.includes(shown("en", key, values)), `${where}: ${key} still in English`);
}

/** Framework content is marked English, with the page's one note, on pages in other languages only. */
function assertContentMarked(html: string, l: Locale, where: string) {
  const note = shown(l, "workspace.notTranslatedYet");
  if (l === "en") {
    // The layout's own marks (the source paper's title, the language switcher's English link) aside.
    const own = html.replace('<html lang="en"', "").replace('<cite lang="en">', "").replace(' lang="en" hreflang="en"', "");
    assert.doesNotMatch(own, /\slang="en"/, `${where}: no language marks in English`);
    return;
  }
  assert.equal(html.split(note).length - 1, 1, `${where}: the note once`);
  assert.ok(html.includes(l === "ar" ? 'lang="en" dir="ltr"' : 'lang="en"'), `${where}: content marked English`);
}

/** A moment as the workspace shows it: compact in English, the reader's own format elsewhere. */
function moment(l: Locale, iso: string): string {
  const time =
    l === "en"
      ? iso.replace("T", " ").slice(0, 16)
      : new Intl.DateTimeFormat(l, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso));
  return translate(l, "account.timeUtc", { time });
}

for (const database of testDatabases())
  describe(`the workspace in six languages on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let org: Organisation;
    const people: Record<string, SignedInClient> = {};
    const editor = (item: string, l: Locale = "en") => `${prefix(l)}/orgs/${ORG}/assess/KEN/${CYCLE}/${item}`;
    const stored = (item: string): Promise<Assessment | undefined> =>
      deps.repos.assessments.find({ organisationId: org.id, countryIso3: "KEN", cycleId: CYCLE, itemId: item });

    const get = async (client: SignedInClient, path: string) => app.request(path, { headers: client.headers() });
    const post = async (client: SignedInClient, path: string, body: URLSearchParams | FormData) =>
      app.request(path, { method: "POST", headers: client.headers(), body });
    /** Opens a page, fills the form posting to `action` as a person would, and sends it. */
    async function fill(client: SignedInClient, page: string, action: string, changes: Record<string, string | string[]>) {
      const html = await (await get(client, page)).text();
      return post(client, action, withFields(formFields(html, action), changes));
    }

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      org = await makeOrganisation(deps, ORG);
      const gov = await makeOrganisation(deps, "lang-gov-ken", "government_body", "KEN");
      for (const [name, role, slug] of [
        ["contributor", "contributor", ORG],
        ["contributor2", "contributor", ORG],
        ["reviewer", "reviewer", ORG],
        ["official", "contributor", gov.slug],
      ] as const)
        people[name] = await signedInAs(deps, { role, orgSlug: slug });
      await openCycle(deps.repos.assessments, CYCLE);
      // s02-o2 goes round review once (a comment), is published, answered by the government and edited again.
      const [contributor, reviewer, official] = [people.contributor!, people.reviewer!, people.official!];
      const path = editor("s02-o2");
      const steps: [SignedInClient, string, Record<string, string | string[]>][] = [
        [contributor, path, { status: "planned", confidence: "medium", narrative: "A plan.", evidence: [PUBLIC_EVIDENCE] }],
        [contributor, `${path}/submit`, {}],
        [reviewer, `${path}/return`, { comment: "Cite the ministry." }],
        [contributor, `${path}/submit`, {}],
        [reviewer, `${path}/publish`, {}],
      ];
      for (const [who, action, changes] of steps) assert.equal((await fill(who, path, action, changes)).status, 303, action);
      const published = (await stored("s02-o2"))!;
      await deps.assessments.reply(await actorOf(official), published.id, gov, "The plan is funded.", ctx());
      assert.equal((await fill(contributor, path, path, { narrative: "A funded plan." })).status, 303);
      // s05-o1 is sent by a reviewer, who may not publish it too (four eyes).
      const own = editor("s05-o1");
      assert.equal((await fill(reviewer, own, own, { status: "planned", confidence: "high" })).status, 303);
      assert.equal((await fill(reviewer, own, `${own}/submit`, {})).status, 303);
      // s03-o1 waits for a reviewer.
      const other = editor("s03-o1");
      assert.equal((await fill(contributor, other, other, { status: "in_progress", confidence: "low" })).status, 303);
      assert.equal((await fill(contributor, other, `${other}/submit`, {})).status, 303);
    });
    after(() => cleanup());

    /** The actor of a signed-in person, as the services take it. */
    async function actorOf(client: SignedInClient) {
      const memberships = await deps.repos.accounts.membershipsOfUser(client.user.id);
      return { user: client.user, memberships };
    }

    test("the chooser and the workspace: names, counts, plurals and progress in the reader's language", async (t) => {
      const kenya = (await deps.repos.countries.getCountry("KEN"))!;
      for (const l of LOCALES) {
        const chooser = await get(people.contributor!, `${prefix(l)}/orgs/${ORG}/workspace`);
        assert.equal(chooser.status, 200, l);
        const choose = await chooser.text();
        assertInLanguage(choose, l, `chooser ${l}`);
        assertSays(choose, l, "workspace.chooseIntro", `chooser ${l}`);
        assert.ok(choose.includes(`<option value="KEN">${countryName(kenya, l)}</option>`), `Kenya in ${l}`);

        const res = await get(people.contributor!, `${prefix(l)}/orgs/${ORG}/workspace?country=KEN&cycle=${CYCLE}`);
        assert.equal(res.status, 200, l);
        const html = await res.text();
        assertInLanguage(html, l, `workspace ${l}`);
        assertContentMarked(html, l, `workspace ${l}`);
        assert.ok(
          html.includes(`<h1>${shown(l, "workspace.countryCycle", { country: countryName(kenya, l), cycle: "2025" })}</h1>`),
        );
        const n = (x: number) => formatNumber(l, x);
        assertSays(html, l, "workspace.progressOf", `workspace ${l}`, { assessed: n(3), total: n(61) });
        const progress = htmlEscape(
          translate(l, "workspace.progress", { assessed: "\u0001", inReview: "\u0002", published: "\u0003", total: n(61) }),
        )
          .replace("\u0001", `<strong>${n(3)}</strong>`)
          .replace("\u0002", `<strong>${n(2)}</strong>`)
          .replace("\u0003", `<strong>${n(0)}</strong>`);
        assert.ok(html.includes(`<p class="progress">${progress}</p>`), `progress in ${l}: ${progress}`);
        assertSays(html, l, "workspace.itemsShown", `workspace ${l}`, { count: 61 });
        assert.equal(html.split(`<span class="tag">${shown(l, "workspace.notAssessed")}</span>`).length - 1, 58, l);
        assert.ok(
          html.includes(
            `<span class="tag">${shown(l, "workspace.reviewState.draft")}</span> ${shown(l, "public.status.planned")}`,
          ),
        );
        assert.ok(html.includes(`<span class="tag">${shown(l, "workspace.reviewState.in_review")}</span>`), l);
        const link = `<a href="${editor("s02-o2", l)}"${l === "en" ? "" : l === "ar" ? ' lang="en" dir="ltr"' : ' lang="en"'}>`;
        assert.ok(html.includes(link), `the item's title is marked in ${l}`);
        t.diagnostic(`workspace in ${l}: ${html.length} bytes, ${gzipSync(html).length} gzipped`);

        const filtered = await (
          await get(people.contributor!, `${prefix(l)}/orgs/${ORG}/workspace?country=KEN&cycle=${CYCLE}&state=in_review`)
        ).text();
        assertInLanguage(filtered, l, `filtered ${l}`);
        assertSays(filtered, l, "workspace.itemsShown", `filtered ${l}`, { count: 2 });
        assert.ok(
          filtered.includes(`<option value="in_review" selected="">${shown(l, "workspace.reviewState.in_review")}</option>`),
        );
      }
      assert.equal(translate("ru", "workspace.itemsShown", { count: 5 }), "Показано 5 элементов");
      assert.equal(translate("ar", "workspace.itemsShown", { count: 2 }), "يُعرض بندان");
    });

    test("a bad country, cycle or filter is explained in the reader's language", async () => {
      for (const l of LOCALES) {
        const base = `${prefix(l)}/orgs/${ORG}/workspace`;
        const country = await get(people.contributor!, `${base}?country=XXX&cycle=${CYCLE}`);
        assert.equal(country.status, 400, l);
        const html = await country.text();
        assertInLanguage(html, l, `bad country ${l}`);
        assertSays(html, l, "workspace.badCountry", `bad country ${l}`, { country: "XXX" });
        const filter = await (await get(people.contributor!, `${base}?country=KEN&cycle=${CYCLE}&strategy=s99`)).text();
        assertSays(filter, l, "workspace.badFilter", `bad filter ${l}`, { parameter: "strategy", value: "s99" });
        const cycle = await (await get(people.contributor!, `${base}?country=KEN&cycle=nope`)).text();
        assertSays(cycle, l, "workspace.badCycle", `bad cycle ${l}`, { cycle: "nope" });
      }
    });

    test("the editor: the item marked English, the review part, dates, versions and statuses in the reader's language", async (t) => {
      const a = (await stored("s02-o2"))!;
      const names = await deps.repos.accounts.getUser(a.editedBy);
      for (const l of LOCALES) {
        const res = await get(people.reviewer!, `${editor("s02-o2", l)}?done=saved`);
        assert.equal(res.status, 200, l);
        const html = await res.text();
        assertInLanguage(html, l, `editor ${l}`);
        assertContentMarked(html, l, `editor ${l}`);
        assertSays(html, l, "workspace.done.saved", `editor ${l}`);
        t.diagnostic(`editor in ${l}: ${html.length} bytes, ${gzipSync(html).length} gzipped`);
        assertSays(html, l, "workspace.editor.savedBy", `editor ${l}`, {
          state: translate(l, "workspace.reviewState.draft"),
          version: formatNumber(l, a.version),
          name: names!.displayName,
          when: moment(l, a.updatedAt),
        });
        assertSays(html, l, "workspace.confidenceChoice.medium", `editor ${l}`);
        assertSays(html, l, "workspace.review.comments", `editor ${l}`);
        assertSays(html, l, "public.history.first", `editor ${l}`);
        assertSays(html, l, "public.reply.heading", `editor ${l}`);
        assert.ok(html.includes("Cite the ministry.") && html.includes("The plan is funded."), "people's words as written");
        assert.ok(html.includes(`<option value="planned" selected="">${shown(l, "public.status.planned")}</option>`), l);
        if (l === "fr") assert.match(moment(l, a.updatedAt), /^\d{1,2} [a-zéû]+\.? \d{4}/, "a French date");
        if (l === "zh") assert.match(moment(l, a.updatedAt), /^\d{4}年\d{1,2}月\d{1,2}日/, "a Chinese date");

        const waiting = await (await get(people.contributor!, editor("s03-o1", l))).text();
        assertInLanguage(waiting, l, `waiting ${l}`);
        assertSays(waiting, l, "workspace.review.waiting", `waiting ${l}`, { name: people.contributor!.user.displayName });
      }
    });

    test("the editor's refusals: a bad form, four eyes, an empty comment and a stale version, in the reader's language", async () => {
      for (const l of LOCALES) {
        const before = await stored("s03-o1");
        const bad = await fill(people.contributor!, editor("s02-o2", l), editor("s02-o2", l), { status: "finished" });
        assert.equal(bad.status, 400, l);
        const html = await bad.text();
        assertInLanguage(html, l, `bad status ${l}`);
        assertSays(html, l, "workspace.problem.chooseStatus", `bad status ${l}`);
        assertSays(html, l, "forms.problemTitle", `bad status ${l}`);

        const own = await post(
          people.contributor!,
          `${editor("s03-o1", l)}/submit`,
          people.contributor!.form({ version: String(before!.version) }),
        );
        assert.equal(own.status, 400, `only a draft is sent, in ${l}`);
        assertSays(await own.text(), l, "workspace.problem.onlyDraftSent", `submit ${l}`);

        const fourEyes = await fill(people.reviewer!, editor("s05-o1", l), `${editor("s05-o1", l)}/publish`, {});
        assert.equal(fourEyes.status, 400, l);
        const fourEyesHtml = await fourEyes.text();
        assertInLanguage(fourEyesHtml, l, `four eyes ${l}`);
        assertSays(fourEyesHtml, l, "workspace.problem.fourEyes", `four eyes ${l}`);

        const empty = await fill(people.reviewer!, editor("s03-o1", l), `${editor("s03-o1", l)}/return`, { comment: " " });
        assert.equal(empty.status, 400, l);
        const emptyHtml = await empty.text();
        assertInLanguage(emptyHtml, l, `empty comment ${l}`);
        assertSays(emptyHtml, l, "workspace.problem.commentNeeded", `empty comment ${l}`);

        const stale = await post(people.reviewer!, `${editor("s03-o1", l)}/publish`, people.reviewer!.form({ version: "1" }));
        assert.equal(stale.status, 409, l);
        const staleHtml = await stale.text();
        assertInLanguage(staleHtml, l, `stale ${l}`);
        assertSays(staleHtml, l, "workspace.staleVersion", `stale ${l}`, { version: before!.version });
        assert.deepEqual(await stored("s03-o1"), before, "nothing changed");
      }
    });

    test("a conflict: both versions side by side in the reader's language, nothing overwritten", async () => {
      for (const l of LOCALES) {
        const path = editor("s04-o1", l);
        const [first, second] = await Promise.all([
          get(people.contributor!, path).then((r) => r.text()),
          get(people.contributor2!, path).then((r) => r.text()),
        ]);
        const action = (html: string, changes: Record<string, string>) => withFields(formFields(html, path), changes);
        const mine = { status: "planned", confidence: "high", narrative: `Mine in ${l}.` };
        assert.equal((await post(people.contributor!, path, action(first, mine))).status, 303, l);
        const theirs = { status: "regressed", confidence: "low", narrative: `Theirs in ${l}.` };
        const res = await post(people.contributor2!, path, action(second, theirs));
        assert.equal(res.status, 409, l);
        const html = await res.text();
        assertInLanguage(html, l, `conflict ${l}`);
        const saved = (await stored("s04-o1"))!;
        assertSays(html, l, "workspace.conflict.heading", `conflict ${l}`);
        assertSays(html, l, "workspace.conflict.notice", `conflict ${l}`, {
          name: people.contributor!.user.displayName,
          version: formatNumber(l, saved.version),
          when: moment(l, saved.updatedAt),
        });
        assertSays(html, l, "public.status.regressed", `conflict ${l}`);
        assertSays(html, l, "workspace.confidenceChoice.low", `conflict ${l}`);
        assert.equal(saved.narrative, `Mine in ${l}.`, "nothing overwritten");
      }
    });

    test("the evidence form: labels, choices and sorted country names in the reader's language; refusals too", async () => {
      const formPath = (l: Locale) => `${prefix(l)}/orgs/${ORG}/evidence/new`;
      for (const l of LOCALES) {
        const res = await get(people.contributor!, `${formPath(l)}?country=KEN&item=s02-o2`);
        assert.equal(res.status, 200, l);
        const html = await res.text();
        assertInLanguage(html, l, `evidence form ${l}`);
        assertContentMarked(html, l, `evidence form ${l}`);
        assertSays(html, l, "workspace.visibilityHint.restricted", `evidence form ${l}`);
        assertSays(html, l, "workspace.suggest.hint", `evidence form ${l}`, { megabytes: formatNumber(l, 10) });
        assert.ok(html.includes(`<option value="court_decision">${shown(l, "public.evidenceType.court_decision")}</option>`));
        const countries = [...html.matchAll(/<option value="([A-Z]{3})"[^>]*>([^<]+)<\/option>/g)].map((m) => m[2]!);
        assert.ok(countries.length >= 193, `${countries.length} countries`);
        const collator = new Intl.Collator(l, { sensitivity: "base" });
        assert.deepEqual(countries, [...countries].sort(collator.compare), `countries in ${l} order`);

        const bad = await fill(people.contributor!, `${formPath(l)}?country=KEN&item=s02-o2`, formPath(l), {
          type: "policy",
          title: "No",
          summary: "A summary.",
          visibility: "public",
          "sources.0.title": "Gazette",
          "sources.0.url": "ftp://example.org",
        });
        assert.equal(bad.status, 400, l);
        const badHtml = await bad.text();
        assertInLanguage(badHtml, l, `evidence refused ${l}`);
        assertSays(badHtml, l, "workspace.problem.titleLength", `evidence refused ${l}`, { min: 3, max: 300 });
        assertSays(badHtml, l, "workspace.problem.sourceUrl", `evidence refused ${l}`, { n: 1 });
      }
      const mine = await deps.repos.evidence.listEvidence(
        { country: "KEN", visibility: [], access: { organisationId: org.id, visibilities: ["organisation", "restricted"] } },
        { page: 1, perPage: 10 },
      );
      assert.equal(mine.total, 0, "no refused form created anything");
    });

    test("suggest links: what was read, the suggestions and an unreadable file, in the reader's language", async () => {
      const law =
        "Section 3. A person who shares an intimate image of another person without consent commits an offence.\n\n" +
        "Section 9. The Minister shall fund a national helpline for survivors of technology-facilitated abuse.";
      const read = await suggestServiceFor(deps.repos.framework).suggest(law);
      assert.ok(read.passageCount > 1 && read.suggestions.length > 0);
      for (const l of LOCALES) {
        const form = `${prefix(l)}/orgs/${ORG}/evidence/new`;
        const html = await (await get(people.contributor!, `${form}?country=KEN`)).text();
        const body = (file: File) => {
          const data = new FormData();
          for (const [k, v] of formFields(html, form)) data.append(k, v);
          data.append("document", file);
          return data;
        };
        const res = await post(people.contributor!, `${form}/suggest`, body(new File([law], "law.txt", { type: "text/plain" })));
        assert.equal(res.status, 200, l);
        const page = await res.text();
        assertInLanguage(page, l, `suggestions ${l}`);
        assertSays(page, l, "workspace.suggest.read", `suggestions ${l}`, {
          name: "law.txt",
          type: "TXT",
          characters: law.length,
          passages: read.passageCount,
        });
        assertSays(page, l, "workspace.suggest.suggested", `suggestions ${l}`);
        const label = page.match(/<label for="accept">([\s\S]*?)<\/label>/)?.[1] ?? "";
        const [before = ""] = translate(l, "workspace.suggest.accept", { item: "\u0000", kind: "" }).split("\u0000");
        assert.ok(label.startsWith(htmlEscape(before)), `the accept label in ${l}: ${label}`);
        if (l !== "en") assert.match(label, /<span lang="en"( dir="ltr")?>/, "the suggested item's title is marked English");

        const empty = await post(people.contributor!, `${form}/suggest`, body(new File([], "empty.txt")));
        const none = await post(people.contributor!, `${form}/suggest`, body(new File(["plain words"], "law.pdf")));
        assert.equal(none.status, 400, l);
        const noneHtml = await none.text();
        assertInLanguage(noneHtml, l, `unreadable file ${l}`);
        assertSays(noneHtml, l, "workspace.document.notWhatItsNameSays", `unreadable file ${l}`, {
          name: "law.pdf",
          type: "PDF",
        });
        // An empty file input is no file: the step asks for text or a file.
        assert.equal(empty.status, 400, l);
        assertSays(await empty.text(), l, "workspace.suggest.pasteOrUpload", `no file ${l}`);
      }
    });

    test("an organisation's confidential evidence record in every language", async () => {
      const created = await deps.evidence.create(
        await actorOf(people.contributor!),
        org,
        {
          type: "programme",
          title: "Helpline pilot",
          summary: "A pilot helpline.",
          countryIso3: "KEN",
          date: "2025-03",
          visibility: "organisation",
          sources: [{ title: "Internal note" }],
          links: ["s02-o2"],
        },
        ctx(),
      );
      for (const l of LOCALES) {
        const res = await get(people.contributor!, `${prefix(l)}/orgs/${ORG}/evidence/${created.id}`);
        assert.equal(res.status, 200, l);
        const html = await res.text();
        assertInLanguage(html, l, `evidence record ${l}`);
        assertSays(html, l, "public.evidence.organisationNotice", `evidence record ${l}`);
      }
    });

    test("the services keep English for the API and logs, and catalogue messages for pages", async () => {
      const error = await deps.evidence
        .create(
          await actorOf(people.contributor!),
          org,
          {
            type: "rumour",
            title: "x",
            summary: "",
            countryIso3: "KEN",
            date: "",
            visibility: "restricted",
            sources: [{ url: "nope" }],
            links: [],
          },
          ctx(),
        )
        .catch((e: unknown) => e);
      assert.ok(error instanceof FormError);
      assert.deepEqual(error.problems, {
        type: "Choose what kind of evidence this is.",
        title: "Give a title of 3 to 300 characters.",
        summary: "Summarise the evidence (up to 5,000 characters).",
        visibility: "Only reviewers and admins can record restricted evidence; choose your organisation or public.",
        "sources.0.title": "Source 1: give its title.",
        "sources.0.url": "Source 1: the web address must start with http:// or https://.",
        links: "Link the evidence to at least one commitment, option or factor.",
      });
      assert.deepEqual(error.messages["sources.0.url"], { key: "workspace.problem.sourceUrl", values: { n: 1 } });
      assert.equal(translate("ar", "workspace.problem.summaryLength", { max: 5000 }), "لخّص الأدلة (حتى 5,000 حرف).");
      assert.equal(
        translate("fr", "workspace.problem.summaryLength", { max: 5000 }),
        "Résumez les éléments de preuve (5\u202f000 caractères au maximum).",
      );
      assert.equal(translate("zh", "workspace.problem.sourceUrl", { n: 2 }), "来源 2：网址必须以 http:// 或 https:// 开头。");
    });
  });
