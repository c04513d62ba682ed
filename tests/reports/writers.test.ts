/** The format writers on their own: CSV quoting, the zip stream, the XLSX parts. No database. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { strFromU8, unzipSync } from "fflate";
import { csvField, csvRecord } from "../../src/reports/csv";
import { columnLetter, MAX_CELL_TEXT, xlsxChunks } from "../../src/reports/xlsx";
import { escapeXml } from "../../src/reports/xml";
import { ZIP_EPOCH, zipChunks } from "../../src/reports/zip-stream";
import { bytesOf } from "./fixtures";

test("CSV fields are quoted as RFC 4180 says, records end with CRLF", () => {
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField("a,b"), '"a,b"');
  assert.equal(csvField('say "no"'), '"say ""no"""');
  assert.equal(csvField("two\nlines"), '"two\nlines"');
  assert.equal(csvField("cr\rhere"), '"cr\rhere"');
  assert.equal(csvRecord(["x", 1, true, null, ["a", "b"], "é"]), "x,1,true,,a;b,é\r\n");
});

test("XML text escapes markup and drops characters XML 1.0 cannot carry", () => {
  assert.equal(escapeXml("a < b & c > d"), "a &lt; b &amp; c &gt; d");
  assert.equal(escapeXml("bell\u0007 and\u0000 null"), "bell and null");
  assert.equal(escapeXml("emoji 🙂 kept"), "emoji 🙂 kept");
  assert.equal(escapeXml("lone \uD800 surrogate"), "lone  surrogate");
});

test("column letters run A…Z, AA…", () => {
  assert.deepEqual([0, 25, 26, 27, 701, 702].map(columnLetter), ["A", "Z", "AA", "AB", "ZZ", "AAA"]);
});

test("the zip stream holds every entry whole, in many chunks, with the given time", async () => {
  const big = "row,of,text\r\n".repeat(50_000);
  const parts = (s: string, n: number) =>
    Array.from({ length: n }, (_, i) => new TextEncoder().encode(s.slice((i * s.length) / n, ((i + 1) * s.length) / n)));
  const zip = await bytesOf(
    zipChunks(
      [
        { name: "a.csv", chunks: parts(big, 7) },
        { name: "empty.txt", chunks: [] },
        { name: "dir/b.json", chunks: [new TextEncoder().encode('{"ok":true}')] },
      ],
      { mtime: new Date("2025-06-01T12:00:00Z") },
    ),
  );
  const files = unzipSync(zip);
  assert.deepEqual(Object.keys(files), ["a.csv", "empty.txt", "dir/b.json"]);
  assert.equal(strFromU8(files["a.csv"]!), big);
  assert.equal(files["empty.txt"]!.length, 0);
  assert.ok(zip.length < big.length / 10, "compressed");
  const again = await bytesOf(zipChunks([{ name: "a.csv", chunks: parts(big, 3) }], { mtime: ZIP_EPOCH }));
  const same = await bytesOf(zipChunks([{ name: "a.csv", chunks: parts(big, 3) }], { mtime: ZIP_EPOCH }));
  assert.deepEqual(again, same, "the same input gives the same bytes");
});

test("an XLSX workbook: parts, sheets, frozen header, shared and inline strings, types", async () => {
  const long = "x".repeat(MAX_CELL_TEXT + 10);
  const rows = Array.from(
    { length: 1200 },
    (_, i) => [`id-${i}`, i % 2 ? "KEN" : "AUS", i, i % 3 === 0, null, ["a", "b"]] as const,
  );
  const book = await bytesOf(
    xlsxChunks({
      title: "Test & co",
      modified: new Date("2025-06-01T00:00:00Z"),
      sheets: [
        { name: "README", header: ["about"], widths: [40], rows: [[["A <README> row"]]] },
        {
          name: "data",
          header: ["id", "country", "n", "flag", "empty", "list"],
          widths: [10, 10, 10, 10, 10, 10],
          rows: [rows.slice(0, 700), rows.slice(700), [[long, " padded ", 1.5, false, null, []]]],
        },
      ],
    }),
  );
  const files = unzipSync(book);
  for (const part of [
    "[Content_Types].xml",
    "_rels/.rels",
    "docProps/core.xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet2.xml",
    "xl/sharedStrings.xml",
  ])
    assert.ok(files[part], `${part} is in the package`);
  const text = (p: string) => strFromU8(files[p]!);
  assert.match(
    text("xl/workbook.xml"),
    /<sheet name="README" sheetId="1" r:id="rId1"\/><sheet name="data" sheetId="2" r:id="rId2"\/>/,
  );
  assert.match(text("[Content_Types].xml"), /PartName="\/xl\/worksheets\/sheet2.xml"/);
  assert.match(text("xl/_rels/workbook.xml.rels"), /Target="sharedStrings.xml"/);
  assert.match(text("docProps/core.xml"), /<dc:title>Test &amp; co<\/dc:title>/);
  const sheet = text("xl/worksheets/sheet2.xml");
  assert.match(sheet, /<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
  assert.equal(sheet.match(/<row /g)?.length, 1 + 1200 + 1);
  // Shared strings resolve to the text: every "KEN" cell points at the same entry.
  const shared = [...text("xl/sharedStrings.xml").matchAll(/<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/g)].map(
    (m) => m[1],
  );
  // A cell carries its reference only after a left-out cell; any other is in the column after the one before.
  const cells = new Map<string, string>();
  for (const [, row, inner] of sheet.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)) {
    let column = 0;
    for (const [c, letters] of inner!.matchAll(/<c(?: r="([A-Z]+)\d+")?[^>]*>.*?<\/c>/g)) {
      if (letters) column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      cells.set(`${columnLetter(column++)}${row}`, c);
    }
  }
  const cell = (ref: string) => cells.get(ref) ?? "";
  const value = (ref: string) => {
    const c = cell(ref);
    const s = c.match(/t="s"><v>(\d+)<\/v>/);
    if (s) return shared[Number(s[1])];
    return c.match(/<t[^>]*>([^<]*)<\/t>/)?.[1] ?? c.match(/<v>([^<]*)<\/v>/)?.[1];
  };
  assert.equal(value("A1"), "id");
  assert.match(cell("A1"), / s="1"/, "header in bold");
  assert.equal(value("B2"), "AUS");
  assert.equal(value("B3"), "KEN");
  assert.equal(value("A1001"), "id-999");
  assert.equal(value("C5"), "3");
  assert.match(cell("D2"), /t="b"><v>1<\/v>/);
  assert.equal(cell("E2"), "", "an empty cell is left out");
  assert.equal(value("F2"), "a;b");
  assert.equal((value("A1202") ?? "").length, MAX_CELL_TEXT, "text is cut at Excel's limit");
  assert.equal(value("B1202"), " padded ", "leading and trailing spaces are kept");
  assert.match(text("xl/sharedStrings.xml"), /<t xml:space="preserve"> padded <\/t>/);
  assert.match(text("xl/sharedStrings.xml"), /A &lt;README&gt; row/, "text is escaped");
});
