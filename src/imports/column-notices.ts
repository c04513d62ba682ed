/**
 * What an assessments file holds that is not imported, as catalogue messages
 * (`import.notice.*`): the CLI prints their English, the import screen shows
 * them in the reader's language. Translated columns (with how many rows had a
 * value), columns the export writes to describe the published record, and
 * columns Blueprint does not know. Column names are the file's, quoted as they are.
 */
import { type Message, msg } from "../i18n/message";
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
export function unusedColumnMessages(table: Table, unused: readonly number[]): Message[] {
  const notices: Message[] = [];
  const name = (k: number) => table.header[k] ?? "";
  const quoted = (ks: number[]) => ks.map((k) => `'${name(k)}'`).join(", ");
  const translated = unused.filter((k) => /__[a-z]{2,3}(?:-[A-Za-z]+)?$/.test(name(k)));
  for (const k of translated) {
    const count = table.rows.filter((r) => (r.cells[k] ?? "").trim() !== "").length;
    const [base = "", lang = ""] = name(k).split("__");
    notices.push(msg("import.notice.translatedColumn", { column: name(k), base, lang, count }));
  }
  const other = unused.filter((k) => !translated.includes(k));
  const exportOnly = other.filter((k) => EXPORT_ONLY.has(name(k)));
  const unknown = other.filter((k) => !EXPORT_ONLY.has(name(k)));
  if (exportOnly.length) notices.push(msg("import.notice.exportOnly", { columns: quoted(exportOnly) }));
  if (unknown.length) notices.push(msg("import.notice.unknown", { columns: quoted(unknown) }));
  return notices;
}
