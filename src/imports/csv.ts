/**
 * A small, strict CSV reader (RFC 4180): quoted fields may hold commas, doubled
 * quotes and line breaks; CRLF or LF line ends; a UTF-8 byte order mark is
 * dropped. The delimiter is a comma, or a semicolon or tab when the header row
 * has none (spreadsheets saved in some locales). Anything malformed is an
 * error naming the row, never a guess.
 */
import { msg } from "../i18n/message";
import { ImportProblems, type Table } from "./table";

function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, "");
  if (outsideQuotes.includes(",")) return ",";
  if (outsideQuotes.includes(";")) return ";";
  if (outsideQuotes.includes("\t")) return "\t";
  return ",";
}

/** Parses CSV text into rows of fields; `row` numbers count lines of records from 1, as a spreadsheet shows them. */
export function parseCsv(input: string): Table {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const delimiter = delimiterOf(text);
  const rows: { row: number; cells: string[] }[] = [];
  const problems = new ImportProblems();
  let cells: string[] = [];
  let field = "";
  let row = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(field);
    // A line with nothing on it (typically the last) is not a record.
    if (!(cells.length === 1 && cells[0] === "")) rows.push({ row, cells });
    cells = [];
    field = "";
    row++;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && field === "") {
      const start = row;
      i++;
      for (;;) {
        if (i >= text.length) {
          problems.add(start, undefined, msg("import.problem.unclosedQuote"));
          throw problems.error(msg("import.summary.csvUnreadable"));
        }
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += q;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== "\r" && next !== "\n") {
        problems.add(start, undefined, msg("import.problem.textAfterQuote", { text: JSON.stringify(text.slice(i, i + 12)) }));
        throw problems.error(msg("import.summary.csvUnreadable"));
      }
      if (next === undefined) break;
      continue;
    }
    if (c === delimiter) {
      cells.push(field);
      field = "";
      i++;
    } else if (c === "\r" && text[i + 1] === "\n") {
      endRecord();
      i += 2;
    } else if (c === "\n" || c === "\r") {
      endRecord();
      i++;
    } else if (c === '"') {
      problems.add(row, undefined, msg("import.problem.strayQuote"));
      throw problems.error(msg("import.summary.csvUnreadable"));
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || cells.length > 0) endRecord();
  return tableOf(rows);
}

/** First row is the header; every other row must have as many values as it. */
export function tableOf(rows: { row: number; cells: string[] }[]): Table {
  const [head, ...body] = rows;
  if (!head) throw new ImportProblems().error(msg("import.summary.empty"));
  const header = head.cells.map((h) => h.trim());
  const problems = new ImportProblems();
  for (const r of body)
    if (r.cells.length > header.length && r.cells.slice(header.length).some((c) => c.trim() !== ""))
      problems.add(r.row, undefined, msg("import.problem.tooManyValues", { values: r.cells.length, columns: header.length }));
  if (problems.size) throw problems.error(msg("import.summary.unreadable"));
  return {
    header,
    headerRow: head.row,
    rows: body.map((r) => ({ row: r.row, cells: header.map((_, k) => r.cells[k] ?? "") })),
  };
}
