/**
 * The tamper-evident audit log. Entries are only ever appended: there is no
 * method to change or delete one. audit_head holds the end of the chain (last
 * seq and hash); an append moves it with a compare-and-swap before inserting
 * the entry, in the same transaction, so two writers can never take the same
 * seq (no fork) and a rolled-back append leaves neither head nor entry (no gap).
 */
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import {
  type ChainBreak,
  type ChainLink,
  checkEntry,
  checkHead,
  entryHash,
  fromRecord,
  GENESIS,
  type StoredAuditRecord,
  toRecord,
} from "../../domain/audit/chain";
import type { AuditEntry, AuditEntryInput, ChainCheck } from "../../domain/audit/types";
import type { AuditRepository } from "../../domain/ports";
import type { AuditLogTable, DB, DialectName } from "../database";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** How often an append re-reads the head after another writer moved it first. */
const MAX_ATTEMPTS = 50;
/** Entries read per query by verify(). */
const VERIFY_BATCH = 1000;

function toStored(row: AuditLogTable): StoredAuditRecord {
  return {
    seq: Number(row.seq),
    at: row.at,
    actorUserId: row.actor_user_id,
    actorLabel: row.actor_label,
    organisationId: row.organisation_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    ipPrefix: row.ip_prefix,
    beforeJson: row.before_json,
    afterJson: row.after_json,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

async function readHead(db: DB): Promise<ChainLink> {
  const head = await db.selectFrom("audit_head").select(["seq", "hash"]).where("id", "=", 1).executeTakeFirst();
  if (!head) throw new Error("audit_head is missing its row: the database was not migrated or was damaged");
  return { seq: Number(head.seq), hash: head.hash };
}

/** A short random pause so that writers who collided do not collide again in step. */
const backoff = (attempt: number) => sleep(Math.floor(Math.random() * Math.min(2 + attempt * 2, 25)));

/** Appends inside the transaction `trx`: read head, move it by compare-and-swap, then insert. */
async function appendIn(trx: DB, input: AuditEntryInput): Promise<AuditEntry> {
  const record = toRecord(input);
  // Claim the head with a write before reading it. SQLite then takes its write lock
  // waiting (busy_timeout) instead of failing at once when a read snapshot would have
  // to be upgraded; PostgreSQL queues writers on the row lock, so the compare-and-swap
  // below rarely has to retry.
  await trx
    .updateTable("audit_head")
    .set((eb) => ({ seq: eb.ref("seq") }))
    .where("id", "=", 1)
    .execute();
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const head = await readHead(trx);
    const seq = head.seq + 1;
    const hash = entryHash(head.hash, seq, input, sha256);
    // The head moves before the entry is inserted, and only if nobody moved it since it
    // was read: a writer that lost sees 0 rows and reads it again, instead of colliding
    // on the entry's primary key or forking the chain.
    const moved = await trx
      .updateTable("audit_head")
      .set({ seq, hash })
      .where("id", "=", 1)
      .where("seq", "=", head.seq)
      .where("hash", "=", head.hash)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) {
      await backoff(attempt);
      continue;
    }
    await trx
      .insertInto("audit_log")
      .values({
        seq,
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
        prev_hash: head.hash,
        hash,
      })
      .execute();
    return fromRecord({ ...record, seq, prevHash: head.hash, hash });
  }
  throw new Error(`Could not append to the audit log: the head kept moving (${MAX_ATTEMPTS} attempts)`);
}

/**
 * Lock conflicts that a fresh transaction resolves: SQLite busy (another
 * process wrote since this transaction's snapshot), PostgreSQL serialization
 * failure and deadlock.
 */
function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code === "40001" || code === "40P01");
}

/** Walks the chain in seq order up to the head read at the start, in batches. */
async function verifyChain(db: DB): Promise<ChainCheck> {
  // Entries and head are committed together, so every entry up to this head is
  // visible; later appends (past this head) are left for the next check.
  const head = await readHead(db);
  let last: ChainLink = GENESIS;
  let checked = 0;
  const broken = (at: ChainBreak): ChainCheck => ({ ok: false, checked, brokenAt: at });
  for (;;) {
    let q = db.selectFrom("audit_log").selectAll().where("seq", "<=", head.seq);
    if (checked > 0) q = q.where("seq", ">", last.seq);
    const rows = await q.orderBy("seq").limit(VERIFY_BATCH).execute();
    for (const row of rows) {
      const entry = toStored(row);
      const failure = checkEntry(last, entry, sha256);
      if (failure) return broken(failure);
      last = { seq: entry.seq, hash: entry.hash };
      checked++;
    }
    if (rows.length < VERIFY_BATCH) break;
  }
  const failure = checkHead(last, head);
  if (failure) return broken(failure);
  // An entry past the head that no append recorded there: read entries first,
  // then the head, so that a genuine append in between is seen as one.
  const beyond = await db
    .selectFrom("audit_log")
    .select("seq")
    .where("seq", ">", head.seq)
    .orderBy("seq")
    .limit(1)
    .executeTakeFirst();
  if (beyond && (await readHead(db)).seq === head.seq)
    return broken({ seq: Number(beyond.seq), reason: "head does not match the last entry" });
  return { ok: true, checked };
}

export function auditRepository(db: DB, _dialect: DialectName): AuditRepository {
  return {
    async append(entry) {
      // Inside the caller's transaction the entry commits or rolls back with its work.
      if (db.isTransaction) return appendIn(db, entry);
      for (let attempt = 1; ; attempt++) {
        try {
          return await db.transaction().execute((trx) => appendIn(trx, entry));
        } catch (e) {
          if (!isTransient(e) || attempt >= MAX_ATTEMPTS) throw e;
          await backoff(attempt);
        }
      }
    },

    async list(filter, { page, perPage }) {
      let q = db.selectFrom("audit_log");
      if (filter.organisationId !== undefined) q = q.where("organisation_id", "=", filter.organisationId);
      if (filter.entityId !== undefined) q = q.where("entity_id", "=", filter.entityId);
      if (filter.actions) {
        if (filter.actions.length === 0) return { items: [], page, perPage, total: 0 };
        q = q.where("action", "in", [...filter.actions]);
      }
      const [{ total }] = (await q.select((eb) => eb.fn.countAll<number | string>().as("total")).execute()) as [
        { total: number | string },
      ];
      const rows = await q
        .selectAll()
        .orderBy("seq", "desc")
        .limit(perPage)
        .offset((page - 1) * perPage)
        .execute();
      return { items: rows.map((r) => fromRecord(toStored(r))), page, perPage, total: Number(total) };
    },

    verify: () => verifyChain(db),
  };
}
