/**
 * XLSX written as Office Open XML and streamed into a zip: one worksheet per
 * sheet, header row in bold and frozen, rows written as they are read. Text
 * that repeats goes to a bounded shared string table (written last); the rest
 * is written inline.
 */
import { type ColumnStats, SharedStrings } from "./shared-strings";
import type { Cell, Row } from "./table";
import {
  contentTypes,
  coreProperties,
  packageRels,
  SST_OPEN,
  sheetPath,
  styles,
  WORKSHEET_OPEN,
  workbook,
  workbookRels,
} from "./xlsx-parts";
import { escapeXml } from "./xml";
import { type ZipEntry, zipChunks } from "./zip-stream";

/** Excel refuses longer text in a cell. */
export const MAX_CELL_TEXT = 32_767;

export interface Sheet {
  /** At most 31 characters, none of []:*?/\ */
  name: string;
  header: readonly string[];
  /** Width of each column, in characters. */
  widths: readonly number[];
  rows: AsyncIterable<readonly Row[]> | Iterable<readonly Row[]>;
}

export interface Workbook {
  title: string;
  modified: Date;
  sheets: readonly Sheet[];
}

/** A, B, …, Z, AA, AB, … */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Whether text starts or ends with white space (kept with xml:space); printable ASCII at both ends answers without a regex. */
function edgeSpace(text: string): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(text.length - 1);
  return (a <= 32 || a >= 127 || b <= 32 || b >= 127) && /^\s|\s$/.test(text);
}

/** A cell after its "<c": style, type and value up to "</c>"; "" for a cell left out (empty). */
function cellBody(cell: Cell, style: string, shared: SharedStrings, column: ColumnStats): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? `${style}><v>${cell}</v></c>` : "";
  if (typeof cell === "boolean") return `${style} t="b"><v>${cell ? 1 : 0}</v></c>`;
  let text = typeof cell === "string" ? cell : cell.join(";");
  if (text === "") return "";
  if (text.length > MAX_CELL_TEXT) text = text.slice(0, MAX_CELL_TEXT);
  const n = shared.lookup(column, text);
  if (n !== undefined) return `${style} t="s"><v>${n}</v></c>`;
  const space = edgeSpace(text) ? ' xml:space="preserve"' : "";
  return `${style} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
}

interface SheetState {
  letters: readonly string[];
  /** Per column: its shared string statistics. */
  columns: readonly ColumnStats[];
  shared: SharedStrings;
}

/**
 * A row. A cell's reference (r="B7") is optional in SpreadsheetML: a cell
 * without one is in the column after the cell before it (the first, in A).
 * Only a cell that follows a left-out one carries it, which keeps about a
 * quarter of a large sheet's bytes out of the encoder and the compressor.
 */
function rowXml(state: SheetState, number: number, cells: readonly Cell[], style = ""): string {
  let xml = `<row r="${number}">`;
  let gap = false;
  for (let i = 0; i < cells.length; i++) {
    const body = cellBody(cells[i]!, style, state.shared, state.columns[i]!);
    if (body === "") gap = true;
    else {
      xml += gap ? `<c r="${state.letters[i]}${number}"${body}` : `<c${body}`;
      gap = false;
    }
  }
  return `${xml}</row>`;
}

async function* worksheet(sheet: Sheet, shared: SharedStrings): AsyncIterable<Uint8Array> {
  const encoder = new TextEncoder();
  const letters = sheet.header.map((_, i) => columnLetter(i));
  const state: SheetState = { letters, columns: letters.map(() => shared.column()), shared };
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  yield encoder.encode(
    `${WORKSHEET_OPEN}<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><cols>${cols}</cols><sheetData>${rowXml(state, 1, sheet.header, ' s="1"')}`,
  );
  let number = 1;
  for await (const page of sheet.rows) {
    let xml = "";
    for (const row of page) xml += rowXml(state, ++number, row);
    yield encoder.encode(xml);
  }
  yield encoder.encode("</sheetData></worksheet>");
}

const text = (s: string) => [new TextEncoder().encode(s)];

export function xlsxChunks(book: Workbook): AsyncIterable<Uint8Array> {
  const names = book.sheets.map((s) => s.name);
  const entries: ZipEntry[] = [
    { name: "[Content_Types].xml", chunks: text(contentTypes(names.length)) },
    { name: "_rels/.rels", chunks: text(packageRels()) },
    { name: "docProps/core.xml", chunks: text(coreProperties(book.title, book.modified)) },
    { name: "xl/workbook.xml", chunks: text(workbook(names)) },
    { name: "xl/_rels/workbook.xml.rels", chunks: text(workbookRels(names.length)) },
    { name: "xl/styles.xml", chunks: text(styles()) },
  ];
  const shared = new SharedStrings();
  const encoder = new TextEncoder();
  // Sheets one at a time (a worksheet's generator reads only when its turn comes), then the strings they share.
  async function* all(): AsyncIterable<ZipEntry> {
    yield* entries;
    for (const [i, sheet] of book.sheets.entries()) yield { name: sheetPath(i), chunks: worksheet(sheet, shared) };
    const sst = [SST_OPEN, ...shared.items(), "</sst>"];
    yield { name: "xl/sharedStrings.xml", chunks: sst.map((s) => encoder.encode(s)) };
  }
  return zipChunks(all(), { mtime: book.modified, level: 1 });
}
