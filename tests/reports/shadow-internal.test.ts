/**
 * Internal reports and reports built from a draft, on every database. An
 * internal report cites the organisation's own confidential evidence that the
 * reader's role may see (viewers and contributors: "organisation"; reviewers:
 * also "restricted"), never another organisation's, and says "Confidential"
 * on every page (HTML banner and running header, DOCX header part). A public
 * report never cites them, even from input read for an internal one. A draft
 * version's text replaces the generated summary and recommendations in every
 * format.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { strFromU8, unzipSync } from "fflate";
import type { Actor } from "../../src/domain/accounts/types";
import { evidenceAccess } from "../../src/domain/evidence/access";
import type { Repositories } from "../../src/domain/ports";
import {
  type BuildOptions,
  buildShadowReport,
  gatherShadowInput,
  plain,
  renderReport,
  type ShadowReport,
  shadowReport,
} from "../../src/reports/shadow";
import { editableBlocks, editableText } from "../../src/reports/shadow/editable";
import { seededStorage, testDatabases } from "../support/databases";
import { INTERNAL, internalRecords, SECRET, shadowPeople, shadowRecords } from "./shadow-fixtures";

const DATE = "2026-04-01T00:00:00.000Z";
/** The model, the HTML, and every part of the DOCX together: one text per format. */
const everything = (r: ShadowReport) => [
  JSON.stringify(r),
  strFromU8(renderReport(r, "html")),
  Object.values(unzipSync(renderReport(r, "docx")))
    .map((b) => strFromU8(b))
    .join("\n"),
];

for (const database of testDatabases())
  describe(`internal and drafted reports on ${database.name}`, () => {
    let repos: Repositories;
    let people: Record<string, Actor>;
    let cleanup = async () => {};
    const request = (actor?: Actor) => ({
      countryIso3: "KEN",
      cycleId: "2025",
      organisationSlugs: ["cso-a", "cso-b"],
      ...(actor ? { access: evidenceAccess(actor, "org-a")! } : {}),
    });
    const options = (extra: Partial<BuildOptions> = {}): BuildOptions => ({
      template: "general",
      lang: "en",
      date: DATE,
      ...extra,
    });

    before(async () => {
      const storage = await seededStorage(database);
      repos = storage;
      cleanup = storage.cleanup;
      await shadowRecords(repos);
      await internalRecords(repos);
      people = await shadowPeople(repos);
    });
    after(() => cleanup());

    test("each role sees its organisation's confidential evidence it may see, and never another organisation's", async () => {
      for (const [who, restricted] of [
        ["viewer", false],
        ["contributor", false],
        ["reviewer", true],
      ] as const)
        for (const lang of ["en", "ar"] as const) {
          const r = await shadowReport(repos, request(people[who]), options({ lang, audience: "internal" }));
          for (const text of everything(r)) {
            assert.ok(text.includes(SECRET.word), `${who}/${lang}: the organisation's own confidential record is cited`);
            assert.equal(text.includes(INTERNAL.restricted.word), restricted, `${who}/${lang}: restricted record`);
            assert.ok(!text.includes(INTERNAL.otherOrg.word), `${who}/${lang}: another organisation's record never`);
            assert.ok(!text.includes("example.org/other-secret"), `${who}/${lang}: nor its link`);
            assert.ok(!text.includes(SECRET.draft), `${who}/${lang}: no draft assessment`);
          }
          const note = r.footnotes.find((f) => f.evidenceId === SECRET.evidenceId);
          assert.match(note?.text ?? "", lang === "en" ? / \[confidential\]$/ : / \[سري\]$/);
        }
    });

    test("'Confidential' on every page: an HTML banner and print running header, a DOCX header part", async () => {
      const r = await shadowReport(repos, request(people.viewer), options({ audience: "internal", template: "upr" }));
      assert.equal(r.confidential, "Confidential: internal report, not for publication or filing");
      const html = strFromU8(renderReport(r, "html"));
      assert.match(html, /<p class="confidential banner" role="note">Confidential: internal report/);
      // The running header is the repeated header row of a frame table round the whole document.
      assert.match(
        html,
        /<table class="frame" role="presentation"><thead><tr><td><p class="confidential running-header"[^>]*>Confidential/,
      );
      assert.match(html, /<\/section>\n<\/td><\/tr><\/tbody><\/table>\n<\/body>/);
      assert.match(html, /@media print\{[\s\S]*table\.frame>thead\{display:table-header-group\}/);
      assert.match(html, /This internal report also cites the organisation's own confidential evidence/);
      const zip = unzipSync(renderReport(r, "docx"));
      assert.match(strFromU8(zip["word/header1.xml"]!), /<w:hdr [^>]*>.*<w:t xml:space="preserve">Confidential: internal report/);
      assert.match(strFromU8(zip["word/document.xml"]!), /<w:sectPr><w:headerReference w:type="default" r:id="rId6"\/>/);
      assert.doesNotMatch(strFromU8(zip["word/document.xml"]!), /titlePg/, "no separate first page: the cover is marked too");
      assert.match(strFromU8(zip["word/_rels/document.xml.rels"]!), /Id="rId6" Type="[^"]*\/header" Target="header1.xml"/);
      assert.match(strFromU8(zip["[Content_Types].xml"]!), /\/word\/header1\.xml/);
      const ar = strFromU8(
        unzipSync(
          renderReport(await shadowReport(repos, request(people.viewer), options({ lang: "ar", audience: "internal" })), "docx"),
        )["word/header1.xml"]!,
      );
      assert.match(ar, /<w:bidi\/>.*سري \(Confidential\)/);
    });

    test("a public report cites public evidence only, even from input read with confidential access", async () => {
      const input = await gatherShadowInput(repos, request(people.reviewer));
      assert.ok(input.evidence.has(INTERNAL.restricted.evidenceId), "the input does hold the reviewer's records");
      for (const r of [buildShadowReport(input, options()), await shadowReport(repos, request(), options())]) {
        assert.equal(r.confidential, null);
        assert.doesNotMatch(strFromU8(renderReport(r, "html")), /class="frame"/);
        for (const text of everything(r))
          for (const secret of [
            SECRET.word,
            INTERNAL.restricted.word,
            INTERNAL.otherOrg.word,
            "example.org/secret",
            "Confidential",
          ])
            assert.ok(!text.includes(secret), `public report shows ${secret}`);
        assert.ok(
          r.footnotes.some((f) => /Computer Misuse/.test(f.text)),
          "public evidence is still cited",
        );
      }
    });

    test("a draft's text replaces the generated summary and recommendations in every format, numbered in a UPR report", async () => {
      const input = await gatherShadowInput(repos, request());
      const generated = buildShadowReport(input, options({ template: "upr" }));
      const overrides = {
        executiveSummary: "Kenya moved on **online abuse** in 2025.\n\nBut survivors still wait.",
        recommendations: "We recommend that the government:\n\n- Fund the national helpline.\n- Train *every* police station.",
      };
      const r = buildShadowReport(input, options({ template: "upr", overrides }));
      const section = (rep: ShadowReport, id: string) => rep.sections.find((s) => s.id === id)!.blocks;
      assert.deepEqual(
        section(r, "executive-summary").map((b) => b.type === "paragraph" && [plain(b.runs), b.numbered]),
        [
          ["Kenya moved on online abuse in 2025.", true],
          ["But survivors still wait.", true],
        ],
      );
      const recs = section(r, "recommendations");
      assert.equal(recs.length, 3);
      assert.deepEqual(recs[1]?.type === "paragraph" && recs[1].runs, [{ text: "Fund the national helpline." }]);
      assert.deepEqual(recs[2]?.type === "paragraph" && recs[2].runs[1], { text: "every", italic: true });
      assert.notEqual(r.words, generated.words);
      for (const text of everything(r)) {
        assert.ok(text.includes("survivors still wait"), "the draft's summary is in every format");
        assert.ok(text.includes("Fund the national helpline"), "the draft's recommendations are in every format");
        assert.ok(!text.includes("Of 61 items"), "the generated summary is gone");
      }
      assert.match(
        strFromU8(renderReport(r, "html")),
        /<p class="numbered"><span class="n">1\.<\/span>Kenya moved on <strong>online abuse<\/strong>/,
      );
    });

    test("the generated parts read back as the same paragraphs from their editable text", async () => {
      for (const lang of ["en", "ar"] as const) {
        const r = buildShadowReport(await gatherShadowInput(repos, request()), options({ lang }));
        for (const id of ["executive-summary", "recommendations"]) {
          const blocks = r.sections.find((s) => s.id === id)!.blocks;
          const again = editableBlocks(editableText(blocks), (runs) => ({ type: "paragraph", runs, numbered: false }));
          const text = (bs: typeof blocks) => bs.map((b) => (b.type === "paragraph" ? plain(b.runs).trim() : ""));
          assert.deepEqual(text(again), text(blocks), `${lang}/${id}`);
        }
      }
    });
  });
