/**
 * Shadow reports as PDF (LibreOffice converts the DOCX): pdftotext finds the
 * headings and, for an Arabic report, the Arabic text in reading order; the
 * fonts are embedded; the title and language are in the metadata. An internal
 * report says "Confidential" on every page, as PDF and as HTML printed by
 * Chromium, and never holds another organisation's confidential evidence.
 * Skipped where LibreOffice, poppler-utils (or Chromium) is missing, except under CI.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Actor } from "../../src/domain/accounts/types";
import { evidenceAccess } from "../../src/domain/evidence/access";
import { renderReport, renderReportFile, type ShadowReport, shadowReport } from "../../src/reports/shadow";
import type { Storage } from "../../src/storage";
import { browserTestOptions, launchBrowser } from "../support/browser";
import { seededStorage, testDatabases } from "../support/databases";
import { INTERNAL, internalRecords, SECRET, shadowPeople, shadowRecords } from "./shadow-fixtures";

const which = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).stdout.trim();
const missing = !which("soffice") || !which("pdftotext") || !which("pdffonts");
const skip = missing && process.env.CI !== "true" ? "LibreOffice or poppler-utils is not installed" : false;

// Whichever database this run tests (the PostgreSQL pass narrows the list to PostgreSQL).
const database = testDatabases()[0];
let storage: (Storage & { cleanup(): Promise<void> }) | undefined;
let people: Record<string, Actor> = {};
const dir = mkdtempSync(join(tmpdir(), "blueprint-shadow-pdf-"));

before(async () => {
  if (skip || !database) return;
  storage = await seededStorage(database);
  await shadowRecords(storage);
  await internalRecords(storage);
  people = await shadowPeople(storage);
});
after(async () => {
  await storage?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function pdf(lang: "en" | "ar") {
  assert.ok(!missing, "CI=true needs soffice, pdftotext and pdffonts (.ci/run installs them)");
  assert.ok(storage);
  const report = await shadowReport(
    storage,
    { countryIso3: "KEN", cycleId: "2025" },
    { template: "general", lang, date: "2026-04-01T00:00:00.000Z" },
  );
  const file = join(dir, `report-${lang}.pdf`);
  const bytes = await renderReportFile(report, "pdf");
  writeFileSync(file, bytes);
  const text = spawnSync("pdftotext", [file, "-"], { encoding: "utf8" }).stdout;
  const fonts = spawnSync("pdffonts", [file], { encoding: "utf8" }).stdout;
  return { bytes: Buffer.from(bytes), text, fonts };
}

test("an English report as PDF: headings, embedded fonts, title and language", { skip }, async () => {
  const { bytes, text, fonts } = await pdf("en");
  for (const heading of ["Shadow report", "Methodology", "Findings", "Recommendations", "Annex"])
    assert.ok(text.includes(heading), `the PDF has the heading ${heading}`);
  assert.ok(!text.includes(SECRET.word) && !text.includes(SECRET.draft), "no confidential evidence, no draft");
  const rows = fonts.split("\n").slice(2).filter(Boolean);
  assert.ok(rows.length > 0 && rows.every((r) => / yes +yes +yes /.test(r)), `every font embedded:\n${fonts}`);
  assert.ok(bytes.includes("/Lang(en"), "language in the metadata");
});

test("an Arabic report as PDF: Arabic headings and text in reading order, right to left", { skip }, async () => {
  const { bytes, text, fonts } = await pdf("ar");
  for (const words of ["تقرير الظل", "المنهجية", "النتائج", "التوصيات", "كينيا"])
    assert.ok(text.includes(words), `the PDF has ${words}`);
  assert.ok(!text.includes(SECRET.word) && !text.includes(SECRET.draft), "no confidential evidence, no draft");
  assert.ok(/DejaVu|Noto|Amiri|Liberation/.test(fonts), fonts);
  assert.ok(bytes.includes("/Lang(ar"), "Arabic in the metadata");
});

/** The text of each page of a PDF file, by pdftotext. */
function pages(file: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [file], { encoding: "utf8" }).stdout)?.[1] ?? 0);
  assert.ok(count > 1, `the PDF has ${count} pages`);
  return Array.from(
    { length: count },
    (_, k) => spawnSync("pdftotext", ["-f", String(k + 1), "-l", String(k + 1), file, "-"], { encoding: "utf8" }).stdout,
  );
}

async function internalReport(lang: "en" | "ar"): Promise<ShadowReport> {
  assert.ok(storage);
  return shadowReport(
    storage,
    {
      countryIso3: "KEN",
      cycleId: "2025",
      organisationSlugs: ["cso-a", "cso-b"],
      access: evidenceAccess(people.viewer!, "org-a")!,
    },
    { template: "upr", lang, date: "2026-04-01T00:00:00.000Z", audience: "internal" },
  );
}

function checkInternal(what: string, texts: string[]) {
  for (const [k, text] of texts.entries())
    assert.match(text, /Confidential/, `${what}: page ${k + 1} of ${texts.length} says Confidential`);
  const all = texts.join("\n");
  assert.ok(all.includes(SECRET.word), `${what}: the organisation's own confidential evidence is cited`);
  for (const secret of [INTERNAL.otherOrg.word, INTERNAL.restricted.word, SECRET.draft])
    assert.ok(!all.includes(secret), `${what}: ${secret} must not appear (another organisation's, or beyond a viewer's role)`);
}

test("an internal report as PDF says Confidential on every page and holds no other organisation's confidential evidence", {
  skip,
}, async () => {
  for (const lang of ["en", "ar"] as const) {
    const file = join(dir, `internal-${lang}.pdf`);
    writeFileSync(file, await renderReportFile(await internalReport(lang), "pdf"));
    checkInternal(`PDF (${lang})`, pages(file));
  }
});

test("an internal report's HTML, printed by Chromium, says Confidential on every page", {
  skip: skip || browserTestOptions().skip || false,
}, async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent(new TextDecoder().decode(renderReport(await internalReport("en"), "html")));
    const file = join(dir, "internal-html.pdf");
    writeFileSync(file, await page.pdf({ format: "A4" }));
    checkInternal("HTML printed", pages(file));
  } finally {
    await browser.close();
  }
});
