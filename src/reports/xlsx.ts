/**
 * XLSX written as Office Open XML and streamed into a zip: one worksheet per
 * sheet, header row in bold and frozen, rows written as they are read. Text
 * that repeats goes to a bounded shared string table (written last); the rest
 * is written inline.
 */
import { SharedStrings } from "./shared-strings";
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

function cellXml(ref: string, cell: Cell, style: string, shared: SharedStrings, column: string): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? `<c r="${ref}"${style}><v>${cell}</v></c>` : "";
  if (typeof cell === "boolean") return `<c r="${ref}"${style} t="b"><v>${cell ? 1 : 0}</v></c>`;
  let text = typeof cell === "string" ? cell : cell.join(";");
  if (text === "") return "";
  if (text.length > MAX_CELL_TEXT) text = text.slice(0, MAX_CELL_TEXT);
  const n = shared.lookup(column, text);
  if (n !== undefined) return `<c r="${ref}"${style} t="s"><v>${n}</v></c>`;
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
}

interface SheetState {
  letters: readonly string[];
  /** Per column: its key in the shared string statistics. */
  keys: readonly string[];
  shared: SharedStrings;
}

function rowXml(state: SheetState, number: number, cells: readonly Cell[], style = ""): string {
  let xml = `<row r="${number}">`;
  for (let i = 0; i < cells.length; i++)
    xml += cellXml(`${state.letters[i]}${number}`, cells[i]!, style, state.shared, state.keys[i]!);
  return `${xml}</row>`;
}

async function* worksheet(sheet: Sheet, index: number, shared: SharedStrings): AsyncIterable<Uint8Array> {
  const encoder = new TextEncoder();
  const letters = sheet.header.map((_, i) => columnLetter(i));
  const state: SheetState = { letters, keys: letters.map((l) => `${index}:${l}`), shared };
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
    for (const [i, sheet] of book.sheets.entries()) yield { name: sheetPath(i), chunks: worksheet(sheet, i, shared) };
    const sst = [SST_OPEN, ...shared.items(), "</sst>"];
    yield { name: "xl/sharedStrings.xml", chunks: sst.map((s) => encoder.encode(s)) };
  }
  return zipChunks(all(), { mtime: book.modified, level: 1 });
}
