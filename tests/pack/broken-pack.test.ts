/** A broken pack is rejected whole, with a message naming the file, the record and the field. */
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { PackError } from "../../src/domain/framework/pack";
import { loadPack } from "../../src/packs/load-pack";

const SOURCE = "data/frameworks/vawg-digital-2023";
const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A copy of the real pack with one file changed. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "blueprint-pack-"));
  dirs.push(dir);
  cpSync(SOURCE, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, "utf8")));
  return dir;
}

function problemsOf(dir: string): PackError {
  try {
    loadPack(dir);
  } catch (e) {
    assert.ok(e instanceof PackError, `expected PackError, got ${e}`);
    return e;
  }
  assert.fail("the broken pack was accepted");
}

test("the real pack loads", () => {
  assert.equal(loadPack(SOURCE).manifest.id, "vawg-digital-2023");
});

test("a wrong field type names file, record and field", () => {
  const err = problemsOf(brokenCopy("commitments.yaml", (t) => t.replace(/order: 1\n/, "order: first\n")));
  const p = err.problems.find((x) => x.file === "commitments.yaml");
  assert.ok(p, err.message);
  assert.equal(p.recordId, "hrc-38-5-c01");
  assert.equal(p.field, "order");
  assert.match(err.message, /commitments\.yaml, record 'hrc-38-5-c01', field 'order'/);
});

test("a link to an unknown id is refused", () => {
  const err = problemsOf(brokenCopy("crosswalk.yaml", (t) => t.replace("to: hrc-38-5-c01", "to: hrc-38-5-c99")));
  assert.match(
    err.message,
    /crosswalk\.yaml, record '[a-z0-9-]+ → hrc-38-5-c99', field 'to': 'hrc-38-5-c99' does not match any record/,
  );
});

test("a link between the wrong kinds is refused", () => {
  const err = problemsOf(brokenCopy("crosswalk.yaml", (t) => t.replace("to: hrc-38-5-c01", "to: s01")));
  assert.match(err.message, /'s01' is a strategy; expected commitment/);
});

test("a duplicate id is refused", () => {
  const err = problemsOf(brokenCopy("factors.yaml", (t) => t.replace("id: regional-mechanisms", "id: domestic-politics")));
  assert.match(err.message, /factors\.yaml, record 'domestic-politics', field 'id': id is already used in factors\.yaml/);
});

test("evidence must name a UN member state", () => {
  const dir = brokenCopy("evidence/aus.yaml", (t) => t.replace(/country: AUS/, "country: XXX"));
  try {
    loadPack(dir, new Set(["AUS", "CAN"]));
    assert.fail("accepted");
  } catch (e) {
    assert.ok(e instanceof PackError);
    assert.match(e.message, /evidence\/aus\.yaml, record '[a-z0-9-]+', field 'country': 'XXX' is not the ISO alpha-3 code/);
  }
});

test("invalid YAML and missing files are reported", () => {
  const dir = brokenCopy("strategies.yaml", (t) => `${t}\n  - : : [\n`);
  unlinkSync(join(dir, "instruments.yaml"));
  const err = problemsOf(dir);
  assert.ok(err.problems.some((p) => p.file === "strategies.yaml" && /not valid YAML/.test(p.message)));
  assert.ok(err.problems.some((p) => p.file === "instruments.yaml" && p.message === "file is missing"));
});

test("a missing citation is refused", () => {
  const err = problemsOf(
    brokenCopy("forms-of-abuse.yaml", (t) =>
      t.replace(/^(- id: trolling\n(?: {2}(?!citation).*\n)*) {2}citation:\n(?: {4}.*\n)+/, "$1"),
    ),
  );
  assert.match(err.message, /forms-of-abuse\.yaml, record 'trolling', field 'citation'/);
});
