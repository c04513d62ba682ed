/**
 * Byte-order text sorting on both databases. SQLite compares text by bytes;
 * PostgreSQL uses the database's locale unless told otherwise, which would
 * page through the same data in a different order.
 */
import { type RawBuilder, sql } from "kysely";
import type { DialectName } from "../database";

export function byteOrder(dialect: DialectName, column: string, ifNull = ""): RawBuilder<string> {
  const ref = sql`coalesce(${sql.ref(column)}, ${ifNull})`;
  return dialect === "postgres" ? sql<string>`${ref} collate "C"` : sql<string>`${ref}`;
}
