/**
 * A test database together with a raw Kysely handle on the same data that
 * bypasses the repositories, for tests that play an attacker editing tables
 * directly. SQLite and PostgreSQL get a second, independent connection (the
 * same file; the same server and schema); in-memory PGlite cannot be opened
 * twice, so there the raw handle shares the one instance.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Kysely } from "kysely";
import { dropSchema, openStorage, repositoriesFor, type Storage } from "../../src/storage";
import type { Database } from "../../src/storage/database";
import { postgresDialect } from "../../src/storage/dialects/postgres";
import { sqliteDialect } from "../../src/storage/dialects/sqlite";
import { openDatabase } from "../../src/storage/open-database";

export interface StorageWithRawAccess {
  storage: Storage;
  raw: Kysely<Database>;
  cleanup(): Promise<void>;
}

/** `name` is a TestDatabase name: sqlite, pglite or postgres (needs TEST_DATABASE_URL). */
export async function openWithRawAccess(name: string): Promise<StorageWithRawAccess> {
  if (name === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "blueprint-raw-"));
    const file = join(dir, "test.db");
    const storage = await openStorage(`sqlite:${file}`);
    const raw = new Kysely<Database>({ dialect: sqliteDialect(file).dialect });
    return {
      storage,
      raw,
      cleanup: async () => {
        await raw.destroy();
        await storage.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (name === "pglite") {
    const open = await openDatabase("pglite:memory");
    return { storage: repositoriesFor(open), raw: open.db, cleanup: () => open.close() };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (name === "postgres" && url) {
    const schema = `bp_test_${process.pid}_${randomBytes(4).toString("hex")}`;
    const storage = await openStorage(url, { schema });
    const raw = new Kysely<Database>({ dialect: postgresDialect(url, schema).dialect });
    return {
      storage,
      raw,
      cleanup: async () => {
        await raw.destroy();
        await storage.close();
        await dropSchema(url, schema);
      },
    };
  }
  throw new Error(`No raw access for test database '${name}'`);
}
