import type { Session, SessionStage } from "../../domain/auth/types";
import type { SessionRepository } from "../../domain/ports";
import type { DB, SessionsTable } from "../database";

function toSession(r: SessionsTable): Session {
  return {
    idHash: r.id_hash,
    userId: r.user_id,
    stage: r.stage as SessionStage,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    ipPrefix: r.ip_prefix,
    userAgent: r.user_agent,
    revokedAt: r.revoked_at,
  };
}

export function sessionRepository(db: DB): SessionRepository {
  return {
    async create(s) {
      await db
        .insertInto("sessions")
        .values({
          id_hash: s.idHash,
          user_id: s.userId,
          stage: s.stage,
          created_at: s.createdAt,
          last_seen_at: s.lastSeenAt,
          expires_at: s.expiresAt,
          ip_prefix: s.ipPrefix,
          user_agent: s.userAgent,
          revoked_at: s.revokedAt,
        })
        .execute();
    },

    async get(idHash) {
      const r = await db
        .selectFrom("sessions")
        .selectAll()
        .where("id_hash", "=", idHash)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return r ? toSession(r) : undefined;
    },

    async touch(idHash, now) {
      await db.updateTable("sessions").set({ last_seen_at: now }).where("id_hash", "=", idHash).execute();
    },

    async revoke(idHash, now) {
      await db
        .updateTable("sessions")
        .set({ revoked_at: now })
        .where("id_hash", "=", idHash)
        .where("revoked_at", "is", null)
        .execute();
    },

    async revokeAllForUser(userId, now, exceptIdHash) {
      let q = db.updateTable("sessions").set({ revoked_at: now }).where("user_id", "=", userId).where("revoked_at", "is", null);
      if (exceptIdHash) q = q.where("id_hash", "<>", exceptIdHash);
      const res = await q.executeTakeFirst();
      return Number(res.numUpdatedRows);
    },

    async listActiveForUser(userId, now) {
      const rows = await db
        .selectFrom("sessions")
        .selectAll()
        .where("user_id", "=", userId)
        .where("revoked_at", "is", null)
        .where("expires_at", ">", now)
        .execute();
      return rows.map(toSession).sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? 1 : -1));
    },
  };
}
