import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { SqliteDialect } from "kysely";

/**
 * SQLite in WAL mode with synchronous=FULL: every committed write survives a
 * power cut. Foreign keys are on, as they are in PostgreSQL.
 */
export function sqliteDialect(file: string): { dialect: SqliteDialect; database: SQLite.Database; close: () => void } {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new SQLite(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  return { dialect: new SqliteDialect({ database: db }), database: db, close: () => db.close() };
}
