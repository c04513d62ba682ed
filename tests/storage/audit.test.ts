/**
 * The tamper-evident audit log on every database: appends chain, roll back
 * with their transaction, never fork or leave gaps under concurrency, and
 * verify() names the first entry an attacker changed, removed or relinked.
 * The pure chain and IP-prefix functions are checked first.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, test } from "node:test";
import {
  canonicalJson,
  chainPayload,
  checkEntry,
  checkHead,
  entryHash,
  GENESIS,
  type StoredAuditRecord,
  toRecord,
} from "../../src/domain/audit/chain";
import { ipPrefix } from "../../src/domain/audit/ip-prefix";
import { type AuditEntryInput, GENESIS_HASH } from "../../src/domain/audit/types";
import { testDatabases } from "../support/databases";
import { openWithRawAccess, type StorageWithRawAccess } from "../support/raw-db";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

function input(n: number, overrides: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return {
    at: `2026-03-01T10:00:${String(n % 60).padStart(2, "0")}.000Z`,
    actorUserId: `user-${n % 3}`,
    actorLabel: `person${n % 3}@example.org`,
    organisationId: n % 2 === 0 ? "org-a" : "org-b",
    action: "membership.role_change",
    entityType: "membership",
    entityId: `m-${n}`,
    ipPrefix: "203.0.113.0/24",
    before: { role: "viewer", n },
    after: { role: "editor", n, note: "promoted", nested: { z: 1, a: [1, "two", null] } },
    ...overrides,
  };
}

describe("audit chain and IP prefixes (pure functions)", () => {
  test("canonicalJson sorts keys at every depth and drops undefined", () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [3, { y: 1, x: 2 }], c: undefined } }), '{"a":{"d":[3,{"x":2,"y":1}]},"b":1}');
    assert.equal(canonicalJson({ b: 2, a: 1 }), canonicalJson({ a: 1, b: 2 }));
    assert.equal(canonicalJson({ 10: "x", 2: "y", b: "z" }), '{"10":"x","2":"y","b":"z"}');
    assert.equal(canonicalJson([undefined, Number.NaN, "é\n", true, null]), '[null,null,"é\\n",true,null]');
    assert.equal(canonicalJson(new Date("2026-01-02T03:04:05.000Z")), '"2026-01-02T03:04:05.000Z"');
    assert.equal(canonicalJson(undefined), "null");
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.throws(() => canonicalJson(cyclic), /circular/);
    assert.throws(() => canonicalJson({ n: 1n }), /BigInt/);
    // The same object twice (not a cycle) is fine.
    const shared = { k: 1 };
    assert.equal(canonicalJson({ a: shared, b: shared }), '{"a":{"k":1},"b":{"k":1}}');
  });

  test("the hash covers prevHash, seq and every field; key order in before/after does not matter", () => {
    const base = input(1);
    const h = entryHash(GENESIS_HASH, 1, base, sha256);
    assert.match(h, /^[0-9a-f]{64}$/);
    assert.equal(
      entryHash(
        GENESIS_HASH,
        1,
        { ...base, after: { nested: { a: [1, "two", null], z: 1 }, note: "promoted", n: 1, role: "editor" } },
        sha256,
      ),
      h,
    );
    assert.notEqual(entryHash(GENESIS_HASH, 2, base, sha256), h);
    assert.notEqual(entryHash("1".repeat(64), 1, base, sha256), h);
    const changes: Partial<AuditEntryInput>[] = [
      { at: "2026-03-01T10:00:02.000Z" },
      { actorUserId: null },
      { actorLabel: "someone@example.org" },
      { organisationId: null },
      { action: "user.create" },
      { entityType: "user" },
      { entityId: null },
      { ipPrefix: "unknown" },
      { before: undefined },
      { after: { role: "admin" } },
    ];
    for (const change of changes)
      assert.notEqual(entryHash(GENESIS_HASH, 1, { ...base, ...change }, sha256), h, JSON.stringify(change));
    // Absent and null before/after are stored alike (SQL NULL), so they hash alike.
    assert.equal(
      entryHash(GENESIS_HASH, 1, { ...base, before: undefined }, sha256),
      entryHash(GENESIS_HASH, 1, { ...base, before: null }, sha256),
    );
    assert.equal(toRecord({ ...base, before: undefined }).beforeJson, null);
  });

  test("checkEntry and checkHead name the first broken seq", () => {
    const rec = (seq: number, prevHash: string): StoredAuditRecord => {
      const record = toRecord(input(seq));
      return { ...record, seq, prevHash, hash: sha256(chainPayload(prevHash, seq, record)) };
    };
    const e1 = rec(1, GENESIS_HASH);
    assert.equal(checkEntry(GENESIS, e1, sha256), undefined);
    const e2 = rec(2, e1.hash);
    const link1 = { seq: 1, hash: e1.hash };
    assert.equal(checkEntry(link1, e2, sha256), undefined);
    assert.deepEqual(checkEntry(GENESIS, rec(1, "f".repeat(64)), sha256), {
      seq: 1,
      reason: "prev_hash is not the genesis hash",
    });
    assert.deepEqual(checkEntry(link1, rec(3, e1.hash), sha256), { seq: 2, reason: "entry 2 is missing" });
    assert.deepEqual(checkEntry(link1, { ...e2, prevHash: GENESIS_HASH }, sha256), {
      seq: 2,
      reason: "prev_hash does not match entry 1",
    });
    assert.deepEqual(checkEntry(link1, { ...e2, actorLabel: "forged" }, sha256), {
      seq: 2,
      reason: "hash does not match its contents",
    });
    const link2 = { seq: 2, hash: e2.hash };
    assert.equal(checkHead(link2, link2), undefined);
    assert.equal(checkHead(GENESIS, GENESIS), undefined);
    assert.deepEqual(checkHead(link1, link2), { seq: 2, reason: "entry 2 is missing" });
    assert.deepEqual(checkHead(link2, { seq: 2, hash: e1.hash }), { seq: 2, reason: "head does not match the last entry" });
  });

  test("ipPrefix keeps /24 of IPv4 and /48 of IPv6, never the host", () => {
    const cases: [string | undefined, string][] = [
      ["203.0.113.77", "203.0.113.0/24"],
      [" 10.1.2.3 ", "10.1.2.0/24"],
      ["192.168.001.010", "192.168.1.0/24"],
      ["198.51.100.7:8080", "198.51.100.0/24"],
      ["::ffff:1.2.3.4", "1.2.3.0/24"],
      ["::FFFF:c000:0280", "192.0.2.0/24"],
      ["0:0:0:0:0:ffff:8.8.4.4", "8.8.4.0/24"],
      ["2001:db8:abcd:12::1", "2001:db8:abcd::/48"],
      ["2001:0DB8:00AB:ffff:0:0:0:1", "2001:db8:ab::/48"],
      ["2001:db8::", "2001:db8::/48"],
      ["2001::1", "2001::/48"],
      ["0:0:1::5", "0:0:1::/48"],
      ["::1", "::/48"],
      ["::", "::/48"],
      ["[2001:db8:1:2::3]:443", "2001:db8:1::/48"],
      ["fe80::1%eth0", "fe80::/48"],
      ["64:ff9b::192.0.2.33", "64:ff9b::/48"],
      ["1:2:3:4:5:6:7:8", "1:2:3::/48"],
      [undefined, "unknown"],
      ["", "unknown"],
      ["unknown", "unknown"],
      ["256.1.1.1", "unknown"],
      ["1.2.3", "unknown"],
      ["1.2.3.4.5", "unknown"],
      ["1::2::3", "unknown"],
      ["1:2:3:4:5:6:7:8:9", "unknown"],
      ["1:2:3:4:5:6:7::8", "unknown"],
      ["12345::1", "unknown"],
      ["::ffff:999.1.1.1", "unknown"],
      ["example.org", "unknown"],
    ];
    for (const [ip, expected] of cases) assert.equal(ipPrefix(ip), expected, String(ip));
  });
});

for (const database of testDatabases()) {
  describe(`audit log on ${database.name}`, () => {
    let s: Awaited<ReturnType<typeof database.open>>;
    before(async () => {
      s = await database.open();
      await s.migrate();
    });
    after(async () => {
      await s.cleanup();
    });

    test("offers no way to change or delete an entry", () => {
      assert.deepEqual(Object.keys(s.audit).sort(), ["append", "list", "verify"]);
    });

    test("an empty log verifies", async () => {
      assert.deepEqual(await s.audit.verify(), { ok: true, checked: 0 });
      assert.deepEqual(await s.audit.list({}, { page: 1, perPage: 10 }), { items: [], page: 1, perPage: 10, total: 0 });
    });

    test("appends chain from the genesis hash, store before/after, and verify", async () => {
      const first = await s.audit.append(input(1));
      assert.equal(first.seq, 1);
      assert.equal(first.prevHash, GENESIS_HASH);
      assert.equal(first.hash, entryHash(GENESIS_HASH, 1, input(1), sha256));
      assert.deepEqual(first.after, input(1).after);
      let previous = first;
      for (let n = 2; n <= 7; n++) {
        const e = await s.audit.append(input(n));
        assert.equal(e.seq, n);
        assert.equal(e.prevHash, previous.hash);
        previous = e;
      }
      const bare = await s.audit.append(
        input(8, { before: undefined, after: undefined, organisationId: null, actorUserId: null, entityId: null }),
      );
      assert.equal(bare.before, null);
      assert.equal(bare.after, null);
      assert.deepEqual(await s.audit.verify(), { ok: true, checked: 8 });
    });

    test("lists newest first, filtered by organisation and paged, with the total", async () => {
      const all = await s.audit.list({}, { page: 1, perPage: 3 });
      assert.equal(all.total, 8);
      assert.deepEqual(
        all.items.map((e) => e.seq),
        [8, 7, 6],
      );
      const page3 = await s.audit.list({}, { page: 3, perPage: 3 });
      assert.deepEqual(
        page3.items.map((e) => e.seq),
        [2, 1],
      );
      const orgA = await s.audit.list({ organisationId: "org-a" }, { page: 1, perPage: 2 });
      assert.equal(orgA.total, 3);
      assert.deepEqual(
        orgA.items.map((e) => e.seq),
        [6, 4],
      );
      const orgA2 = await s.audit.list({ organisationId: "org-a" }, { page: 2, perPage: 2 });
      assert.deepEqual(
        orgA2.items.map((e) => e.seq),
        [2],
      );
      const [two] = orgA2.items;
      assert.deepEqual(two, { ...input(2), seq: 2, prevHash: two?.prevHash, hash: two?.hash });
      assert.equal((await s.audit.list({ organisationId: "org-none" }, { page: 1, perPage: 5 })).total, 0);
    });

    test("an append inside a transaction that fails is rolled back with it; the chain stays intact", async () => {
      await assert.rejects(
        s.transaction(async (tx) => {
          const e = await tx.audit.append(input(100));
          assert.equal(e.seq, 9);
          throw new Error("the work failed");
        }),
        /the work failed/,
      );
      assert.equal((await s.audit.list({}, { page: 1, perPage: 1 })).total, 8);
      assert.deepEqual(await s.audit.verify(), { ok: true, checked: 8 });
      const committed = await s.transaction(async (tx) => {
        await tx.audit.append(input(9));
        return tx.audit.append(input(10));
      });
      assert.equal(committed.seq, 10);
      assert.deepEqual(await s.audit.verify(), { ok: true, checked: 10 });
    });

    test("concurrent appends, alone and inside transactions, take every seq exactly once", async () => {
      const alone = Array.from({ length: 30 }, (_, i) => s.audit.append(input(200 + i)));
      const inTransactions = Array.from({ length: 10 }, (_, i) =>
        s.transaction(async (tx) => {
          await tx.accounts.countUsers();
          return tx.audit.append(input(300 + i));
        }),
      );
      const entries = await Promise.all([...alone, ...inTransactions]);
      const seqs = entries.map((e) => e.seq).sort((a, b) => a - b);
      assert.deepEqual(
        seqs,
        Array.from({ length: 40 }, (_, i) => 11 + i),
      );
      assert.deepEqual(await s.audit.verify(), { ok: true, checked: 50 });
      const listed = await s.audit.list({}, { page: 1, perPage: 200 });
      assert.deepEqual(
        listed.items.map((e) => e.seq),
        Array.from({ length: 50 }, (_, i) => 50 - i),
      );
    });
  });

  describe(`audit log tampering on ${database.name}`, () => {
    let d: StorageWithRawAccess;
    before(async () => {
      d = await openWithRawAccess(database.name);
      await d.storage.migrate();
      for (let n = 1; n <= 6; n++) await d.storage.audit.append(input(n));
    });
    after(async () => {
      await d.cleanup();
    });

    const row = (seq: number) => d.raw.selectFrom("audit_log").selectAll().where("seq", "=", seq).executeTakeFirstOrThrow();

    test("an edited after_json breaks the entry's own hash", async () => {
      const original = await row(2);
      await d.raw.updateTable("audit_log").set({ after_json: '{"role":"admin"}' }).where("seq", "=", 2).execute();
      assert.deepEqual(await d.storage.audit.verify(), {
        ok: false,
        checked: 1,
        brokenAt: { seq: 2, reason: "hash does not match its contents" },
      });
      // Re-ordering keys is an edit too: the stored text is what is hashed.
      await d.raw
        .updateTable("audit_log")
        .set({ after_json: JSON.stringify(JSON.parse(original.after_json ?? "null"), null, 1) })
        .where("seq", "=", 2)
        .execute();
      assert.equal((await d.storage.audit.verify()).brokenAt?.seq, 2);
      await d.raw.updateTable("audit_log").set({ after_json: original.after_json }).where("seq", "=", 2).execute();
      assert.deepEqual(await d.storage.audit.verify(), { ok: true, checked: 6 });
    });

    test("an edited entry with a recomputed hash breaks the next entry's link", async () => {
      const original = await row(2);
      const forged = { ...toRecord(input(2)), afterJson: '{"role":"admin"}' };
      const hash = sha256(chainPayload(original.prev_hash, 2, forged));
      await d.raw.updateTable("audit_log").set({ after_json: forged.afterJson, hash }).where("seq", "=", 2).execute();
      assert.deepEqual((await d.storage.audit.verify()).brokenAt, { seq: 3, reason: "prev_hash does not match entry 2" });
      await d.raw
        .updateTable("audit_log")
        .set({ after_json: original.after_json, hash: original.hash })
        .where("seq", "=", 2)
        .execute();
    });

    test("a deleted entry is reported missing", async () => {
      const original = await row(3);
      await d.raw.deleteFrom("audit_log").where("seq", "=", 3).execute();
      assert.deepEqual(await d.storage.audit.verify(), {
        ok: false,
        checked: 2,
        brokenAt: { seq: 3, reason: "entry 3 is missing" },
      });
      await d.raw.insertInto("audit_log").values(original).execute();
      assert.deepEqual(await d.storage.audit.verify(), { ok: true, checked: 6 });
    });

    test("a changed prev_hash breaks the link to the entry before", async () => {
      const original = await row(4);
      await d.raw
        .updateTable("audit_log")
        .set({ prev_hash: "a".repeat(64) })
        .where("seq", "=", 4)
        .execute();
      assert.deepEqual(await d.storage.audit.verify(), {
        ok: false,
        checked: 3,
        brokenAt: { seq: 4, reason: "prev_hash does not match entry 3" },
      });
      await d.raw.updateTable("audit_log").set({ prev_hash: original.prev_hash }).where("seq", "=", 4).execute();
      assert.deepEqual(await d.storage.audit.verify(), { ok: true, checked: 6 });
    });

    test("the head catches a removed last entry, a forged head and an entry added past the head", async () => {
      const last = await row(6);
      await d.raw.deleteFrom("audit_log").where("seq", "=", 6).execute();
      assert.deepEqual((await d.storage.audit.verify()).brokenAt, { seq: 6, reason: "entry 6 is missing" });
      await d.raw.insertInto("audit_log").values(last).execute();

      await d.raw
        .updateTable("audit_head")
        .set({ hash: "b".repeat(64) })
        .where("id", "=", 1)
        .execute();
      assert.deepEqual((await d.storage.audit.verify()).brokenAt, { seq: 6, reason: "head does not match the last entry" });
      await d.raw.updateTable("audit_head").set({ hash: last.hash }).where("id", "=", 1).execute();

      const record = toRecord(input(7));
      await d.raw
        .insertInto("audit_log")
        .values({
          seq: 7,
          at: record.at,
          actor_user_id: record.actorUserId,
          actor_label: record.actorLabel,
          organisation_id: record.organisationId,
          action: record.action,
          entity_type: record.entityType,
          entity_id: record.entityId,
          ip_prefix: record.ipPrefix,
          before_json: record.beforeJson,
          after_json: record.afterJson,
          prev_hash: last.hash,
          hash: sha256(chainPayload(last.hash, 7, record)),
        })
        .execute();
      assert.deepEqual((await d.storage.audit.verify()).brokenAt, { seq: 7, reason: "head does not match the last entry" });
      await d.raw.deleteFrom("audit_log").where("seq", "=", 7).execute();
      assert.deepEqual(await d.storage.audit.verify(), { ok: true, checked: 6 });
    });

    test("verify reads long chains in batches and still names the first break", async () => {
      await d.storage.transaction(async (tx) => {
        for (let n = 7; n <= 1205; n++) await tx.audit.append(input(n));
      });
      assert.deepEqual(await d.storage.audit.verify(), { ok: true, checked: 1205 });
      await d.raw.updateTable("audit_log").set({ actor_label: "someone else" }).where("seq", "in", [1100, 1200]).execute();
      assert.deepEqual(await d.storage.audit.verify(), {
        ok: false,
        checked: 1099,
        brokenAt: { seq: 1100, reason: "hash does not match its contents" },
      });
    });
  });
}
