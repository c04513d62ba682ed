import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigError, loadConfig } from "./config";

test("defaults give a SQLite database on 127.0.0.1:3000", () => {
  const c = loadConfig({});
  assert.equal(c.PORT, 3000);
  assert.equal(c.HOST, "127.0.0.1");
  assert.equal(c.DATABASE_URL, "sqlite:./data/blueprint.db");
  assert.equal(c.publicOrigin, "http://127.0.0.1:3000");
  assert.ok(Object.isFrozen(c));
});

test("every problem is listed at once, with how to fix it", () => {
  try {
    loadConfig({ PORT: "http", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
    assert.fail("expected ConfigError");
  } catch (e) {
    assert.ok(e instanceof ConfigError);
    assert.equal(e.problems.length, 3);
    assert.match(e.message, /PORT must be a whole number/);
    assert.match(e.message, /DATABASE_URL must start with 'sqlite:'/);
    assert.match(e.message, /LOG_LEVEL must be one of/);
  }
});

test("PUBLIC_ORIGIN loses its trailing slash", () => {
  assert.equal(loadConfig({ PUBLIC_ORIGIN: "https://bp.example.org/" }).publicOrigin, "https://bp.example.org");
});
