import assert from "node:assert/strict";
import { test } from "node:test";
import { passwordProblems } from "./password-policy";

const common = new Set(["password", "iloveyou", "correcthorsebatterystaple", "qwertyuiopasdf"]);
const check = (pw: string, email?: string) => passwordProblems(pw, { common, ...(email ? { email } : {}) });

test("at least 12 characters, counted as characters not bytes", () => {
  assert.match(check("short")[0] ?? "", /at least 12/);
  assert.deepEqual(check("شمس قمر نجوم بحر"), []);
  assert.match(check("x".repeat(257))[0] ?? "", /at most 256/);
});

test("common passwords are refused, also with digits or symbols appended", () => {
  assert.match(check("correcthorsebatterystaple")[0] ?? "", /common/);
  assert.match(check("password2024!")[0] ?? "", /common/);
  assert.match(check("iloveyou123456")[0] ?? "", /common/);
  assert.match(check("aaaaaaaaaaaaaa")[0] ?? "", /common/);
  assert.deepEqual(check("violet tangerine harbour"), []);
});

test("the email address is not part of the password", () => {
  assert.match(check("wanjiru-is-great-2026", "wanjiru@example.org")[0] ?? "", /email/);
});
