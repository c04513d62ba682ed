/** `blueprint import` as a user runs it: real processes, a real SQLite file. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

const dir = mkdtempSync(join(tmpdir(), "blueprint-import-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function blueprint(args: string[]) {
  const res = spawnSync(process.execPath, ["bin/blueprint.js", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, "cli.db")}` },
    timeout: 60_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

const FILE = "tests/fixtures/imports/upr-info-recommendations.csv";

test("import recommendations: dry run, import, unchanged on re-run; a bad file exits 1 naming rows", () => {
  assert.equal(blueprint(["seed"]).code, 0);
  const dry = blueprint(["import", "recommendations", FILE, "--pack", "upr-cli", "--dry-run"]);
  assert.equal(dry.code, 0, dry.err);
  assert.match(
    dry.out,
    /Dry run: .* \(2 reviews, 7 recommendations\); pack upr-cli@1\.0\.0 would be created\. Nothing was stored\./,
  );
  const first = blueprint(["import", "recommendations", FILE, "--pack", "upr-cli", "--title", "UPR sample"]);
  assert.match(first.out, /Pack upr-cli@1\.0\.0: new pack \(2 reviews, 7 recommendations\); searchable now\./);
  assert.match(first.out, /Note: Not imported .*'Action category'/);
  assert.match(
    blueprint(["import", "recommendations", FILE, "--pack", "upr-cli", "--title", "UPR sample"]).out,
    /unchanged .*nothing was written/,
  );
  const bad = blueprint(["import", "recommendations", "tests/fixtures/imports/broken-recommendations.csv"]);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /4 problems; nothing was imported/);
  assert.match(bad.err, /row 4, column 'State under Review': name the state under review/);
  const export_ = blueprint(["export", "--format", "json"]);
  assert.ok(JSON.parse(export_.out).items.commitment.some((c: { packId: string }) => c.packId === "upr-cli"));
});

test("import assessments: clear errors for a missing account, organisation or a bad row, with a progress line", () => {
  const file = join(dir, "a.csv");
  writeFileSync(file, "country_iso3,item_id,status,confidence\nKEN,s01-o1,planned,low\n");
  const noOrg = blueprint(["import", "assessments", file, "--org", "nobody", "--cycle", "2025", "--as", "x@example.org"]);
  assert.equal(noOrg.code, 1);
  assert.match(noOrg.err, /There is no organisation 'nobody'/);
  const other = join(dir, "a.txt");
  writeFileSync(other, "x");
  assert.match(
    blueprint(["import", "assessments", other, "--org", "x", "--cycle", "y", "--as", "z"]).err,
    /neither \.csv nor \.xlsx/,
  );
});
