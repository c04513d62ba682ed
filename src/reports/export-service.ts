/**
 * Open data exports: one table or all of them, in CSV, XLSX, JSON or a
 * Frictionless Data package, narrowed by filters. Everything is checked
 * before the first byte (unknown format, table or filter value throws an
 * InvalidParameterError naming it); the body is then produced as it is read.
 */
import { InvalidParameterError } from "../domain/errors";
import type { Repositories } from "../domain/ports";
import { exportContext } from "./context";
import { csvChunks } from "./csv";
import { type DataVersion, dataVersion } from "./data-version";
import { datapackageChunks } from "./datapackage";
import { FILTER_NAMES, type RawFilters, resolveFilters } from "./filters";
import { jsonChunks } from "./json";
import type { TableSpec } from "./table";
import { TABLES, tableById } from "./tables";
import { workbookChunks } from "./workbook";

/**
 * Rows read per query. A country has about 1,000 assessments per 200,000; a
 * page that holds all of them reads it with one query instead of two (each
 * scans the country's assessments), and a few thousand rows are a few MB.
 */
export const EXPORT_PAGE_SIZE = 5000;

export const FORMATS = ["csv", "xlsx", "json", "datapackage"] as const;
export type Format = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<Format, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
  datapackage: "application/zip",
};

export const EXTENSIONS: Record<Format, string> = { csv: "csv", xlsx: "xlsx", json: "json", datapackage: "zip" };

export interface ExportRequest {
  format: string;
  /** One table's id; every table when left out (XLSX and data package only). */
  table?: string;
  filters?: RawFilters;
  /** CSV only: a second row of HXL hashtags. */
  hxl?: boolean;
}

export interface ExportFile {
  format: Format;
  tables: readonly TableSpec[];
  filename: string;
  contentType: string;
  data: DataVersion;
  body: AsyncIterable<Uint8Array>;
}

export function checkFormat(format: string): Format {
  if (!(FORMATS as readonly string[]).includes(format))
    throw new InvalidParameterError("format", `must be one of ${FORMATS.join(", ")}; '${format}' is not one`);
  return format as Format;
}

export function checkTable(id: string): TableSpec {
  const table = tableById(id);
  if (!table)
    throw new InvalidParameterError("table", `must be one of ${TABLES.map((t) => t.id).join(", ")}; '${id}' is not one`);
  return table;
}

/** blueprint-assessments-country-KEN-cycle-2025.csv: the table and the filters, in characters safe in any file system. */
export function exportFilename(format: Format, table: TableSpec | undefined, filters: RawFilters): string {
  const parts = [format === "datapackage" ? "blueprint-datapackage" : table ? `blueprint-${table.id}` : "blueprint"];
  for (const name of FILTER_NAMES) if (filters[name]) parts.push(name, filters[name].replace(/[^A-Za-z0-9._-]+/g, "_"));
  return `${parts.join("-")}.${EXTENSIONS[format]}`;
}

export async function openExport(repos: Repositories, origin: string, request: ExportRequest): Promise<ExportFile> {
  const format = checkFormat(request.format);
  const one = request.table === undefined ? undefined : checkTable(request.table);
  if (!one && (format === "csv" || format === "json"))
    throw new InvalidParameterError("table", `is needed for ${format}: one of ${TABLES.map((t) => t.id).join(", ")}`);
  const [filters, data] = await Promise.all([resolveFilters(repos, request.filters ?? {}), dataVersion(repos)]);
  const ctx = exportContext(repos, origin, filters, EXPORT_PAGE_SIZE);
  const tables = one ? [one] : TABLES;
  const lastUpdate = one ? (data.updated[one.id] ?? null) : data.lastUpdate;
  const body =
    format === "csv"
      ? csvChunks(one!, ctx, { bom: true, hxl: request.hxl === true })
      : format === "json"
        ? jsonChunks(one!, ctx)
        : format === "xlsx"
          ? workbookChunks(tables, ctx, lastUpdate)
          : datapackageChunks(tables, ctx, data.version, lastUpdate);
  return {
    format,
    tables,
    filename: exportFilename(format, one, filters.given),
    contentType: CONTENT_TYPES[format],
    data,
    body,
  };
}
