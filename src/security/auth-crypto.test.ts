import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import { createAuthCrypto } from "./auth-crypto";

const crypto = createAuthCrypto(randomBytes(32));

test("passwords are hashed with argon2id and verified", async () => {
  const hash = await crypto.hashPassword("a long enough passphrase");
  assert.match(hash, /^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  assert.equal(await crypto.verifyPassword(hash, "a long enough passphrase"), true);
  assert.equal(await crypto.verifyPassword(hash, "another passphrase"), false);
  assert.equal(await crypto.verifyPassword("not a hash", "x"), false);
  assert.match(await crypto.dummyHash(), /^\$argon2id\$/);
});

test("sealed secrets open only with the same key, and tampering is detected", () => {
  const sealed = crypto.seal("JBSWY3DPEHPK3PXP");
  assert.notEqual(sealed, "JBSWY3DPEHPK3PXP");
  assert.equal(crypto.open(sealed), "JBSWY3DPEHPK3PXP");
  assert.notEqual(crypto.seal("JBSWY3DPEHPK3PXP"), sealed, "a fresh IV each time");
  const other = createAuthCrypto(randomBytes(32));
  assert.throws(() => other.open(sealed));
  const parts = sealed.split(".");
  parts[2] = `${parts[2]?.slice(0, -2)}AA`;
  assert.throws(() => crypto.open(parts.join(".")));
});

test("TOTP codes match their 30-second step, one step either side", () => {
  const secret = crypto.totp.newSecret();
  const at = new Date("2026-01-01T12:00:00Z");
  const code = crypto.totp.generate(secret, at);
  const step = Math.floor(at.getTime() / 30_000);
  assert.equal(crypto.totp.matchStep(secret, code, at), step);
  assert.equal(crypto.totp.matchStep(secret, crypto.totp.generate(secret, new Date(at.getTime() + 30_000)), at), step + 1);
  assert.equal(crypto.totp.matchStep(secret, crypto.totp.generate(secret, new Date(at.getTime() + 120_000)), at), null);
  assert.equal(crypto.totp.matchStep(secret, "12345", at), null);
  assert.match(crypto.totp.uri(secret, "a@example.org"), /^otpauth:\/\/totp\/Blueprint:a%40example\.org\?/);
});

test("tokens are long and random; stored forms are SHA-256", () => {
  const a = crypto.randomToken();
  assert.equal(a.length, 43);
  assert.notEqual(a, crypto.randomToken());
  assert.match(crypto.sha256(a), /^[0-9a-f]{64}$/);
});
