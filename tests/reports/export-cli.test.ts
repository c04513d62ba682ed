/** `blueprint export` for open data, as a user runs it: a real process, a real SQLite file. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { strFromU8, unzipSync } from "fflate";

const dir = mkdtempSync(join(tmpdir(), "blueprint-export-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function blueprint(args: string[]) {
  const res = spawnSync(process.execPath, ["bin/blueprint.js", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, "cli.db")}`, PUBLIC_ORIGIN: "https://data.example.org" },
    timeout: 60_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

before(() => assert.equal(blueprint(["seed"]).code, 0));

test("csv of one table with filters and HXL, to a file", () => {
  const out = join(dir, "countries.csv");
  const res = blueprint(["export", "--format", "csv", "--table", "countries", "--region", "002", "--hxl", "--out", out]);
  assert.equal(res.code, 0, res.err);
  assert.match(res.err, /Wrote .*countries\.csv \(\d+ bytes, csv: countries\)/);
  const lines = readFileSync(out, "utf8").split("\r\n");
  assert.ok(lines[0]!.startsWith("\uFEFFiso3,iso2,m49,name"));
  assert.match(lines[1]!, /^#country\+code\+iso3,/);
  assert.equal(lines.filter((l) => l.includes("https://data.example.org/countries/")).length, 54);
});

test("xlsx and datapackage of every table; json of one table to standard output", () => {
  const xlsx = join(dir, "all.xlsx");
  assert.equal(blueprint(["export", "--format", "xlsx", "--out", xlsx]).code, 0);
  assert.match(strFromU8(unzipSync(readFileSync(xlsx))["xl/workbook.xml"]!), /name="README".*name="scores"/);
  const zip = join(dir, "package.zip");
  assert.equal(blueprint(["export", "--format", "datapackage", "--country", "KEN", "--out", zip]).code, 0);
  const descriptor = JSON.parse(strFromU8(unzipSync(readFileSync(zip))["datapackage.json"]!));
  assert.deepEqual(descriptor["x-filters"], { country: "KEN" });
  const json = blueprint(["export", "--format", "json", "--table", "evidence", "--country", "KEN"]);
  assert.equal(json.code, 0, json.err);
  assert.equal(JSON.parse(json.out).data.length, 9);
});

test("bad input exits with status 2 and says what was wrong", () => {
  for (const [args, message] of [
    [["--format", "ods", "--table", "countries"], /Unknown export format 'ods'. Available: csv, xlsx, json, datapackage/],
    [["--format", "csv"], /--table is needed for csv/],
    [["--format", "csv", "--table", "people"], /--table must be one of framework-items, .*'people' is not one/],
    [["--format", "csv", "--table", "evidence", "--country", "XYZ"], /--country must be the ISO alpha-3 code .*'XYZ'/],
    [["--format", "xlsx", "--cycle", "1999"], /--cycle must be the id of an assessment cycle/],
    [["--format", "json", "--org", "nobody"], /--table is needed for json/],
  ] as const) {
    const res = blueprint(["export", ...args]);
    assert.equal(res.code, 2, args.join(" "));
    assert.match(res.err, message);
  }
});
