/**
 * CSV as RFC 4180 says: fields with a comma, a double quote or a line break are
 * quoted (quotes doubled), records end with CRLF. Downloads start with a UTF-8
 * byte order mark so that spreadsheet programs read the text as UTF-8; an
 * optional second row carries HXL hashtags. Written page by page.
 */
import type { ExportContext } from "./context";
import { type Cell, cellText, type TableSpec } from "./table";

export interface CsvOptions {
  /** Start with the UTF-8 byte order mark (downloads: yes; inside a data package: no). */
  bom: boolean;
  /** A second row of HXL hashtags under the header. */
  hxl: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvRecord = (cells: readonly Cell[]) => `${cells.map((c) => csvField(cellText(c))).join(",")}\r\n`;

export async function* csvChunks(table: TableSpec, ctx: ExportContext, options: CsvOptions): AsyncIterable<Uint8Array> {
  const encoder = new TextEncoder();
  let head = options.bom ? "\uFEFF" : "";
  head += csvRecord(table.columns.map((c) => c.name));
  if (options.hxl) head += csvRecord(table.columns.map((c) => c.hxl));
  yield encoder.encode(head);
  for await (const page of table.pages(ctx)) {
    let text = "";
    for (const row of page) text += csvRecord(row);
    yield encoder.encode(text);
  }
}
