import type { AuthToken, TokenPurpose } from "../../domain/auth/types";
import type { TokenRepository } from "../../domain/ports";
import type { AuthTokensTable, DB } from "../database";

function toToken(r: AuthTokensTable): AuthToken {
  return {
    tokenHash: r.token_hash,
    purpose: r.purpose as TokenPurpose,
    userId: r.user_id,
    createdBy: r.created_by,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    usedAt: r.used_at,
  };
}

export function tokenRepository(db: DB): TokenRepository {
  return {
    async create(t) {
      await db
        .insertInto("auth_tokens")
        .values({
          token_hash: t.tokenHash,
          purpose: t.purpose,
          user_id: t.userId,
          created_by: t.createdBy,
          created_at: t.createdAt,
          expires_at: t.expiresAt,
          used_at: t.usedAt,
        })
        .execute();
    },

    async find(tokenHash, now) {
      const r = await db
        .selectFrom("auth_tokens")
        .selectAll()
        .where("token_hash", "=", tokenHash)
        .where("used_at", "is", null)
        .where("expires_at", ">", now)
        .executeTakeFirst();
      return r ? toToken(r) : undefined;
    },

    async consume(tokenHash, now) {
      const res = await db
        .updateTable("auth_tokens")
        .set({ used_at: now })
        .where("token_hash", "=", tokenHash)
        .where("used_at", "is", null)
        .where("expires_at", ">", now)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    async revokeForUser(userId, purpose, now) {
      await db
        .updateTable("auth_tokens")
        .set({ used_at: now })
        .where("user_id", "=", userId)
        .where("purpose", "=", purpose)
        .where("used_at", "is", null)
        .execute();
    },
  };
}
