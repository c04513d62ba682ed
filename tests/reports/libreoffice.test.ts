/**
 * Files people open in office software are opened by real office software:
 * LibreOffice converts the open-data workbook (every table, with its README
 * sheet) to PDF, and pdftotext finds the sheets' content in it. Skipped where
 * LibreOffice is not installed, except under CI (.ci/run installs it).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { openExport } from "../../src/reports/export-service";
import type { Storage } from "../../src/storage";
import { seededStorage, testDatabases } from "../support/databases";
import { assess, baseRecords, bytesOf } from "./fixtures";

const which = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).stdout.trim();
const soffice = which("soffice");
const pdftotext = which("pdftotext");
const missing = !soffice || !pdftotext;
const skip = missing && process.env.CI !== "true" ? "LibreOffice or poppler-utils is not installed" : false;

// Whichever database this run tests (the PostgreSQL pass narrows the list to PostgreSQL).
const database = testDatabases()[0];
let storage: (Storage & { cleanup(): Promise<void> }) | undefined;
const dir = mkdtempSync(join(tmpdir(), "blueprint-libreoffice-"));

before(async () => {
  if (skip || !database) return;
  storage = await seededStorage(database);
  await baseRecords(storage);
  await assess(storage, { id: "a-lo", org: "org-a", country: "KEN", cycle: "2025", item: "s02-o2", status: "in_progress" }, true);
});
after(async () => {
  await storage?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

test("LibreOffice opens the whole open-data workbook and its text is there", { skip }, async () => {
  assert.ok(!missing, "CI=true needs soffice and pdftotext on the PATH (.ci/run installs them)");
  assert.ok(storage, "a test database is available");
  const file = join(dir, "blueprint.xlsx");
  writeFileSync(
    file,
    await bytesOf((await openExport(storage, "https://open.example.org", { format: "xlsx", filters: {} })).body),
  );
  const res = spawnSync(
    soffice,
    [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, file],
    { encoding: "utf8", timeout: 180_000 },
  );
  assert.equal(res.status, 0, res.stderr);
  assert.equal(readFileSync(join(dir, "blueprint.pdf")).subarray(0, 5).toString(), "%PDF-");
  const text = spawnSync(pdftotext, ["-layout", join(dir, "blueprint.pdf"), "-"], { encoding: "utf8" }).stdout;
  for (const expected of ["Kenya", "hrc-38-5-c01", "in_progress"])
    assert.ok(text.includes(expected), `the PDF text holds ${expected}`);
});
