/**
 * What an assessments file holds that is not imported, in plain words:
 * translated columns (with how many rows had a value), columns the export
 * writes to describe the published record, and columns Blueprint does not know.
 */
import type { Table } from "./table";

/** Columns of the export that describe a row but are not the assessor's to set: read, never imported. */
const EXPORT_ONLY = new Set([
  "assessment_id",
  "country_name",
  "demonstration",
  "item_kind",
  "parent_id",
  "organisation_name",
  "organisation_type",
  "version",
  "published_at",
  "methodology_version",
  "url",
]);

/** Notices about the columns at `unused` (indexes into the header that no field claimed). */
export function unusedColumnNotices(table: Table, unused: readonly number[]): string[] {
  const notices: string[] = [];
  const name = (k: number) => table.header[k] ?? "";
  const translated = unused.filter((k) => /__[a-z]{2,3}(?:-[A-Za-z]+)?$/.test(name(k)));
  for (const k of translated) {
    const filled = table.rows.filter((r) => (r.cells[k] ?? "").trim() !== "").length;
    const [base, lang] = name(k).split("__");
    notices.push(
      `Column '${name(k)}' (${base} in '${lang}'): not imported, ${filled} row${filled === 1 ? "" : "s"} with a value. An assessment keeps one ${base}; translations have no place yet.`,
    );
  }
  const other = unused.filter((k) => !translated.includes(k));
  const exportOnly = other.filter((k) => EXPORT_ONLY.has(name(k)));
  const unknown = other.filter((k) => !EXPORT_ONLY.has(name(k)));
  if (exportOnly.length)
    notices.push(
      `Columns written by the export and not imported (they describe the published record): ${exportOnly.map((k) => `'${name(k)}'`).join(", ")}.`,
    );
  if (unknown.length)
    notices.push(`Columns Blueprint does not know, not imported: ${unknown.map((k) => `'${name(k)}'`).join(", ")}.`);
  return notices;
}
