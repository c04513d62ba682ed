/** The `blueprint` command as a user runs it: real processes, a real SQLite file. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

const dir = mkdtempSync(join(tmpdir(), "blueprint-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function blueprint(args: string[], env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, ["bin/blueprint.js", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, "cli.db")}`, ...env },
    timeout: 60_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

test("--help lists every command", () => {
  const { code, out } = blueprint(["--help"]);
  assert.equal(code, 0);
  for (const c of ["serve", "migrate", "seed", "export", "validate-pack"]) assert.match(out, new RegExp(`\\b${c}\\b`));
});

test("migrate, then seed twice: the second run changes nothing", () => {
  assert.match(blueprint(["migrate"]).out, /Applied 001-framework/);
  assert.match(blueprint(["migrate"]).out, /up to date/);
  const first = blueprint(["seed"]);
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /Countries: 193 written/);
  assert.match(first.out, /Pack vawg-digital-2023@1\.0\.0: loaded \(.*30 commitment.*31 option/);
  const second = blueprint(["seed"]);
  assert.match(second.out, /Countries: unchanged/);
  assert.match(second.out, /Pack vawg-digital-2023@1\.0\.0: unchanged/);
});

test("search reindex rebuilds the index from the records", () => {
  const res = blueprint(["search", "reindex"]);
  assert.equal(res.code, 0, res.err);
  assert.match(
    res.out,
    /Search index rebuilt in [\d.]+ s: \d+ framework items, 193 countries, \d+ evidence records, 0 published assessments\./,
  );
});

test("export --format json: the whole public dataset, the same bytes every time", () => {
  const a = join(dir, "a.json");
  const b = join(dir, "b.json");
  assert.equal(blueprint(["export", "--format", "json", "--out", a]).code, 0);
  assert.equal(blueprint(["export", "--format", "json", "--out", b]).code, 0);
  const text = readFileSync(a, "utf8");
  assert.equal(text, readFileSync(b, "utf8"));
  const data = JSON.parse(text);
  assert.equal(data.items.commitment.length, 30);
  assert.equal(data.items.option.length, 31);
  assert.equal(data.countries.length, 193);
  assert.ok(data.evidence.length > 30);
  assert.ok(
    data.evidence.every((e: { visibility?: string; url: string }) => e.visibility === undefined && e.url.includes("/evidence/")),
  );
  const stdout = blueprint(["export", "--format", "json"]);
  assert.equal(stdout.out, text);
  const bad = blueprint(["export", "--format", "pdf"]);
  assert.notEqual(bad.code, 0);
  assert.match(bad.err, /Unknown export format 'pdf'/);
});

test("validate-pack accepts the real pack and rejects a broken one with file, record and field", () => {
  const ok = blueprint(["validate-pack", "data/frameworks/vawg-digital-2023"]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /is valid: 21 instruments, 30 commitments, 10 strategies, 31 practical options, 8 factors/);
  const broken = join(dir, "broken");
  cpSync("data/frameworks/vawg-digital-2023", broken, { recursive: true });
  const file = join(broken, "strategies.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace("actor: government", "actor: ministry"));
  const bad = blueprint(["validate-pack", broken]);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /strategies\.yaml, record 's01', field 'options\.0\.actor'/);
});

test("invalid configuration stops with every problem listed", () => {
  const { code, err } = blueprint(["migrate"], { PORT: "-1", DATABASE_URL: "mysql://x", LOG_LEVEL: "chatty" });
  assert.equal(code, 78);
  assert.match(err, /PORT must be between 1 and 65535/);
  assert.match(err, /DATABASE_URL must start with 'sqlite:'/);
  assert.match(err, /LOG_LEVEL must be one of/);
});
