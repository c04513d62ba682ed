/** `blueprint audit verify` as an operator runs it: a real process over a real SQLite file. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import SQLite from "better-sqlite3";
import { openStorage } from "../../src/storage";

const dir = mkdtempSync(join(tmpdir(), "blueprint-audit-cli-"));
const file = join(dir, "audit.db");
after(() => rmSync(dir, { recursive: true, force: true }));

function verify() {
  const res = spawnSync(process.execPath, ["bin/blueprint.js", "audit", "verify"], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `sqlite:${file}` },
    timeout: 60_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

test("audit verify on a fresh database: intact, nothing to check", () => {
  const { code, out, err } = verify();
  assert.equal(code, 0, err);
  assert.equal(out, "Audit log intact: 0 entries checked.\n");
});

test("audit verify passes an intact log and names the first entry someone edited", async () => {
  const storage = await openStorage(`sqlite:${file}`);
  try {
    for (let n = 1; n <= 5; n++)
      await storage.audit.append({
        at: `2026-03-01T10:00:0${n}.000Z`,
        actorUserId: null,
        actorLabel: "cli",
        organisationId: null,
        action: "user.create",
        entityType: "user",
        entityId: `u${n}`,
        ipPrefix: "unknown",
        before: undefined,
        after: { email: `person${n}@example.org`, role: "editor" },
      });
  } finally {
    await storage.close();
  }
  const intact = verify();
  assert.equal(intact.code, 0, intact.err);
  assert.equal(intact.out, "Audit log intact: 5 entries checked.\n");

  const raw = new SQLite(file);
  try {
    raw.prepare("update audit_log set after_json = ? where seq = 3").run('{"email":"person3@example.org","role":"admin"}');
  } finally {
    raw.close();
  }
  const broken = verify();
  assert.equal(broken.code, 1);
  assert.equal(broken.out, "");
  assert.equal(broken.err, "Audit log broken at entry 3: hash does not match its contents\n");
});

test("--help lists the audit verify command", () => {
  const res = spawnSync(process.execPath, ["bin/blueprint.js", "audit", "--help"], { encoding: "utf8", timeout: 60_000 });
  assert.equal(res.status, 0);
  assert.match(res.stdout, /verify\b/);
});
