/**
 * What an open data table is, whatever the format it is written in: named,
 * typed and described columns (the data dictionary) and rows produced page by
 * page, so that a writer never holds more than one page.
 */
import type { ExportContext } from "./context";
import type { FilterName } from "./filters";

/** Table Schema types (Frictionless Data). `list` columns hold several ids, separated by ";" in CSV and XLSX. */
export type ColumnType = "string" | "integer" | "number" | "boolean" | "datetime" | "list";

export interface Column {
  name: string;
  type: ColumnType;
  description: string;
  /** Humanitarian Exchange Language hashtag, for the optional second CSV row. */
  hxl: string;
  /** Width in characters in the XLSX sheet. */
  width?: number;
}

export type Cell = string | number | boolean | null | readonly string[];
export type Row = readonly Cell[];

export interface TableSpec {
  /** Used in file names and URLs: lower case and hyphens. */
  id: string;
  title: string;
  description: string;
  columns: readonly Column[];
  /** Columns whose values identify a row (Table Schema primaryKey). */
  primaryKey: readonly string[];
  foreignKeys?: readonly { fields: string; table: string; field: string }[];
  /** The filters that narrow this table; the others do not apply to it. */
  filters: readonly FilterName[];
  /** Rows in a stable order, one page at a time. */
  pages(ctx: ExportContext): AsyncIterable<Row[]>;
}

export const LIST_SEPARATOR = ";";

/** A cell as text, for CSV and XLSX: lists joined, booleans as true/false, nothing as "". */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "true" : "false";
  return cell.join(LIST_SEPARATOR);
}

/** Byte order, the same on every engine and in every locale. */
export const byteCompare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
