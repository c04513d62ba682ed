/**
 * The open data exports against every test database: each table in each
 * format agrees with the others, carries canonical URLs, follows the filters,
 * pages by keyset without losing or repeating a row, and names bad input.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { strFromU8, unzipSync } from "fflate";
import { InvalidParameterError } from "../../src/domain/errors";
import { openExport } from "../../src/reports/export-service";
import { TABLES } from "../../src/reports/tables";
import type { Storage } from "../../src/storage";
import { seededStorage, testDatabases } from "../support/databases";
import { assess, baseRecords, bytesOf } from "./fixtures";

const ORIGIN = "https://open.example.org";
const KEN_ITEMS = [
  "s02-o2",
  "hrc-38-5-c01",
  "s01-o1",
  "s01-o2",
  "s02-o1",
  "s03-o1",
  "hrc-38-5-c02",
  "s04-o1",
  "s05-o1",
  "s06-o1",
];

/** RFC 4180 records (enough for these files: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) field += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  return rows;
}

for (const database of testDatabases())
  describe(`open data exports on ${database.name}`, () => {
    let storage: Storage & { cleanup(): Promise<void> };
    const run = async (format: string, table?: string, filters = {}, hxl = false) =>
      bytesOf((await openExport(storage, ORIGIN, { format, table, filters, hxl })).body);

    before(async () => {
      storage = await seededStorage(database);
      await baseRecords(storage);
      // Ten of Kenya's and two of Australia's, over two cycles and two organisations; one is published twice.
      for (const [i, item] of KEN_ITEMS.entries())
        await assess(
          storage,
          {
            id: `a-ken-${i}`,
            org: i % 2 ? "org-a" : "org-b",
            country: "KEN",
            cycle: i < 5 ? "2023" : "2025",
            item,
            narrative: `Line one, "quoted"\nline two ${i}`,
          },
          true,
        );
      await assess(storage, { id: "a-aus-1", org: "org-a", country: "AUS", cycle: "2025", item: "s01-o1" }, true);
      await assess(
        storage,
        { id: "a-aus-2", org: "org-a", country: "AUS", cycle: "2025", item: "s01-o2", status: "complete" },
        true,
      );
      await assess(
        storage,
        { id: "a-aus-2", org: "org-a", country: "AUS", cycle: "2025", item: "s01-o2", status: "regressed" },
        true,
        2,
      );
    });
    after(() => storage.cleanup());

    test("every table: CSV, JSON and XLSX hold the same rows under the same columns, each with its canonical URL", async () => {
      for (const table of TABLES) {
        const csvBytes = await run("csv", table.id);
        assert.deepEqual([...csvBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${table.id}: UTF-8 byte order mark`);
        const csv = parseCsv(csvBytes.toString("utf8").slice(1));
        assert.deepEqual(
          csv[0],
          table.columns.map((c) => c.name),
          `${table.id}: header`,
        );
        const json = JSON.parse((await run("json", table.id)).toString("utf8"));
        assert.equal(json.table, table.id);
        assert.deepEqual(
          json.fields.map((f: { name: string }) => f.name),
          csv[0],
        );
        assert.equal(json.data.length, csv.length - 1, `${table.id}: as many rows in JSON as in CSV`);
        assert.ok(json.data.length > 0, `${table.id} has rows`);
        for (const row of json.data) assert.ok(String(row.url).startsWith(`${ORIGIN}/`), `${table.id}: ${row.url}`);
        const sheet = strFromU8(unzipSync(await run("xlsx", table.id))["xl/worksheets/sheet2.xml"]!);
        assert.equal(sheet.match(/<row /g)?.length, csv.length, `${table.id}: as many rows in XLSX`);
      }
    });

    test("published assessments: the newest publication only, in byte order, typed in JSON", async () => {
      const json = JSON.parse((await run("json", "assessments")).toString("utf8"));
      const ids = json.data.map((r: { assessment_id: string }) => r.assessment_id);
      assert.deepEqual(ids, ["a-aus-1", "a-aus-2", ...Array.from({ length: 10 }, (_, i) => `a-ken-${i}`)]);
      const aus2 = json.data[1];
      assert.equal(aus2.status, "regressed");
      assert.equal(aus2.version, 2);
      assert.deepEqual(aus2.obstacles, ["funding-capacity"]);
      assert.equal(aus2.url, `${ORIGIN}/assessments/a-aus-2`);
      assert.equal(aus2.organisation, "cso-a");
      const csv = (await run("csv", "assessments", {}, true)).toString("utf8");
      assert.match(csv.split("\r\n")[1]!, /^#meta\+id,#country\+code\+iso3,/, "HXL row under the header");
      assert.match(csv, /"Line one, ""quoted""\nline two 3"/, "quotes doubled, line break kept inside quotes");
    });

    test("filters narrow the tables they apply to and leave the others alone", async () => {
      const rows = async (table: string, filters: Record<string, string>) =>
        JSON.parse((await run("json", table, filters)).toString("utf8")).data as Record<string, unknown>[];
      const kenya = await rows("assessments", { country: "ken" });
      assert.equal(kenya.length, 10);
      assert.equal((await rows("assessments", { country: "KEN", cycle: "2025", org: "cso-a" })).length, 3);
      assert.equal((await rows("assessments", { region: "009" })).length, 2, "Oceania: Australia's");
      assert.deepEqual(
        new Set((await rows("assessments", { instrument: "hrc-res-38-5" })).map((r) => r.item_id)),
        new Set(["hrc-38-5-c01", "hrc-38-5-c02"]),
      );
      assert.equal((await rows("countries", { region: "002" })).length, 54);
      assert.equal((await rows("countries", { cycle: "2025" })).length, 193, "cycle does not apply to countries");
      const s02 = await rows("framework-items", { strategy: "s02" });
      assert.deepEqual(
        s02.map((r) => r.id),
        ["s02", "s02-o1", "s02-o2", "s02-o3", "s02-o4", "s02-o5"],
      );
      assert.ok((await rows("evidence", { country: "KEN" })).every((r) => r.country_iso3 === "KEN"));
      const scores = await rows("scores", { country: "AUS", cycle: "2025", org: "cso-a" });
      assert.ok(scores.length > 0 && scores.every((r) => r.scorecard_id === "AUS/2025/cso-a"));
      assert.equal(scores.find((r) => r.level === "item" && r.subject_id === "s01-o2")?.status, "regressed");
      assert.ok(
        scores.some((r) => r.level === "country" && r.score === 12.5),
        "planned (1) and regressed (0) over 2 scored items: 12.5",
      );
    });

    test("bad input is named: format, table, and each filter", async () => {
      const rejects = async (request: Parameters<typeof openExport>[2], parameter: string) =>
        assert.rejects(
          openExport(storage, ORIGIN, request),
          (e) => e instanceof InvalidParameterError && e.parameter === parameter,
        );
      await rejects({ format: "pdf", table: "assessments" }, "format");
      await rejects({ format: "csv", table: "people" }, "table");
      await rejects({ format: "csv" }, "table");
      for (const [name, value] of [
        ["country", "XYZ"],
        ["region", "999"],
        ["cycle", "1999"],
        ["strategy", "s99"],
        ["strategy", "s02-o1"],
        ["instrument", "s01"],
        ["org", "nobody"],
      ] as const)
        await rejects({ format: "csv", table: "assessments", filters: { [name]: value } }, name);
    });

    test("keyset pages: every newest publication once, in order, whatever the page size", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await storage.exports.latestPublicationsPage({ countryIso3: "KEN" }, after, 3);
        seen.push(...page.map((p) => p.assessmentId));
        if (page.length < 3) break;
        after = page.at(-1)!.assessmentId;
      }
      assert.deepEqual(
        seen,
        Array.from({ length: 10 }, (_, i) => `a-ken-${i}`),
      );
      const aus = await storage.exports.latestPublicationsPage({ countryIso3: "AUS" }, "a-aus-1", 10);
      assert.deepEqual(
        aus.map((p) => [p.assessmentId, p.version]),
        [["a-aus-2", 2]],
      );
      const evidence = await storage.exports.publicEvidencePage({ countryIso3s: ["AUS"] }, null, 5);
      const rest = await storage.exports.publicEvidencePage({ countryIso3s: ["AUS"] }, evidence.at(-1)!.id, 100);
      assert.equal(evidence.length + rest.length, 12, "Australia's twelve pack records");
      assert.ok(evidence.at(-1)!.id < rest[0]!.id);
    });

    test("the data package: a Table Schema per table and one CSV per table that matches it", async () => {
      const files = unzipSync(await run("datapackage", undefined, { country: "KEN" }));
      const descriptor = JSON.parse(strFromU8(files["datapackage.json"]!));
      assert.equal(descriptor.profile, "tabular-data-package");
      assert.deepEqual(
        descriptor.resources.map((r: { name: string }) => r.name),
        TABLES.map((t) => t.id),
      );
      for (const resource of descriptor.resources) {
        const text = strFromU8(files[resource.path]!);
        assert.notEqual(text.charCodeAt(0), 0xfeff, "no byte order mark inside the package");
        const rows = parseCsv(text);
        assert.deepEqual(
          rows[0],
          resource.schema.fields.map((f: { name: string }) => f.name),
        );
        assert.ok(resource.schema.fields.every((f: { description?: string; type?: string }) => f.description && f.type));
        if (resource.name === "countries") assert.equal(rows.length, 2, "filtered to Kenya");
      }
      assert.deepEqual(descriptor.resources.find((r: { name: string }) => r.name === "assessments").schema.foreignKeys[0], {
        fields: "country_iso3",
        reference: { resource: "countries", fields: "iso3" },
      });
    });

    test("the same data gives the same bytes", async () => {
      for (const [format, table] of [
        ["csv", "assessments"],
        ["xlsx", undefined],
        ["datapackage", undefined],
      ] as const)
        assert.deepEqual(await run(format, table), await run(format, table), format);
    });
  });
