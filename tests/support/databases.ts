/**
 * The databases every storage and HTTP suite runs against: SQLite and PGlite
 * always, and a real PostgreSQL server when TEST_DATABASE_URL is set (CI sets
 * it). Each PostgreSQL run gets its own schema, dropped when the suite ends.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { loadConfig } from "../../src/config";
import { seed } from "../../src/packs/seed";
import { dropSchema, openStorage, type Storage } from "../../src/storage";
import { createApp } from "../../src/web/app";
import { buildWebDeps } from "../../src/web/context";

export interface TestDatabase {
  name: string;
  open(): Promise<Storage & { cleanup(): Promise<void> }>;
}

/**
 * TEST_DATABASES (comma-separated: sqlite, pglite, postgres) narrows the list;
 * CI uses it to run the PostgreSQL pass without repeating the other two.
 */
export function testDatabases(): TestDatabase[] {
  const wanted = process.env.TEST_DATABASES?.split(",").map((s) => s.trim());
  return allDatabases().filter((d) => !wanted || wanted.includes(d.name));
}

function allDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [
    {
      name: "sqlite",
      async open() {
        const dir = mkdtempSync(join(tmpdir(), "blueprint-test-"));
        const storage = await openStorage(`sqlite:${join(dir, "test.db")}`);
        return {
          ...storage,
          cleanup: async () => {
            await storage.close();
            rmSync(dir, { recursive: true, force: true });
          },
        };
      },
    },
    {
      name: "pglite",
      async open() {
        const storage = await openStorage("pglite:memory");
        return { ...storage, cleanup: () => storage.close() };
      },
    },
  ];
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl)
    list.push({
      name: "postgres",
      async open() {
        const schema = `bp_test_${process.pid}_${randomBytes(4).toString("hex")}`;
        const storage = await openStorage(pgUrl, { schema });
        return {
          ...storage,
          cleanup: async () => {
            await storage.close();
            await dropSchema(pgUrl, schema);
          },
        };
      },
    });
  return list;
}

export const PACKS_DIR = "data/frameworks";

/** Opens, migrates and seeds a database with the real packs. */
export async function seededStorage(db: TestDatabase) {
  const storage = await db.open();
  await storage.migrate();
  await seed(storage, PACKS_DIR, "2026-01-01T00:00:00.000Z");
  return storage;
}

export const silentLogger = pino({ level: "silent" });

/** An in-process app over a seeded database, for app.request() tests. */
export async function seededApp(db: TestDatabase) {
  const storage = await seededStorage(db);
  const config = loadConfig({ PUBLIC_ORIGIN: "http://blueprint.test" });
  const deps = await buildWebDeps(storage, config, silentLogger, storage.dialect);
  const app = createApp(deps);
  return { app, storage, deps };
}
