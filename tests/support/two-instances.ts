/**
 * Two Storage objects on one database stand for two app instances behind a load
 * balancer. PGlite lives in one process's memory, so only SQLite (a shared file)
 * and PostgreSQL apply; other names give undefined.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dropSchema, openStorage, type Storage } from "../../src/storage";

export async function twoInstances(name: string): Promise<{ a: Storage; b: Storage; cleanup(): Promise<void> } | undefined> {
  if (name === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "blueprint-rl-"));
    const url = `sqlite:${join(dir, "shared.db")}`;
    const a = await openStorage(url);
    await a.migrate();
    const b = await openStorage(url);
    return {
      a,
      b,
      async cleanup() {
        await Promise.all([a.close(), b.close()]);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (name === "postgres" && pgUrl) {
    const schema = `bp_test_rl_${process.pid}_${randomBytes(4).toString("hex")}`;
    const a = await openStorage(pgUrl, { schema });
    await a.migrate();
    const b = await openStorage(pgUrl, { schema });
    return {
      a,
      b,
      async cleanup() {
        await Promise.all([a.close(), b.close()]);
        await dropSchema(pgUrl, schema);
      },
    };
  }
  return undefined;
}
