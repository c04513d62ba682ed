/**
 * Shadow reports in every report language (the six UN languages), on every
 * database: each template's title, the section headings and the generated
 * sentences come from that language's messages, in HTML and in the DOCX; no
 * English report wording is left in a report in another language; `lang` and
 * `dir` in the HTML, w:lang and fonts in the DOCX. As PDF (LibreOffice, skipped
 * where it or poppler-utils is missing, except under CI): pdftotext reads the
 * headings back, and an embedded font holds the glyphs (Chinese, Cyrillic).
 * The messages themselves: ./shadow-messages.test.ts; expectations: ./shadow-language-text.ts.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { strFromU8, unzipSync } from "fflate";
import type { Actor } from "../../src/domain/accounts/types";
import { evidenceAccess } from "../../src/domain/evidence/access";
import type { Repositories } from "../../src/domain/ports";
import {
  REPORT_LANGUAGES,
  type ReportLanguage,
  renderReport,
  renderReportFile,
  type ShadowReport,
  shadowReport,
  TEMPLATES,
  type Template,
} from "../../src/reports/shadow";
import { MESSAGES } from "../../src/reports/shadow/messages";
import { seededStorage, testDatabases } from "../support/databases";
import { visibleText } from "../support/untranslated";
import { PUBLIC_EVIDENCE, SECRET, shadowPeople, shadowRecords } from "./shadow-fixtures";
import { docxText, EXPECTED, englishLeft, esc, flat, styled, unXml } from "./shadow-language-text";

const DATE = "2026-04-01T00:00:00.000Z";

for (const database of testDatabases())
  describe(`shadow reports in every report language on ${database.name}`, () => {
    let repos: Repositories;
    let people: Record<string, Actor> = {};
    let cleanup = async () => {};
    let evidenceTitle = "";
    const make = (lang: ReportLanguage, template: Template, extra: { orgs?: string[]; internal?: boolean } = {}) =>
      shadowReport(
        repos,
        {
          countryIso3: "KEN",
          cycleId: "2025",
          organisationSlugs: extra.orgs,
          ...(extra.internal ? { access: evidenceAccess(people.viewer!, "org-a")! } : {}),
        },
        { template, lang, date: DATE, ...(extra.internal ? { audience: "internal" as const } : {}) },
      );

    before(async () => {
      const storage = await seededStorage(database);
      repos = storage;
      cleanup = storage.cleanup;
      await shadowRecords(repos);
      people = await shadowPeople(repos);
      evidenceTitle = (await repos.evidence.getEvidence(PUBLIC_EVIDENCE, ["public"]))!.title;
    });
    after(() => cleanup());

    for (const lang of REPORT_LANGUAGES)
      test(`${lang}: titles, headings and sentences in ${lang}, in HTML and DOCX, with no English wording left`, async () => {
        const m = MESSAGES[lang];
        const expected = EXPECTED[lang];
        const dir = lang === "ar" ? "rtl" : "ltr";
        const titles: [Template, string[] | undefined, string][] = [
          ["general", undefined, m.title.general],
          ["cedaw", undefined, m.title.cedaw],
          ["upr", undefined, `${m.title.upr}${m.punctuation.colon}${m.joint}`], // both organisations: a joint submission
          ["upr", ["cso-a"], m.title.upr],
        ];
        assert.deepEqual([...new Set(titles.map(([t]) => t))].sort(), [...TEMPLATES].sort(), "every template");
        for (const [template, orgs, title] of titles) {
          const r = await make(lang, template, { orgs });
          assert.equal(r.cover.title, title, `${lang} ${template}`);
          assert.equal(r.title, `${title}${m.punctuation.colon}${expected.country}`);
          assert.ok(strFromU8(renderReport(r, "html")).includes(`<h1>${esc(title)}</h1>`), `${lang} ${template}: HTML title`);
          const doc = strFromU8(unzipSync(renderReport(r, "docx"))["word/document.xml"]!);
          assert.deepEqual(styled(doc, "Title"), [title], `${lang} ${template}: DOCX title`);
        }

        const r = await make(lang, "general");
        assert.deepEqual(
          r.sections.map((s) => s.title),
          r.sections.map((s) => m.sections[s.id]),
        );
        assert.equal(r.cover.date, expected.date);
        assert.equal(r.dir, dir);
        const html = strFromU8(renderReport(r, "html"));
        const zip = unzipSync(renderReport(r, "docx"));
        const doc = strFromU8(zip["word/document.xml"]!);
        assert.match(html, new RegExp(`^<!doctype html>\n<html lang="${lang}" dir="${dir}">`));
        for (const s of r.sections) assert.ok(html.includes(`<h2 id="h-${s.id}">${esc(m.sections[s.id])}</h2>`), `HTML ${s.id}`);
        assert.ok(
          html.includes(`<h2 id="toc-h">${esc(m.contents)}</h2>`) && html.includes(`<h2 id="notes-h">${esc(m.notes)}</h2>`),
        );
        assert.deepEqual(
          styled(doc, "Heading1"),
          r.sections.map((s) => m.sections[s.id]),
          "DOCX headings",
        );
        // Every text of the page (visibleText would drop all of an English page: its <html> is lang="en").
        const htmlText = flat(unXml(html.replace(/<head>[\s\S]*?<\/head>/, "").replace(/<[^>]+>/g, " ")));
        const docText = flat(docxText(doc));
        for (const sentence of [...expected.sentences, expected.date, `${m.country}${m.punctuation.colon}${expected.country}`])
          assert.ok(docText.includes(flat(sentence)), `DOCX says ${sentence}`);
        for (const sentence of [...expected.sentences, expected.date, expected.country])
          assert.ok(htmlText.includes(flat(sentence)), `HTML says ${sentence}`);
        // A later citation of the same record points back to the first, in the report's words.
        assert.equal(r.footnotes[1]!.text, m.seeNote(evidenceTitle, 1));

        // Word: the document's language and fonts; right to left only in Arabic.
        const styles = strFromU8(zip["word/styles.xml"]!);
        assert.match(styles, new RegExp(`<w:lang w:val="${expected.word}" w:eastAsia="zh-CN" w:bidi="ar-SA"/>`));
        assert.match(styles, /<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Microsoft YaHei" w:cs="Arial"\/>/);
        assert.equal(doc.includes("<w:bidi/>"), lang === "ar");
        assert.equal(doc.includes('<w:rFonts w:hint="eastAsia"/>'), lang === "zh");
        assert.match(strFromU8(zip["docProps/core.xml"]!), new RegExp(`<dc:language>${lang}</dc:language>`));

        if (lang === "en") return;
        // What is left once the data is taken out (organisations' names and texts, the reply, the sources cited) is the report's own wording.
        const data = [
          ...r.cover.organisations,
          "Government of Kenya",
          "The Ministry has started consultations.",
          ...r.footnotes.flatMap((f) => [f.text, f.url ?? ""]),
        ].filter(Boolean);
        const own = (text: string) =>
          data.reduce((t, d) => t.replaceAll(d, " "), text).replace(/Finding on \S+ by org-[ab]\./g, " ");
        assert.deepEqual(englishLeft(own(visibleText(html)), lang), [], `${lang}: English left in the HTML`);
        assert.deepEqual(englishLeft(own(unXml(docxText(doc, true))), lang), [], `${lang}: English left in the DOCX`);
      });

    test("an internal report says Confidential in each language, on every page and beside confidential notes", async () => {
      for (const lang of REPORT_LANGUAGES) {
        const m = MESSAGES[lang];
        const r = await make(lang, "upr", { orgs: ["cso-a"], internal: true });
        assert.equal(r.confidential, m.confidential);
        assert.ok(strFromU8(renderReport(r, "html")).includes(esc(m.confidential)), `${lang}: HTML banner`);
        const header = strFromU8(unzipSync(renderReport(r, "docx"))["word/header1.xml"]!);
        assert.equal(docxText(header), m.confidential, `${lang}: DOCX header`);
        const note = r.footnotes.find((f) => f.evidenceId === SECRET.evidenceId);
        assert.ok(note?.text.endsWith(`[${m.confidentialEvidence}]`), `${lang}: ${note?.text}`);
        if (lang !== "en") assert.deepEqual(englishLeft(r.confidential ?? "", lang), [], `${lang}: English marking`);
      }
    });
  });

// PDF: one database is enough, the renderer is the same.
const which = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).stdout.trim();
const missing = ["soffice", "pdftotext", "pdffonts", "fc-list"].filter((c) => !which(c));
const skip = missing.length && process.env.CI !== "true" ? `not installed: ${missing.join(", ")}` : false;
/** Fontconfig's language of the glyphs each report needs beyond Latin. */
const SCRIPT: Partial<Record<ReportLanguage, string>> = { ru: "ru", zh: "zh-cn" };

describe("shadow reports as PDF in French, Spanish, Russian and Chinese", { skip }, () => {
  let repos: (Repositories & { cleanup(): Promise<void> }) | undefined;
  const dir = mkdtempSync(join(tmpdir(), "blueprint-shadow-languages-"));
  before(async () => {
    repos = await seededStorage(testDatabases()[0]!);
    await shadowRecords(repos);
  });
  after(async () => {
    await repos?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  // English and Arabic: tests/reports/shadow-pdf.test.ts.
  for (const lang of ["fr", "es", "ru", "zh"] as const)
    test(`${lang}: pdftotext reads the headings back; the fonts are embedded and hold the glyphs`, async (t) => {
      assert.equal(missing.length, 0, "CI=true needs soffice, pdftotext, pdffonts and fc-list");
      const m = MESSAGES[lang];
      const report: ShadowReport = await shadowReport(
        repos!,
        { countryIso3: "KEN", cycleId: "2025" },
        { template: "cedaw", lang, date: DATE },
      );
      const started = performance.now();
      const bytes = await renderReportFile(report, "pdf");
      t.diagnostic(`${lang}: PDF rendered in ${Math.round(performance.now() - started)} ms (${bytes.length} bytes)`);
      const file = join(dir, `report-${lang}.pdf`);
      writeFileSync(file, bytes);
      const text = flat(spawnSync("pdftotext", [file, "-"], { encoding: "utf8" }).stdout);
      for (const heading of [m.title.cedaw, ...report.sections.map((s) => s.title), EXPECTED[lang].date])
        assert.ok(text.includes(flat(heading)), `${lang}: the PDF says ${heading}`);
      assert.ok(Buffer.from(bytes).includes(`/Lang(${EXPECTED[lang].word})`), "language in the metadata");
      const fonts = spawnSync("pdffonts", [file], { encoding: "utf8" }).stdout.split("\n").slice(2).filter(Boolean);
      assert.ok(fonts.length > 0 && fonts.every((f) => / yes +yes +yes /.test(f)), `every font embedded:\n${fonts.join("\n")}`);
      const script = SCRIPT[lang];
      if (script) {
        // The font's own name, without the subset prefix ("BAAAAA+WenQuanYiMicroHei"), asked of fontconfig.
        const names = fonts.map((f) => f.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ""));
        const covering = names.filter((n) =>
          spawnSync("fc-list", [`:postscriptname=${n}:lang=${script}`], { encoding: "utf8" }).stdout.trim(),
        );
        assert.ok(covering.length > 0, `an embedded font has ${script} glyphs: ${names.join(", ")}`);
        t.diagnostic(`${lang}: ${covering.join(", ")}`);
      }
    });
});
