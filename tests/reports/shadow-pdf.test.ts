/**
 * Shadow reports as PDF (LibreOffice converts the DOCX): pdftotext finds the
 * headings and, for an Arabic report, the Arabic text in reading order; the
 * fonts are embedded; the title and language are in the metadata. Skipped
 * where LibreOffice or poppler-utils is missing, except under CI.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { renderReportFile, shadowReport } from "../../src/reports/shadow";
import type { Storage } from "../../src/storage";
import { seededStorage, testDatabases } from "../support/databases";
import { SECRET, shadowRecords } from "./shadow-fixtures";

const which = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).stdout.trim();
const missing = !which("soffice") || !which("pdftotext") || !which("pdffonts");
const skip = missing && process.env.CI !== "true" ? "LibreOffice or poppler-utils is not installed" : false;

// Whichever database this run tests (the PostgreSQL pass narrows the list to PostgreSQL).
const database = testDatabases()[0];
let storage: (Storage & { cleanup(): Promise<void> }) | undefined;
const dir = mkdtempSync(join(tmpdir(), "blueprint-shadow-pdf-"));

before(async () => {
  if (skip || !database) return;
  storage = await seededStorage(database);
  await shadowRecords(storage);
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
