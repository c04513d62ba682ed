/** `blueprint report` as a user runs it: a real process over a real SQLite file. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { strFromU8, unzipSync } from "fflate";
import { seed } from "../../src/packs/seed";
import { openStorage } from "../../src/storage";
import { PACKS_DIR } from "../support/databases";
import { INTERNAL, internalRecords, SECRET, shadowPeople, shadowRecords } from "./shadow-fixtures";

const dir = mkdtempSync(join(tmpdir(), "blueprint-report-cli-"));
const url = `sqlite:${join(dir, "cli.db")}`;
after(() => rmSync(dir, { recursive: true, force: true }));

function blueprint(args: string[]) {
  const res = spawnSync(process.execPath, ["bin/blueprint.js", "report", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url },
    timeout: 60_000,
  });
  return { code: res.status, err: res.stderr };
}

before(async () => {
  const s = await openStorage(url);
  await s.migrate();
  await seed(s, PACKS_DIR, "2026-01-01T00:00:00.000Z");
  await shadowRecords(s);
  await internalRecords(s);
  await shadowPeople(s);
  await s.close();
});

test("html and docx to a file; Arabic; a word limit exceeded is a warning saying by how much", () => {
  const html = join(dir, "r.html");
  const res = blueprint([
    "--country",
    "KEN",
    "--cycle",
    "2025",
    "--org",
    "cso-a",
    "--template",
    "upr",
    "--format",
    "html",
    "--out",
    html,
  ]);
  assert.equal(res.code, 0, res.err);
  assert.match(res.err, /Wrote .*r\.html \(\d+ bytes, upr report as html, \d+ words, 2 notes\)/);
  assert.doesNotMatch(res.err, /Warning/);
  assert.match(readFileSync(html, "utf8"), /<html lang="en" dir="ltr">/);
  const docx = join(dir, "r.docx");
  const ar = blueprint([
    "--country",
    "KEN",
    "--cycle",
    "2025",
    "--format",
    "docx",
    "--lang",
    "ar",
    "--word-limit",
    "50",
    "--out",
    docx,
  ]);
  assert.equal(ar.code, 0, ar.err);
  assert.match(ar.err, /Warning: the report has (\d+) words, \d+ over the limit of 50\./);
  assert.match(strFromU8(unzipSync(readFileSync(docx))["word/document.xml"]!), /<w:bidi\/>/);
});

test("bad input exits with status 2 and says what was wrong", () => {
  const out = join(dir, "x.html");
  const base = ["--cycle", "2025", "--format", "html", "--out", out];
  for (const [args, message] of [
    [["--country", "XYZ", ...base], /No country with the ISO alpha-3 code 'XYZ'/],
    [["--country", "KEN", "--cycle", "1999", "--format", "html", "--out", out], /No assessment cycle with the id '1999'/],
    [["--country", "KEN", "--org", "nobody", ...base], /No organisation with the slug 'nobody'/],
    [["--country", "FRA", ...base], /No published assessments of France \(FRA\)/],
    [["--country", "KEN", "--template", "ohchr", ...base], /Unknown template 'ohchr'. Available: general, upr, cedaw/],
    [
      ["--country", "KEN", "--cycle", "2025", "--format", "odt", "--out", out],
      /Unknown format 'odt'. Available: html, docx, pdf/,
    ],
    [["--country", "KEN", "--lang", "de", ...base], /Unknown language 'de'/],
    [["--country", "KEN", "--word-limit", "many", ...base], /--word-limit must be a whole number/],
  ] as const) {
    const res = blueprint([...args]);
    assert.equal(res.code, 2, `${args.join(" ")}: ${res.err}`);
    assert.match(res.err, message);
  }
});

test("--internal --as: the organisation's confidential evidence the member may see, marked Confidential; refused without a member", () => {
  const out = join(dir, "internal.html");
  const base = ["--country", "KEN", "--cycle", "2025", "--format", "html", "--out", out];
  const ok = blueprint([...base, "--org", "cso-a,cso-b", "--internal", "--as", "viewer@shadow.example.org"]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.err, /Wrote .*internal\.html \(\d+ bytes, internal general report as html/);
  const html = readFileSync(out, "utf8");
  assert.match(html, /Confidential: internal report/);
  assert.ok(html.includes(SECRET.word), "the organisation's own confidential record");
  assert.ok(!html.includes(INTERNAL.restricted.word), "restricted: not for a viewer");
  assert.ok(!html.includes(INTERNAL.otherOrg.word), "never another organisation's");
  for (const [args, message] of [
    [[...base, "--internal", "--as", "viewer@shadow.example.org"], /An internal report needs --org SLUG .* and --as EMAIL/],
    [[...base, "--org", "cso-a", "--internal"], /An internal report needs/],
    [[...base, "--org", "cso-a", "--as", "viewer@shadow.example.org"], /--as is for internal reports/],
    [
      [...base, "--org", "cso-a", "--internal", "--as", "nobody@example.org"],
      /No active account has the email address nobody@example\.org/,
    ],
    [[...base, "--org", "cso-a", "--internal", "--as", "outsider@shadow.example.org"], /is not a member of cso-a/],
  ] as const) {
    const res = blueprint([...args]);
    assert.equal(res.code, 2, `${args.join(" ")}: ${res.err}`);
    assert.match(res.err, message);
  }
});
