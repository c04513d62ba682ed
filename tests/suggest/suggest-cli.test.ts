/** `blueprint suggest FILE` as a user runs it: a real process, real files, no database. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { makeDocx } from "./fixtures";

const dir = mkdtempSync(join(tmpdir(), "blueprint-suggest-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function blueprint(args: string[]) {
  const res = spawnSync(process.execPath, ["bin/blueprint.js", ...args], {
    encoding: "utf8",
    // A database that does not exist: the command must not need one.
    env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, "never.db")}` },
    timeout: 60_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

const LAW = [
  "Section 1. A person who publishes intimate images of another person without consent commits an offence.",
  "Section 2. The national helpline shall offer counselling and legal aid to survivors of online abuse.",
];

test("text output: ranked items, each with why and its passages marked", () => {
  const file = join(dir, "act.docx");
  writeFileSync(file, makeDocx(LAW));
  const { code, out, err } = blueprint(["suggest", file, "--top", "3"]);
  assert.equal(code, 0, err);
  assert.match(out, /^act\.docx: DOCX, [\d,]+ characters, 2 passages/);
  assert.equal(out.match(/^ {0,1}\d\. /gm)?.length, 3);
  assert.match(out, /commitment csw67-c02 · score/);
  assert.match(out, /why: [^\n]*intimate images/);
  assert.match(out, /\[0–\d+\] «?Section»? 1\. [^\n]*«intimate images»/);
});

test("--json: the same suggestions as data", () => {
  const file = join(dir, "act.txt");
  writeFileSync(file, LAW.join("\n\n"));
  const { code, out, err } = blueprint(["suggest", file, "--json", "--top", "5"]);
  assert.equal(code, 0, err);
  const data = JSON.parse(out);
  assert.equal(data.type, "txt");
  assert.equal(data.passages, 2);
  assert.ok(data.suggestions.length > 0 && data.suggestions.length <= 5);
  const helpline = data.suggestions.find((s: { id: string }) => s.id === "csw67-c06");
  assert.ok(helpline, "the helpline clause finds support for survivors");
  assert.equal(LAW.join("\n\n").slice(helpline.passages[0].start, helpline.passages[0].end), helpline.passages[0].text);
});

test("a missing file, an unreadable file or a bad --top fails with a clear message", () => {
  const missing = blueprint(["suggest", join(dir, "nope.pdf")]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /No file at .*nope\.pdf/);
  const bad = join(dir, "fake.pdf");
  writeFileSync(bad, "%PDF-1.4 not really");
  const corrupt = blueprint(["suggest", bad]);
  assert.equal(corrupt.code, 1);
  assert.match(corrupt.err, /fake\.pdf: The PDF file is damaged/);
  const top = blueprint(["suggest", bad, "--top", "0"]);
  assert.equal(top.code, 2);
  assert.match(top.err, /--top must be a whole number from 1 to 50/);
});
