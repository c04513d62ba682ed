/** The CSV reader: RFC 4180 quoting, line ends, delimiters, and errors that name the row. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseCsv } from "../../src/imports/csv";
import { ImportError } from "../../src/imports/table";

test("quoted fields keep commas, doubled quotes and line breaks; a BOM and CRLF are handled", () => {
  const t = parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\nplain,,last\r\n\r\n');
  assert.deepEqual(t.header, ["a", "b", "c"]);
  assert.deepEqual(t.rows, [
    { row: 2, cells: ["x, y", 'say "hi"', "two\r\nlines"] },
    { row: 3, cells: ["plain", "", "last"] },
  ]);
});

test("semicolon-separated files (some spreadsheet locales) are read too; short rows are padded", () => {
  const t = parseCsv('a;b;c\n1;"2;3"\n');
  assert.deepEqual(t.rows[0]?.cells, ["1", "2;3", ""]);
});

test("malformed input is an error naming the row", () => {
  assert.throws(
    () => parseCsv('a,b\n1,"open\n'),
    (e: unknown) => e instanceof ImportError && /row 2: a quoted value is never closed/.test(e.message),
  );
  assert.throws(() => parseCsv('a,b\n1,x"y\n'), /row 2: a " inside a value/);
  assert.throws(() => parseCsv('a,b\n"1"x,2\n'), /row 2: unexpected text after a closing quote/);
  assert.throws(() => parseCsv("a,b\n1,2,3\n"), /row 2: has 3 values but the header has 2 columns/);
  assert.throws(() => parseCsv(""), /empty/);
});
