/**
 * One table as a JSON document, written row by row: the table's name, the
 * filters, the data dictionary (fields), then `data`, one object per row with
 * typed values (numbers, booleans, lists as arrays, null when empty).
 */
import type { ExportContext } from "./context";
import type { TableSpec } from "./table";

export const TABLE_FORMAT = "blueprint-open-data/1";

export async function* jsonChunks(table: TableSpec, ctx: ExportContext): AsyncIterable<Uint8Array> {
  const encoder = new TextEncoder();
  const head = {
    format: TABLE_FORMAT,
    table: table.id,
    title: table.title,
    description: table.description,
    origin: ctx.origin,
    filters: Object.fromEntries(Object.entries(ctx.filters.given).filter(([name]) => table.filters.includes(name as never))),
    fields: table.columns.map(({ name, type, description }) => ({ name, type, description })),
  };
  const names = table.columns.map((c) => JSON.stringify(c.name));
  yield encoder.encode(`${JSON.stringify(head).slice(0, -1)},"data":[`);
  let first = true;
  for await (const page of table.pages(ctx)) {
    let text = "";
    for (const row of page) {
      text += first ? "\n{" : ",\n{";
      first = false;
      text += row.map((cell, i) => `${names[i]}:${JSON.stringify(cell)}`).join(",");
      text += "}";
    }
    yield encoder.encode(text);
  }
  yield encoder.encode("\n]}\n");
}
