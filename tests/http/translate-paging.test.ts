/**
 * The translators' list in pages, on every database: a section with more
 * records needing work than a page holds is listed a page at a time with
 * plain previous/next links (no JavaScript) that keep the language and the
 * other sections' pages; the counts cover everything; a bad page number is a
 * clear 400 in the reader's language.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Evidence } from "../../src/domain/evidence/types";
import { ROWS_PER_PAGE } from "../../src/domain/translations/overview";
import { sourceHash } from "../../src/domain/translations/source-hash";
import type { WebDeps } from "../../src/web/deps";
import { makeOrganisation, type SignedInClient, signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";
import { englishLeftIn } from "../support/untranslated";

const RECORDS = ROWS_PER_PAGE + 12;
const SECTION = "evidence.cso-many";
const NOW = "2026-03-01T10:00:00.000Z";

/** The part of the list page that is one section: from its heading to the next section. */
function section(html: string, key: string): string {
  const start = html.indexOf(`<h2 id="section-${key}">`);
  assert.ok(start >= 0, `section ${key} is on the page`);
  const end = html.indexOf("</section>", start);
  return html.slice(start, end);
}
/** The records a section part links to the editor of, in `locale`. */
const editorIds = (part: string, locale = "fr") =>
  [...part.matchAll(new RegExp(`href="(?:/fr)?/translate/evidence/([^/"]+)/${locale}"`, "g"))].map((m) => m[1]!);
const decode = (href: string) => href.replaceAll("&amp;", "&");

for (const database of testDatabases())
  describe(`the translators' list in pages on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let contributor: SignedInClient;
    let superadmin: SignedInClient;
    const get = (client: SignedInClient, path: string) => app.request(path, { headers: client.headers() });

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      const org = await makeOrganisation(deps, "cso-many");
      contributor = await signedInAs(deps, { role: "contributor", orgSlug: "cso-many" });
      superadmin = await signedInAs(deps, { superadmin: true });
      for (let i = 1; i <= RECORDS; i++) {
        const n = String(i).padStart(3, "0");
        const evidence: Evidence = {
          id: `many-${n}`,
          packId: null,
          organisationId: org.id,
          type: "law",
          title: `Record ${n} on online abuse`,
          summary: `Summary of record ${n}.`,
          countryIso3: "KEN",
          body: null,
          date: "2024",
          visibility: "public",
          citation: null,
          sources: [{ title: "Gazette" }],
          links: ["s02-o2"],
          createdAt: NOW,
          updatedAt: NOW,
        };
        await deps.repos.evidence.create(evidence, contributor.user.id);
      }
      // Record 001 is fully translated into French: it needs no work there and drops out of the French list.
      for (const [field, original, text] of [
        ["title", "Record 001 on online abuse", "Fiche 001 sur les violences en ligne"],
        ["summary", "Summary of record 001.", "Résumé de la fiche 001."],
      ] as const)
        await deps.repos.translations.upsert({
          entityType: "evidence",
          entityId: "many-001",
          field,
          locale: "fr",
          text,
          sourceHash: sourceHash(original),
          translatedBy: contributor.user.id,
          updatedAt: NOW,
        });
    });
    after(() => cleanup());

    test("a section longer than a page is listed a page at a time, with previous and next links", async () => {
      const needing = RECORDS - 1;
      const first = await get(contributor, "/translate?lang=fr");
      assert.equal(first.status, 200);
      const one = section(await first.text(), SECTION);
      assert.match(one, new RegExp(`Records that need work in French: ${needing} of ${RECORDS}\\.`));
      assert.match(one, new RegExp(`Listed here: 1 to ${ROWS_PER_PAGE}\\.`));
      assert.match(one, /<span>Page 1 of 2<\/span>/);
      assert.doesNotMatch(one, /rel="prev"/);
      const pageOne = editorIds(one);
      assert.equal(pageOne.length, ROWS_PER_PAGE);
      assert.equal(pageOne[0], "many-002", "in title order, without the translated record");
      const next = decode(/<a rel="next" href="([^"]+)"/.exec(one)?.[1] ?? "");
      assert.equal(next, `/translate?lang=fr&page.${SECTION}=2#section-${SECTION}`);

      const second = await get(contributor, next.split("#")[0]!);
      assert.equal(second.status, 200);
      const two = section(await second.text(), SECTION);
      assert.match(two, new RegExp(`Listed here: ${ROWS_PER_PAGE + 1} to ${needing}\\.`));
      assert.match(two, /<span>Page 2 of 2<\/span>/);
      assert.doesNotMatch(two, /rel="next"/);
      assert.equal(decode(/<a rel="prev" href="([^"]+)"/.exec(two)?.[1] ?? ""), `/translate?lang=fr#section-${SECTION}`);
      const pageTwo = editorIds(two);
      assert.equal(pageTwo.length, needing - ROWS_PER_PAGE);
      assert.deepEqual(
        new Set([...pageOne, ...pageTwo]),
        new Set(Array.from({ length: needing }, (_, i) => `many-${String(i + 2).padStart(3, "0")}`)),
        "the two pages hold every record needing work, each once",
      );

      // In Spanish every record needs work: still two pages, the second one a record longer.
      const spanish = section(await (await get(contributor, `/translate?lang=es&page.${SECTION}=2`)).text(), SECTION);
      assert.equal(editorIds(spanish, "es").length, RECORDS - ROWS_PER_PAGE);
    });

    test("the pages speak the reader's language", async () => {
      const res = await get(contributor, `/fr/translate?lang=fr&page.${SECTION}=2`);
      assert.equal(res.status, 200);
      const html = await res.text();
      const two = section(html, SECTION);
      assert.match(two, /<span>Page 2 sur 2<\/span>/);
      assert.match(two, /← Page précédente/);
      assert.match(two, new RegExp(`Fiches affichées : ${ROWS_PER_PAGE + 1} à ${RECORDS - 1}\\.`));
      assert.match(two, new RegExp(`href="/fr/translate\\?lang=fr#section-${SECTION.replace(".", "\\.")}"`));
      assert.deepEqual(englishLeftIn(html, "fr", ["translate"]), []);
    });

    test("a link to another page keeps the language and the other sections' pages", async () => {
      const html = await (await get(superadmin, "/translate?lang=ar&page.packEvidence=2")).text();
      const framework = section(html, "framework");
      const next = decode(/<a rel="next" href="([^"]+)"/.exec(framework)?.[1] ?? "");
      assert.equal(next, "/translate?lang=ar&page.framework=2&page.packEvidence=2#section-framework");
      const pack = section(html, "packEvidence");
      assert.match(pack, /<span>Page 2 of 2<\/span>/);
      assert.equal(
        decode(/<a rel="prev" href="([^"]+)"/.exec(pack)?.[1] ?? ""),
        "/translate?lang=ar#section-packEvidence",
        "back to the first page of both",
      );
    });

    test("a bad page number is a clear 400 in the reader's language", async () => {
      for (const [value, message] of [
        ["0", "“0” is not a page number. Use a whole number from 1."],
        ["two", "“two” is not a page number. Use a whole number from 1."],
        ["-1", "“-1” is not a page number. Use a whole number from 1."],
        ["3", "There is no page 3 here: this section has 2 pages."],
      ]) {
        const res = await get(contributor, `/translate?lang=fr&page.${SECTION}=${value}`);
        assert.equal(res.status, 400, value);
        assert.ok((await res.text()).includes(message!), `${value}: ${message}`);
      }
      const french = await get(contributor, `/fr/translate?lang=fr&page.${SECTION}=9`);
      assert.equal(french.status, 400);
      assert.ok((await french.text()).includes("Il n’y a pas de page 9 ici : cette section compte 2 pages."));
    });
  });
