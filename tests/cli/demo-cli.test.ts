/** `blueprint init [--no-demo]` and `blueprint demo remove`, as a user runs them. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

const dir = mkdtempSync(join(tmpdir(), "blueprint-demo-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const run = (db: string, args: string[]) => {
  const res = spawnSync(process.execPath, ["bin/blueprint.js", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, db)}` },
    timeout: 90_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
};

test("init loads the demonstration; demo remove deletes it for good", () => {
  assert.match(run("a.db", ["init"]).out, /Demonstration data: loaded/);
  assert.match(run("a.db", ["init"]).out, /Demonstration data: already-loaded/);
  const removed = run("a.db", ["demo", "remove"]);
  assert.equal(removed.code, 0, removed.err);
  assert.match(removed.out, /Removed the demonstration data \(\d+ assessments\)/);
  assert.match(run("a.db", ["init"]).out, /Demonstration data: declined/);
});

test("init --no-demo sets up a production database without it", () => {
  const out = run("b.db", ["init", "--no-demo"]);
  assert.equal(out.code, 0, out.err);
  assert.match(out.out, /Demonstration data: declined/);
  assert.match(run("b.db", ["init"]).out, /Demonstration data: declined/, "and it stays declined");
});
