import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { sqliteDialect } from "./sqlite";

test("SQLite runs in WAL mode with synchronous=FULL and foreign keys on", () => {
  const dir = mkdtempSync(join(tmpdir(), "blueprint-sqlite-"));
  const { database, close } = sqliteDialect(join(dir, "nested", "x.db"));
  try {
    assert.equal(database.pragma("journal_mode", { simple: true }), "wal");
    assert.equal(database.pragma("synchronous", { simple: true }), 2, "2 is FULL");
    assert.equal(database.pragma("foreign_keys", { simple: true }), 1);
  } finally {
    close();
    rmSync(dir, { recursive: true, force: true });
  }
});
