/** The one way services describe an audit entry: who, when, from where, then what. */
import type { User } from "../accounts/types";
import type { AuditEntryInput } from "./types";

export interface AuditContext {
  now: Date;
  ipPrefix: string;
}

export type AuditFacts = Pick<AuditEntryInput, "action" | "entityType"> & Partial<AuditEntryInput>;

/**
 * An entry for `actor` (null: the command line or the system, labelled by
 * `fallbackLabel`) with the given facts; unspecified fields are empty.
 */
export function auditEntry(
  ctx: AuditContext,
  actor: User | null,
  facts: AuditFacts,
  fallbackLabel = "anonymous",
): AuditEntryInput {
  return {
    at: ctx.now.toISOString(),
    actorUserId: actor?.id ?? null,
    actorLabel: actor?.email ?? fallbackLabel,
    organisationId: null,
    entityId: null,
    ipPrefix: ctx.ipPrefix,
    before: undefined,
    after: undefined,
    ...facts,
  };
}
