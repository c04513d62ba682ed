/**
 * A Frictionless Data package (Tabular Data Package, v1 profiles): a zip
 * holding datapackage.json, whose resources carry a Table Schema per table
 * (field names, types and descriptions: the data dictionary), and one CSV per
 * table under data/. The CSVs inside have no byte order mark and no HXL row,
 * so that Frictionless tools read the header as the schema says.
 */
import type { ExportContext } from "./context";
import { csvChunks } from "./csv";
import type { FilterName } from "./filters";
import type { TableSpec } from "./table";
import { type ZipEntry, zipChunks } from "./zip-stream";

const schemaField = (c: TableSpec["columns"][number]) =>
  c.type === "list"
    ? { name: c.name, type: "string", description: `${c.description} (a list)`, "x-separator": ";" }
    : { name: c.name, type: c.type, description: c.description };

export function descriptor(tables: readonly TableSpec[], ctx: ExportContext, version: string, lastUpdate: string | null) {
  return {
    profile: "tabular-data-package",
    name: "blueprint-open-data",
    title: "Blueprint open data",
    description:
      "UN commitments to end violence against women and girls in digital contexts, the Blueprint for Domestic Action's strategies and practical options, and countries' public evidence, published assessments and scores. Only public data.",
    homepage: `${ctx.origin}/data`,
    "x-data-version": version,
    ...(lastUpdate ? { created: lastUpdate } : {}),
    sources: [{ title: "Blueprint", path: ctx.origin }],
    "x-filters": ctx.filters.given,
    resources: tables.map((t) => ({
      profile: "tabular-data-resource",
      name: t.id,
      path: `data/${t.id}.csv`,
      title: t.title,
      description: t.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      "x-filters": Object.fromEntries(
        Object.entries(ctx.filters.given).filter(([name]) => t.filters.includes(name as FilterName)),
      ),
      schema: {
        fields: t.columns.map(schemaField),
        primaryKey: [...t.primaryKey],
        missingValues: [""],
        ...(t.foreignKeys
          ? {
              foreignKeys: t.foreignKeys
                .filter((k) => tables.some((other) => other.id === k.table))
                .map((k) => ({ fields: k.fields, reference: { resource: k.table, fields: k.field } })),
            }
          : {}),
      },
    })),
  };
}

export function datapackageChunks(
  tables: readonly TableSpec[],
  ctx: ExportContext,
  version: string,
  lastUpdate: string | null,
): AsyncIterable<Uint8Array> {
  const json = `${JSON.stringify(descriptor(tables, ctx, version, lastUpdate), null, 2)}\n`;
  const entries: ZipEntry[] = [
    { name: "datapackage.json", chunks: [new TextEncoder().encode(json)] },
    ...tables.map((t) => ({ name: `data/${t.id}.csv`, chunks: csvChunks(t, ctx, { bom: false, hxl: false }) })),
  ];
  return zipChunks(entries, { mtime: lastUpdate ? new Date(lastUpdate) : new Date(0), level: 6 });
}
