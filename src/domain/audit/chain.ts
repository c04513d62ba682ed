/**
 * The hash chain of the audit log, as pure functions. Each entry's hash covers
 * the previous entry's hash, its own position (seq) and every field exactly as
 * stored, so changing, removing or reordering any entry breaks the chain from
 * that entry on. Hashing itself is passed in (the domain does no I/O and
 * imports no node: modules); storage uses SHA-256 from node:crypto.
 */
import { type AuditEntry, type AuditEntryInput, GENESIS_HASH } from "./types";

/** SHA-256 of a UTF-8 string, as 64 lower-case hex digits. */
export type Sha256 = (text: string) => string;

/**
 * JSON with object keys sorted (by UTF-16 code units, as RFC 8785 does) at
 * every depth, so equal values always give the same text. Like JSON.stringify,
 * undefined (and functions, symbols) are dropped from objects and become null
 * in arrays, non-finite numbers become null, toJSON() (e.g. of a Date) is used.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set()) ?? "null";
}

function write(input: unknown, ancestors: Set<object>): string | undefined {
  let value = input;
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function")
    value = (value as { toJSON: () => unknown }).toJSON();
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? JSON.stringify(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      throw new TypeError("canonicalJson cannot serialise a BigInt");
    case "object":
      break;
    default:
      return undefined;
  }
  if (value === null) return "null";
  if (ancestors.has(value)) throw new TypeError("canonicalJson cannot serialise a circular structure");
  ancestors.add(value);
  let text: string;
  if (Array.isArray(value)) {
    text = `[${value.map((v) => write(v, ancestors) ?? "null").join(",")}]`;
  } else {
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const v = write(record[key], ancestors);
      if (v !== undefined) parts.push(`${JSON.stringify(key)}:${v}`);
    }
    text = `{${parts.join(",")}}`;
  }
  ancestors.delete(value);
  return text;
}

/** How before/after are stored: canonical JSON text, or null when there is nothing. */
export function storedJson(value: unknown): string | null {
  return value === undefined || value === null ? null : canonicalJson(value);
}

/** An entry's fields as stored: before/after as canonical JSON text (what the hash covers). */
export interface AuditRecord extends Omit<AuditEntryInput, "before" | "after"> {
  beforeJson: string | null;
  afterJson: string | null;
}

export function toRecord(input: AuditEntryInput): AuditRecord {
  return {
    at: input.at,
    actorUserId: input.actorUserId ?? null,
    actorLabel: input.actorLabel,
    organisationId: input.organisationId ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    ipPrefix: input.ipPrefix,
    beforeJson: storedJson(input.before),
    afterJson: storedJson(input.after),
  };
}

/** The exact text that is hashed for the entry at `seq` following `prevHash`. */
export function chainPayload(prevHash: string, seq: number, record: AuditRecord): string {
  return canonicalJson({
    prevHash,
    seq,
    at: record.at,
    actorUserId: record.actorUserId,
    actorLabel: record.actorLabel,
    organisationId: record.organisationId,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    ipPrefix: record.ipPrefix,
    before: record.beforeJson,
    after: record.afterJson,
  });
}

/** The hash of a new entry at `seq` whose predecessor's hash is `prevHash`. */
export function entryHash(prevHash: string, seq: number, input: AuditEntryInput, sha256: Sha256): string {
  return sha256(chainPayload(prevHash, seq, toRecord(input)));
}

/** The last entry checked so far; the chain starts at seq 0 with the genesis hash. */
export interface ChainLink {
  seq: number;
  hash: string;
}

export const GENESIS: ChainLink = Object.freeze({ seq: 0, hash: GENESIS_HASH });

/** A stored entry as read back for checking. */
export interface StoredAuditRecord extends AuditRecord {
  seq: number;
  prevHash: string;
  hash: string;
}

export type ChainBreak = { seq: number; reason: string };

/**
 * Checks one stored entry against the one checked before it (entries come in
 * seq order). Returns the break, naming the first seq that is wrong, or
 * undefined when the entry continues the chain.
 */
export function checkEntry(previous: ChainLink, entry: StoredAuditRecord, sha256: Sha256): ChainBreak | undefined {
  const expected = previous.seq + 1;
  if (entry.seq > expected) return { seq: expected, reason: `entry ${expected} is missing` };
  if (entry.seq < expected) return { seq: entry.seq, reason: `entry ${entry.seq} is out of sequence` };
  if (entry.prevHash !== previous.hash)
    return {
      seq: entry.seq,
      reason: previous.seq === 0 ? "prev_hash is not the genesis hash" : `prev_hash does not match entry ${previous.seq}`,
    };
  if (sha256(chainPayload(entry.prevHash, entry.seq, entry)) !== entry.hash)
    return { seq: entry.seq, reason: "hash does not match its contents" };
  return undefined;
}

/**
 * Checks the head (the recorded end of the chain) against the last entry
 * found. A head beyond the last entry means entries were removed from the end.
 */
export function checkHead(last: ChainLink, head: ChainLink): ChainBreak | undefined {
  if (head.seq > last.seq) return { seq: last.seq + 1, reason: `entry ${last.seq + 1} is missing` };
  if (head.seq !== last.seq || head.hash !== last.hash) return { seq: last.seq, reason: "head does not match the last entry" };
  return undefined;
}

/** Back from the stored form to the entry the application sees. */
export function fromRecord(stored: StoredAuditRecord): AuditEntry {
  const { beforeJson, afterJson, ...rest } = stored;
  return { ...rest, before: parseStored(beforeJson), after: parseStored(afterJson) };
}

/** Stored text that is not JSON (only tampering produces it) is shown as it is; verify() reports it. */
function parseStored(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
