/** Tables as an XLSX workbook: a README sheet (what the file is, then every column explained), then a sheet per table. */
import type { ExportContext } from "./context";
import { FILTER_LABELS, type FilterName } from "./filters";
import type { Row, TableSpec } from "./table";
import { MAX_CELL_TEXT, type Sheet, xlsxChunks } from "./xlsx";

function readme(tables: readonly TableSpec[], ctx: ExportContext, lastUpdate: string | null): Sheet {
  const applied = (t: TableSpec) =>
    Object.entries(ctx.filters.given)
      .filter(([name]) => t.filters.includes(name as FilterName))
      .map(([name, value]) => `${FILTER_LABELS[name as FilterName]} = ${value}`)
      .join("; ") || "none";
  const about: Row[] = [
    [
      "(about)",
      "",
      "",
      `Blueprint open data, exported from ${ctx.origin}. Only public data: published assessments and public evidence.`,
      "",
    ],
    ["(about)", "", "", `Last update of the data: ${lastUpdate ?? "none yet"}.`, ""],
    [
      "(about)",
      "",
      "",
      "Cells holding several ids separate them with ';'. Every record carries its canonical URL in the 'url' column.",
      "",
    ],
    [
      "(about)",
      "",
      "",
      `Text longer than ${MAX_CELL_TEXT} characters is cut in this workbook (Excel's limit); the CSV and JSON files keep it whole.`,
      "",
    ],
  ];
  const columns: Row[] = tables.flatMap((t) => [
    [t.id, "", "table", `${t.title}: ${t.description} Filters applied: ${applied(t)}.`, ""],
    ...t.columns.map((c): Row => [t.id, c.name, c.type, c.description, c.hxl]),
  ]);
  return {
    name: "README",
    header: ["table", "column", "type", "description", "hxl"],
    widths: [18, 22, 10, 100, 26],
    rows: [about, columns],
  };
}

export function workbookChunks(tables: readonly TableSpec[], ctx: ExportContext, lastUpdate: string | null) {
  const sheets: Sheet[] = tables.map((t) => ({
    name: t.id,
    header: t.columns.map((c) => c.name),
    widths: t.columns.map((c) => c.width ?? 16),
    rows: t.pages(ctx),
  }));
  return xlsxChunks({
    title: tables.length === 1 ? `Blueprint open data: ${tables[0]!.title}` : "Blueprint open data",
    modified: lastUpdate ? new Date(lastUpdate) : new Date(0),
    sheets: [readme(tables, ctx, lastUpdate), ...sheets],
  });
}
