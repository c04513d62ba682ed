/** The tamper-evident audit log: each entry stores the hash of the one before. */

export interface AuditEntryInput {
  at: string;
  actorUserId: string | null;
  /** Human-readable actor at the time (email, "anonymous", "cli"). */
  actorLabel: string;
  /** The organisation whose log shows the entry; null for site-wide events. */
  organisationId: string | null;
  /** e.g. "auth.sign_in", "auth.sign_in_failed", "user.create", "membership.role_change". */
  action: string;
  entityType: string;
  entityId: string | null;
  /** Truncated client address: /24 for IPv4, /48 for IPv6. */
  ipPrefix: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntry extends AuditEntryInput {
  seq: number;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = "0".repeat(64);

export interface ChainCheck {
  ok: boolean;
  checked: number;
  /** The first entry whose hash or link does not match, when ok is false. */
  brokenAt?: { seq: number; reason: string };
}
