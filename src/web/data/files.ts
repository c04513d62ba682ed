/** The open data files as URLs name them: {table}.csv|xlsx|json, blueprint.xlsx (every table) and blueprint-datapackage.zip. */
import { NotFoundError } from "../../domain/errors";
import type { Format } from "../../reports/export-service";
import { TABLES, tableById } from "../../reports/tables";

export interface DataFile {
  /** As in the URL: assessments.csv, blueprint.xlsx, blueprint-datapackage.zip. */
  name: string;
  format: Format;
  /** Undefined: every table. */
  table?: string;
}

export const ALL_TABLES_FILES: readonly DataFile[] = [
  { name: "blueprint.xlsx", format: "xlsx" },
  { name: "blueprint-datapackage.zip", format: "datapackage" },
];

export const TABLE_FORMATS = ["csv", "xlsx", "json"] as const;

export const tableFile = (table: string, format: (typeof TABLE_FORMATS)[number]): DataFile => ({
  name: `${table}.${format}`,
  format,
  table,
});

/** Every file the open data page offers, tables first. */
export const ALL_FILES: readonly DataFile[] = [
  ...TABLES.flatMap((t) => TABLE_FORMATS.map((f) => tableFile(t.id, f))),
  ...ALL_TABLES_FILES,
];

class UnknownFileError extends NotFoundError {
  constructor(name: string) {
    super("dataFile", name);
    this.message = `No open data file '${name}'. Files are TABLE.csv, TABLE.xlsx and TABLE.json for the tables ${TABLES.map((t) => t.id).join(", ")}; blueprint.xlsx (every table) and blueprint-datapackage.zip.`;
  }
}

export function parseFileName(name: string): DataFile {
  const whole = ALL_TABLES_FILES.find((f) => f.name === name);
  if (whole) return whole;
  const dot = name.lastIndexOf(".");
  const [table, format] = [name.slice(0, dot), name.slice(dot + 1)];
  if (dot > 0 && tableById(table) && (TABLE_FORMATS as readonly string[]).includes(format))
    return tableFile(table, format as (typeof TABLE_FORMATS)[number]);
  throw new UnknownFileError(name);
}
