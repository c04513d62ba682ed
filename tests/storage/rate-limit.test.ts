/** Rate-limit counters in the database: fixed windows, atomic under concurrency, shared by app instances. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { clear, consume, limitKey, type RateLimit, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP } from "../../src/domain/auth/rate-limits";
import { testDatabases } from "../support/databases";
import { twoInstances } from "../support/two-instances";

const T0 = new Date("2026-03-01T10:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;

for (const database of testDatabases()) {
  describe(`rate limits on ${database.name}`, () => {
    let storage: Awaited<ReturnType<typeof database.open>>;
    before(async () => {
      storage = await database.open();
      await storage.migrate();
    });
    after(async () => {
      await storage.cleanup();
    });

    test("counts hits within a window; the window ends windowMs after its first hit", async () => {
      const repo = storage.rateLimits;
      const resetAt = at(15 * MINUTE);
      assert.deepEqual(await repo.hit("count", 15 * MINUTE, T0), { count: 1, resetAt });
      assert.deepEqual(await repo.hit("count", 15 * MINUTE, at(1)), { count: 2, resetAt });
      assert.deepEqual(await repo.hit("count", 15 * MINUTE, at(15 * MINUTE - 1)), { count: 3, resetAt });
      assert.deepEqual(await repo.hit("other", 15 * MINUTE, at(5)), { count: 1, resetAt: at(15 * MINUTE + 5) });
    });

    test("a new window starts at the first hit after windowMs", async () => {
      const repo = storage.rateLimits;
      for (let i = 0; i < 4; i++) await repo.hit("window", MINUTE, at(i * 1000));
      const next = at(MINUTE); // exactly at the end of the first window
      assert.deepEqual(await repo.hit("window", MINUTE, next), { count: 1, resetAt: at(2 * MINUTE) });
      assert.deepEqual(await repo.hit("window", MINUTE, at(MINUTE + 30_000)), { count: 2, resetAt: at(2 * MINUTE) });
      assert.deepEqual(await repo.hit("window", MINUTE, at(10 * MINUTE)), { count: 1, resetAt: at(11 * MINUTE) });
    });

    test("peek reads without counting; a missing or ended window is 0", async () => {
      const repo = storage.rateLimits;
      assert.deepEqual(await repo.peek("peek", MINUTE, T0), { count: 0, resetAt: T0 });
      await repo.hit("peek", MINUTE, T0);
      await repo.hit("peek", MINUTE, at(10));
      for (let i = 0; i < 3; i++) assert.deepEqual(await repo.peek("peek", MINUTE, at(20)), { count: 2, resetAt: at(MINUTE) });
      assert.deepEqual(await repo.peek("peek", MINUTE, at(MINUTE)), { count: 0, resetAt: at(MINUTE) });
      assert.equal((await repo.hit("peek", MINUTE, at(30))).count, 3);
    });

    test("reset forgets a key and only that key", async () => {
      const repo = storage.rateLimits;
      await repo.hit("reset-a", MINUTE, T0);
      await repo.hit("reset-a", MINUTE, T0);
      await repo.hit("reset-b", MINUTE, T0);
      await repo.reset("reset-a");
      await repo.reset("reset-missing");
      assert.equal((await repo.peek("reset-a", MINUTE, T0)).count, 0);
      assert.equal((await repo.peek("reset-b", MINUTE, T0)).count, 1);
      assert.equal((await repo.hit("reset-a", MINUTE, at(1))).count, 1);
    });

    test("consume counts per account and per IP and reports the longest wait", async () => {
      const repo = storage.rateLimits;
      const account: RateLimit = { ...SIGN_IN_PER_ACCOUNT, name: `${database.name}-account` };
      const ip: RateLimit = { ...SIGN_IN_PER_IP, name: `${database.name}-ip`, max: 7, windowMs: 30 * MINUTE };
      const attempt = (email: string, ms: number) =>
        consume(
          repo,
          [
            { limit: account, subject: email },
            { limit: ip, subject: "203.0.113.0" },
          ],
          at(ms),
        );

      // Five attempts on one account (the email's case does not matter), then the sixth is refused.
      for (let i = 0; i < 5; i++)
        assert.deepEqual(await attempt(i % 2 ? "Ana@Example.org" : "ana@example.org", i * MINUTE), {
          allowed: true,
          retryAfterSeconds: 0,
        });
      assert.deepEqual(await attempt("ana@example.org", 5 * MINUTE), { allowed: false, retryAfterSeconds: 10 * 60 });
      assert.equal((await repo.peek(limitKey(account, "ANA@example.org"), account.windowMs, at(5 * MINUTE))).count, 6);

      // Another account from the same address: allowed until the IP's 7 are used up.
      assert.deepEqual(await attempt("bo@example.org", 6 * MINUTE), { allowed: true, retryAfterSeconds: 0 });
      assert.equal((await repo.peek(limitKey(ip, "203.0.113.0"), ip.windowMs, at(6 * MINUTE))).count, 7);
      // The eighth attempt from that address is refused whatever the account; the wait is rounded up (23:59.5 → 24:00).
      assert.deepEqual(await attempt("cy@example.org", 6 * MINUTE + 500), { allowed: false, retryAfterSeconds: 24 * 60 });
      // Both exceeded: the longer wait (the IP window, 23 min) wins over the account's 8 min.
      assert.deepEqual(await attempt("ana@example.org", 7 * MINUTE), { allowed: false, retryAfterSeconds: 23 * 60 });
    });

    test("clear resets the per-account counter and leaves the per-IP one", async () => {
      const repo = storage.rateLimits;
      const checks = [
        { limit: SIGN_IN_PER_ACCOUNT, subject: "dee@example.org" },
        { limit: SIGN_IN_PER_IP, subject: "198.51.100.0" },
      ];
      for (let i = 0; i < 6; i++) await consume(repo, checks, at(i));
      assert.equal((await consume(repo, checks, at(10))).allowed, false);
      await clear(repo, SIGN_IN_PER_ACCOUNT, "Dee@Example.org");
      assert.deepEqual(await consume(repo, checks, at(20)), { allowed: true, retryAfterSeconds: 0 });
      assert.equal((await repo.peek(limitKey(SIGN_IN_PER_IP, "198.51.100.0"), 15 * MINUTE, at(20))).count, 8);
    });

    test("40 concurrent hits on one key are each counted once: counts 1..40", async () => {
      const results = await Promise.all(Array.from({ length: 40 }, () => storage.rateLimits.hit("race", MINUTE, at(100))));
      assert.deepEqual(
        results.map((r) => r.count).sort((a, b) => a - b),
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
      assert.equal((await storage.rateLimits.peek("race", MINUTE, at(200))).count, 40);
    });

    test("concurrent hits at a window boundary restart the window exactly once", async () => {
      for (let i = 0; i < 3; i++) await storage.rateLimits.hit("boundary", MINUTE, T0);
      const results = await Promise.all(Array.from({ length: 20 }, () => storage.rateLimits.hit("boundary", MINUTE, at(MINUTE))));
      assert.deepEqual(
        results.map((r) => r.count).sort((a, b) => a - b),
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      for (const r of results) assert.deepEqual(r.resetAt, at(2 * MINUTE));
    });
  });
}

for (const database of testDatabases().filter((d) => d.name !== "pglite")) {
  describe(`rate limits shared by two app instances on ${database.name}`, () => {
    let pair: Awaited<ReturnType<typeof twoInstances>>;
    before(async () => {
      pair = await twoInstances(database.name);
    });
    after(async () => {
      await pair?.cleanup();
    });

    test("both instances count into the same window, also when racing", async (t) => {
      if (!pair) return t.skip(`no second instance for ${database.name}`);
      const { a, b } = pair;
      assert.equal((await a.rateLimits.hit("shared", MINUTE, T0)).count, 1);
      assert.equal((await b.rateLimits.hit("shared", MINUTE, at(1))).count, 2);
      assert.equal((await a.rateLimits.peek("shared", MINUTE, at(2))).count, 2);
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).rateLimits.hit("shared", MINUTE, at(3))),
      );
      assert.deepEqual(
        results.map((r) => r.count).sort((x, y) => x - y),
        Array.from({ length: 40 }, (_, i) => i + 3),
      );
      const account = { limit: SIGN_IN_PER_ACCOUNT, subject: "eve@example.org" };
      for (let i = 0; i < 5; i++) assert.equal((await consume((i % 2 ? a : b).rateLimits, [account], at(i))).allowed, true);
      assert.equal((await consume(a.rateLimits, [account], at(10))).allowed, false);
      await clear(b.rateLimits, SIGN_IN_PER_ACCOUNT, "eve@example.org");
      assert.equal((await consume(a.rateLimits, [account], at(20))).allowed, true);
    });
  });
}
