import type { ApiToken, ApiTokenScope } from "../../domain/auth/api-token-types";
import type { ApiTokenRepository } from "../../domain/ports";
import type { ApiTokensTable, DB } from "../database";

function toToken(r: ApiTokensTable): ApiToken {
  return {
    id: r.id,
    userId: r.user_id,
    organisationId: r.organisation_id,
    name: r.name,
    scope: r.scope as ApiTokenScope,
    tokenHash: r.token_hash,
    hint: r.hint,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
    revokedBy: r.revoked_by,
  };
}

/** Newest first; ISO timestamps compare as text, and the id breaks ties the same way on both engines. */
const newestFirst = (tokens: ApiToken[]) =>
  tokens.sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));

export function apiTokenRepository(db: DB): ApiTokenRepository {
  return {
    async create(t) {
      await db
        .insertInto("api_tokens")
        .values({
          id: t.id,
          user_id: t.userId,
          organisation_id: t.organisationId,
          name: t.name,
          scope: t.scope,
          token_hash: t.tokenHash,
          hint: t.hint,
          created_at: t.createdAt,
          expires_at: t.expiresAt,
          last_used_at: t.lastUsedAt,
          revoked_at: t.revokedAt,
          revoked_by: t.revokedBy,
        })
        .execute();
    },

    async get(id) {
      const r = await db.selectFrom("api_tokens").selectAll().where("id", "=", id).executeTakeFirst();
      return r ? toToken(r) : undefined;
    },

    async findByHash(tokenHash) {
      const r = await db.selectFrom("api_tokens").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
      return r ? toToken(r) : undefined;
    },

    async listForUser(userId) {
      const rows = await db.selectFrom("api_tokens").selectAll().where("user_id", "=", userId).execute();
      return newestFirst(rows.map(toToken));
    },

    async listForOrganisation(organisationId) {
      const rows = await db.selectFrom("api_tokens").selectAll().where("organisation_id", "=", organisationId).execute();
      return newestFirst(rows.map(toToken));
    },

    async revoke(id, now, revokedBy) {
      const res = await db
        .updateTable("api_tokens")
        .set({ revoked_at: now, revoked_by: revokedBy })
        .where("id", "=", id)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    async touch(id, now) {
      await db.updateTable("api_tokens").set({ last_used_at: now }).where("id", "=", id).execute();
    },
  };
}
