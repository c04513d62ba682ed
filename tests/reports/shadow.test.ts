/**
 * Shadow reports built from a real database (SQLite and PGlite): the model,
 * the HTML and DOCX renderers, the UPR word limits, Arabic, the errors, and the
 * canary: confidential evidence cited by a published assessment, and a draft,
 * never reach a report, in any report language. The other languages:
 * ./shadow-languages.test.ts.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { strFromU8, unzipSync } from "fflate";
import type { Repositories } from "../../src/domain/ports";
import {
  REPORT_LANGUAGES,
  ReportInputError,
  type ReportLanguage,
  renderReport,
  shadowReport,
  type Template,
} from "../../src/reports/shadow";
import { seededStorage, testDatabases } from "../support/databases";
import { PUBLIC_EVIDENCE, SECRET, shadowRecords } from "./shadow-fixtures";

const DATE = "2026-04-01T00:00:00.000Z";
const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();

for (const database of testDatabases())
  describe(`shadow reports on ${database.name}`, () => {
    let repos: Repositories;
    let cleanup = async () => {};
    const make = (template: Template, extra: { lang?: ReportLanguage; orgs?: string[]; wordLimit?: number } = {}) =>
      shadowReport(
        repos,
        { countryIso3: "ken", cycleId: "2025", organisationSlugs: extra.orgs },
        { template, lang: extra.lang ?? "en", date: DATE, wordLimit: extra.wordLimit },
      );

    before(async () => {
      const storage = await seededStorage(database);
      repos = storage;
      cleanup = storage.cleanup;
      await shadowRecords(repos);
    });
    after(() => cleanup());

    test("the model: cover, sections, statuses, footnotes, recommendations, replies and an annex of every item", async () => {
      const r = await make("general");
      assert.deepEqual(r.cover.organisations, ["Organisation cso-a", "Organisation cso-b"]);
      assert.equal(r.cover.country, "Kenya");
      assert.deepEqual(
        r.sections.map((s) => s.id),
        ["executive-summary", "methodology", "findings", "obstacles", "recommendations", "replies", "annex"],
      );
      const text = JSON.stringify(r.sections);
      assert.match(text, /Of 61 items, 3 were assessed: 1 planned, 1 in progress, 1 complete/);
      assert.match(text, /version 1\.0\.0/);
      assert.match(text, /The organisations gave different statuses/);
      const first = r.footnotes[0]!;
      assert.equal(first.evidenceId, PUBLIC_EVIDENCE);
      assert.match(first.text, /Computer Misuse and Cybercrimes Act\. .*Stimson Center, 2023, .*footnote 86/);
      assert.match(r.footnotes[1]!.text, /see note 1/);
      const recs = r.sections.find((s) => s.id === "recommendations")!;
      assert.match(JSON.stringify(recs), /Map gaps in laws/); // planned, the lowest of planned and substantial
      assert.doesNotMatch(JSON.stringify(recs), /Explain the UN commitments/); // complete
      assert.match(JSON.stringify(r.sections.find((s) => s.id === "replies")), /Government of Kenya.*started consultations/);
      const annex = r.sections.find((s) => s.id === "annex")!.blocks[0]!;
      assert.equal(annex.type === "table" && annex.rows.length, 61);
      assert.equal(r.wordLimit, null);
    });

    test("one organisation's report has only its assessments", async () => {
      const r = await make("cedaw", { orgs: ["cso-b"] });
      assert.deepEqual(r.cover.organisations, ["Organisation cso-b"]);
      assert.match(r.cover.title, /Elimination of Discrimination against Women/);
      assert.doesNotMatch(JSON.stringify(r.sections), /by org-a/);
    });

    test("UPR: numbered paragraphs, individual and joint limits, a configurable limit and by how much it is exceeded", async () => {
      const joint = await make("upr");
      assert.equal(joint.wordLimit?.limit, 5630);
      assert.match(joint.cover.title, /Joint submission/);
      const single = await make("upr", { orgs: ["cso-a"] });
      assert.equal(single.wordLimit?.limit, 2815);
      assert.ok(single.sections[0]!.blocks.some((b) => b.type === "paragraph" && b.numbered));
      const tight = await make("upr", { orgs: ["cso-a"], wordLimit: 100 });
      assert.ok(tight.words > 100);
      assert.deepEqual(tight.wordLimit, { limit: 100, words: tight.words, exceededBy: tight.words - 100 });
      const html = strFromU8(renderReport(single, "html"));
      assert.match(html, /<p class="numbered"><span class="n">1\.<\/span>/);
    });

    test("canary: confidential evidence cited by a published assessment, and drafts, never appear in HTML or DOCX", async () => {
      for (const template of ["general", "upr", "cedaw"] as const)
        for (const lang of REPORT_LANGUAGES) {
          const r = await make(template, { lang });
          const html = strFromU8(renderReport(r, "html"));
          const parts = Object.values(unzipSync(renderReport(r, "docx"))).map((b) => strFromU8(b));
          for (const text of [html, ...parts, JSON.stringify(r)])
            for (const secret of [SECRET.evidenceId, SECRET.word, SECRET.draft, "example.org/secret"])
              assert.ok(!text.includes(secret), `${template}/${lang} leaks ${secret}`);
          assert.ok(html.includes("Computer Misuse and Cybercrimes Act"), "public evidence is cited");
        }
    });

    test("HTML: standalone, lang and dir, print stylesheet, endnotes, no script", async () => {
      const html = strFromU8(renderReport(await make("general"), "html"));
      assert.match(html, /^<!doctype html>\n<html lang="en" dir="ltr">/);
      assert.match(html, /@page\{size:A4;margin:[^}]*@bottom-center\{content:counter\(page\)/);
      assert.match(html, /<sup><a href="#note-1" id="ref-1">1<\/a><\/sup>/);
      assert.match(html, /<li id="note-1">Computer Misuse/);
      assert.doesNotMatch(html, /<script|<link |src=/i);
      const ar = strFromU8(renderReport(await make("general", { lang: "ar" }), "html"));
      assert.match(ar, /<html lang="ar" dir="rtl">/);
      assert.match(ar, /الملخص التنفيذي/);
      assert.match(
        ar,
        /<span lang="en" dir="auto">Map gaps in laws, regulations and policies<\/span><em> \(لم يُترجم بعد\)<\/em>/,
      );
    });

    test("DOCX: a valid package with styles, numbering, real footnotes, a TOC field, the annex table and properties", async () => {
      const r = await make("upr");
      const zip = unzipSync(renderReport(r, "docx"));
      for (const part of [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/_rels/document.xml.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/numbering.xml",
        "word/footnotes.xml",
        "word/settings.xml",
        "word/footer1.xml",
        "docProps/core.xml",
      ])
        assert.ok(zip[part], part);
      const doc = strFromU8(zip["word/document.xml"]!);
      const styles = strFromU8(zip["word/styles.xml"]!);
      for (const id of ["Title", "Heading1", "Heading2", "Heading3", "Normal", "FootnoteText"])
        assert.match(styles, new RegExp(`w:styleId="${id}"`));
      assert.match(strFromU8(zip["word/numbering.xml"]!), /<w:numFmt w:val="decimal"\/>.*<w:lvlText w:val="%1\."\/>/);
      assert.match(doc, /<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="1"\/><\/w:numPr>/);
      assert.match(doc, /<w:instrText xml:space="preserve"> TOC \\o "1-3" \\h <\/w:instrText>/);
      assert.match(doc, /<w:tbl>.*<w:tblHeader\/>.*Map gaps in laws.*<\/w:tbl>/s);
      const refs = [...doc.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((x) => Number(x[1]));
      const notes = strFromU8(zip["word/footnotes.xml"]!);
      const defined = [...notes.matchAll(/<w:footnote w:id="(\d+)">/g)].map((x) => Number(x[1]));
      assert.deepEqual(refs, [1, 2]);
      assert.deepEqual(defined, refs);
      assert.match(notes, /<w:footnoteRef\/>.*Computer Misuse/);
      const core = strFromU8(zip["docProps/core.xml"]!);
      assert.match(core, /<dc:title>Universal Periodic Review: stakeholder submission: Joint submission: Kenya<\/dc:title>/);
      assert.match(core, /<dc:language>en<\/dc:language>/);
      assert.match(strFromU8(zip["[Content_Types].xml"]!), /footnotes\+xml/);
      assert.doesNotMatch(doc, /<w:bidi\/>|<w:rtl\/>/);
      const ar = unzipSync(renderReport(await make("general", { lang: "ar" }), "docx"));
      const arDoc = strFromU8(ar["word/document.xml"]!);
      assert.match(
        arDoc,
        /<w:pPr><w:pStyle w:val="Heading1"\/><w:bidi\/><\/w:pPr><w:r><w:rPr><w:rtl\/><\/w:rPr><w:t xml:space="preserve">الملخص التنفيذي/,
      );
      assert.match(arDoc, /<w:lang w:val="en"\/><\/w:rPr><w:t xml:space="preserve">Map gaps in laws/);
      assert.match(strFromU8(ar["docProps/core.xml"]!), /<dc:language>ar<\/dc:language>/);
    });

    test("DOCX converts to PDF with LibreOffice", {
      skip: !soffice && process.env.CI !== "true" ? "soffice (LibreOffice) is not installed" : false,
    }, async () => {
      assert.ok(soffice, "CI=true needs LibreOffice (soffice) on the PATH");
      const dir = mkdtempSync(join(tmpdir(), "blueprint-shadow-soffice-"));
      try {
        for (const lang of ["en", "ar"] as const) {
          const file = join(dir, `report-${lang}.docx`);
          writeFileSync(file, renderReport(await make("upr", { lang }), "docx"));
          const res = spawnSync(
            soffice,
            [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, file],
            { encoding: "utf8", timeout: 120_000 },
          );
          assert.equal(res.status, 0, res.stderr);
          assert.equal(
            readFileSync(join(dir, `report-${lang}.pdf`))
              .subarray(0, 5)
              .toString(),
            "%PDF-",
          );
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test("clear errors: unknown country, cycle, organisation; no published assessments", async () => {
      const attempt = (req: { countryIso3: string; cycleId: string; organisationSlugs?: string[] }) =>
        shadowReport(repos, req, { template: "general", lang: "en", date: DATE });
      const cases: [Parameters<typeof attempt>[0], string, RegExp][] = [
        [{ countryIso3: "XYZ", cycleId: "2025" }, "unknown_country", /'XYZ'/],
        [{ countryIso3: "KEN", cycleId: "1999" }, "unknown_cycle", /'1999'/],
        [{ countryIso3: "KEN", cycleId: "2025", organisationSlugs: ["nobody"] }, "unknown_organisation", /'nobody'/],
        [{ countryIso3: "FRA", cycleId: "2025" }, "no_publications", /No published assessments of France/],
        [{ countryIso3: "KEN", cycleId: "2023" }, "no_publications", /cycle '2023'/],
      ];
      for (const [req, code, message] of cases)
        await assert.rejects(
          attempt(req),
          (e: unknown) => e instanceof ReportInputError && e.code === code && message.test(e.message),
        );
    });
  });
