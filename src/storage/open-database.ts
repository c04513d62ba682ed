/**
 * Opens the database named by a DATABASE_URL and runs pending migrations.
 * sqlite:FILE | sqlite::memory: | postgres://... | pglite:memory | pglite:DIR
 */
import { Kysely, Migrator, PostgresAdapter, sql } from "kysely";
import type { Database, DB, DialectName } from "./database";
import { postgresDialect } from "./dialects/postgres";
import { sqliteDialect } from "./dialects/sqlite";
import { migrationProvider } from "./migrations";

export interface OpenDatabase {
  db: DB;
  dialect: DialectName;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL only: the schema to use as search_path (created if missing). */
  schema?: string;
}

export async function openDatabase(url: string, options: OpenOptions = {}): Promise<OpenDatabase> {
  if (url.startsWith("sqlite:")) {
    const file = url.slice("sqlite:".length) || ":memory:";
    const { dialect, close } = sqliteDialect(file);
    const db = new Kysely<Database>({ dialect });
    return {
      db,
      dialect: "sqlite",
      close: async () => {
        await db.destroy().catch(() => close());
      },
    };
  }
  if (url.startsWith("pglite:")) {
    const dir = url.slice("pglite:".length);
    // Loaded only when asked for: PGlite's WebAssembly engine costs tens of megabytes.
    const { pgliteDialect } = await import("./dialects/pglite");
    const { dialect } = pgliteDialect(dir === "memory" || dir === "" ? undefined : dir);
    const db = new Kysely<Database>({ dialect });
    return { db, dialect: "postgres", close: () => db.destroy() };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    if (options.schema) await ensureSchema(url, options.schema);
    const { dialect } = postgresDialect(url, options.schema);
    const db = new Kysely<Database>({ dialect });
    return { db, dialect: "postgres", close: () => db.destroy() };
  }
  throw new Error(`Unsupported DATABASE_URL '${url}'`);
}

async function ensureSchema(url: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name '${schema}'`);
  const { dialect } = postgresDialect(url);
  const admin = new Kysely<Database>({ dialect });
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(admin);
  } finally {
    await admin.destroy();
  }
}

/** Drops a PostgreSQL schema and everything in it (test clean-up). */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const { dialect } = postgresDialect(url);
  const admin = new Kysely<Database>({ dialect });
  try {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin);
  } finally {
    await admin.destroy();
  }
}

export async function migrateToLatest(db: DB): Promise<string[]> {
  // On PostgreSQL, Kysely looks for its migration tables in every schema unless told which: name the one in use,
  // so that another schema of the same database (a test's, a benchmark's, another application's) is never mistaken for it.
  const migrationTableSchema =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({ db, provider: migrationProvider, ...(migrationTableSchema ? { migrationTableSchema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** True when the database answers a trivial query. */
export async function ping(db: DB): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
