/** `blueprint user create|reset` print one-time links; nothing needs a mail server. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { openStorage } from "../../src/storage";

const dir = mkdtempSync(join(tmpdir(), "blueprint-user-cli-"));
const url = `sqlite:${join(dir, "users.db")}`;
after(() => rmSync(dir, { recursive: true, force: true }));

const blueprint = (args: string[]) => {
  const res = spawnSync(process.execPath, ["bin/blueprint.js", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url, PUBLIC_ORIGIN: "https://bp.example.org" },
    timeout: 60_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
};

test("user create prints a one-time link; user reset issues a new one and ends sessions", async () => {
  assert.equal(blueprint(["seed"]).code, 0);
  const storage = await openStorage(url);
  await storage.accounts.createOrganisation(
    { id: "org-1", slug: "wdr-kenya", name: "Women Digital Rights Kenya", type: "civil_society", countryIso3: "KEN" },
    new Date().toISOString(),
  );
  await storage.close();

  const created = blueprint(["user", "create", "--email", "Wanjiru@Example.org", "--org", "wdr-kenya", "--role", "contributor"]);
  assert.equal(created.code, 0, created.err);
  assert.match(created.out, /Added wanjiru@example\.org as contributor of Women Digital Rights Kenya/);
  const link = created.out.match(/https:\/\/bp\.example\.org\/set-password\?token=([A-Za-z0-9_-]{43})/)?.[1];
  assert.ok(link);

  const reset = blueprint(["user", "reset", "--email", "wanjiru@example.org"]);
  assert.equal(reset.code, 0, reset.err);
  const second = reset.out.match(/set-password\?token=([A-Za-z0-9_-]{43})/)?.[1];
  assert.ok(second && second !== link);

  const check = await openStorage(url);
  const { createHash } = await import("node:crypto");
  const now = new Date().toISOString();
  assert.equal(
    await check.tokens.find(createHash("sha256").update(link).digest("hex"), now),
    undefined,
    "the first link is dead",
  );
  assert.ok(await check.tokens.find(createHash("sha256").update(second).digest("hex"), now));
  await check.close();

  const bad = blueprint(["user", "create", "--email", "x@example.org", "--org", "nope", "--role", "viewer"]);
  assert.notEqual(bad.code, 0);
  assert.match(bad.err, /No organisation with id 'nope'/);
  const badRole = blueprint(["user", "create", "--email", "x@example.org", "--org", "wdr-kenya", "--role", "owner"]);
  assert.match(badRole.err, /Choose a role/);
  assert.match(blueprint(["user", "reset", "--email", "ghost@example.org"]).err, /No account has the email address/);
});
