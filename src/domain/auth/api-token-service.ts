/**
 * Personal API tokens: created and revoked by their owner on the account page,
 * listed and revoked by the administrators of the organisation they act in,
 * presented as `Authorization: Bearer bp_…`. A token acts as its owner in one
 * organisation only, with the owner's *current* role there (read fresh on every
 * request, so a lowered or removed membership lowers or removes the token's
 * power), never as a site administrator, and a read token changes nothing.
 */
import { type Message, msg } from "../../i18n/message";
import type { Actor, Organisation, User } from "../accounts/types";
import { roleRank } from "../accounts/types";
import { auditEntry } from "../audit/entry";
import { can } from "../policy";
import type { Repositories } from "../ports";
import {
  API_TOKEN_PATTERN,
  API_TOKEN_PREFIX,
  API_TOKEN_SCOPES,
  type ApiToken,
  ApiTokenError,
  type ApiTokenRefusal,
  type ApiTokenScope,
  isActive,
  MAX_ACTIVE_API_TOKENS,
  MAX_API_TOKEN_DAYS,
} from "./api-token-types";
import type { RequestContext } from "./auth-service";
import type { AuthCrypto } from "./crypto-port";
import { ForbiddenError, FormError, RateLimitedError } from "./errors";
import { limitKey, type RateLimit } from "./rate-limits";
import { requiresTwoFactor } from "./settings";

/**
 * Failed token attempts per address. A secret has 256 random bits, so this is
 * not about guessing one; it stops a client hammering the token lookup and
 * makes a leaked-token scan from one address visible in the audit log.
 */
export const API_TOKEN_FAILURES_PER_IP: RateLimit = { name: "api-token:ip", max: 20, windowMs: 15 * 60_000 };

/** last_used_at is written at most this often per token: enough to read, light on the database. */
const TOUCH_EVERY_MS = 60_000;
const DAY_MS = 86_400_000;

export interface NewApiTokenInput {
  name: string;
  organisationId: string;
  scope: string;
  /** Days until it expires, as a string from the form. */
  expiresInDays: string;
}

export interface TokenAuthentication {
  token: ApiToken;
  /** The owner, restricted to the token's organisation, with no site-administrator power. */
  actor: Actor;
}

export function apiTokenService(repos: Repositories, crypto: Pick<AuthCrypto, "randomToken" | "sha256" | "newId">) {
  const iso = (d: Date) => d.toISOString();

  async function refuse(reason: ApiTokenRefusal, ctx: RequestContext): Promise<never> {
    const key = limitKey(API_TOKEN_FAILURES_PER_IP, ctx.ipPrefix);
    const { count } = await repos.rateLimits.hit(key, API_TOKEN_FAILURES_PER_IP.windowMs, ctx.now);
    // Logged once, when an address reaches the limit, rather than once per failed request.
    if (count === API_TOKEN_FAILURES_PER_IP.max)
      await repos.audit.append(auditEntry(ctx, null, { action: "api_token.rate_limited", entityType: "api_token" }));
    throw new ApiTokenError(reason);
  }

  return {
    /** Creates a token and returns its secret, which is never shown again. */
    async create(user: User, input: NewApiTokenInput, ctx: RequestContext): Promise<{ token: ApiToken; secret: string }> {
      const problems: Record<string, Message> = {};
      const name = input.name.trim();
      if (name.length < 1 || name.length > 100) problems.name = msg("admin.tokens.problem.name", { max: 100 });
      const membership = (await repos.accounts.membershipsOfUser(user.id)).find((m) => m.organisationId === input.organisationId);
      if (!membership) problems.organisationId = msg("admin.tokens.problem.organisation");
      if (!(API_TOKEN_SCOPES as readonly string[]).includes(input.scope)) problems.scope = msg("admin.tokens.problem.scope");
      else if (input.scope === "read-write" && membership && roleRank(membership.role) < roleRank("contributor"))
        problems.scope = msg("admin.tokens.problem.viewerScope");
      const days = /^\d{1,3}$/.test(input.expiresInDays.trim()) ? Number(input.expiresInDays) : Number.NaN;
      if (!(days >= 1 && days <= MAX_API_TOKEN_DAYS)) problems.expiresInDays = msg("admin.tokens.problem.expires");
      const active = (await repos.apiTokens.listForUser(user.id)).filter((t) => isActive(t, ctx.now));
      if (active.length >= MAX_ACTIVE_API_TOKENS)
        problems.name = msg("admin.tokens.problem.tooMany", { count: MAX_ACTIVE_API_TOKENS });
      if (Object.keys(problems).length) throw new FormError(problems);

      const secret = `${API_TOKEN_PREFIX}${crypto.randomToken(32)}`;
      const token: ApiToken = {
        id: crypto.newId(),
        userId: user.id,
        organisationId: input.organisationId,
        name,
        scope: input.scope as ApiTokenScope,
        tokenHash: crypto.sha256(secret),
        hint: secret.slice(0, API_TOKEN_PREFIX.length + 4),
        createdAt: iso(ctx.now),
        expiresAt: new Date(ctx.now.getTime() + days * DAY_MS).toISOString(),
        lastUsedAt: null,
        revokedAt: null,
        revokedBy: null,
      };
      await repos.transaction(async (tx) => {
        await tx.apiTokens.create(token);
        await tx.audit.append(
          auditEntry(ctx, user, {
            organisationId: token.organisationId,
            action: "api_token.create",
            entityType: "api_token",
            entityId: token.id,
            after: { name, scope: token.scope, expiresAt: token.expiresAt },
          }),
        );
      });
      return { token, secret };
    },

    listForUser(user: User): Promise<ApiToken[]> {
      return repos.apiTokens.listForUser(user.id);
    },

    /** Revokes one of the person's own tokens; revoking a revoked token changes nothing. */
    async revoke(user: User, id: string, ctx: RequestContext): Promise<void> {
      const token = id ? await repos.apiTokens.get(id) : undefined;
      if (!token || token.userId !== user.id) throw new FormError({ form: msg("admin.tokens.problem.notYours") });
      await repos.transaction(async (tx) => {
        if (!(await tx.apiTokens.revoke(token.id, iso(ctx.now), user.id))) return;
        await tx.audit.append(
          auditEntry(ctx, user, {
            organisationId: token.organisationId,
            action: "api_token.revoke",
            entityType: "api_token",
            entityId: token.id,
            before: { name: token.name, scope: token.scope },
          }),
        );
      });
    },

    /** The tokens that act in an organisation, for its administrators (a hash and a hint are all that is stored of a secret). */
    async listForOrganisation(actor: Actor, org: Organisation): Promise<ApiToken[]> {
      if (!can(actor, "organisation.manage", org)) throw new ForbiddenError();
      return repos.apiTokens.listForOrganisation(org.id);
    },

    /**
     * An administrator of the organisation a token acts in revokes it (a member's
     * token that leaked, or one of a person who left). The owner's account page
     * then says an administrator revoked it. Revoking a revoked token changes nothing.
     */
    async revokeAsAdmin(actor: Actor, org: Organisation, id: string, ctx: RequestContext): Promise<void> {
      const admin = actor.user;
      if (!admin || !can(actor, "organisation.manage", org)) throw new ForbiddenError();
      const token = id ? await repos.apiTokens.get(id) : undefined;
      // A token of another organisation is answered like a missing one: its id says nothing here.
      if (!token || token.organisationId !== org.id) throw new FormError({ form: msg("admin.tokens.problem.notInOrganisation") });
      await repos.transaction(async (tx) => {
        if (!(await tx.apiTokens.revoke(token.id, iso(ctx.now), admin.id))) return;
        await tx.audit.append(
          auditEntry(ctx, admin, {
            organisationId: org.id,
            action: "api_token.revoke_by_admin",
            entityType: "api_token",
            entityId: token.id,
            before: { name: token.name, scope: token.scope, ownerId: token.userId },
          }),
        );
      });
    },

    /**
     * The actor behind a bearer secret, or an ApiTokenError saying why not.
     * Addresses with too many failures are refused before any lookup.
     */
    async authenticate(secret: string, ctx: RequestContext): Promise<TokenAuthentication> {
      const limit = API_TOKEN_FAILURES_PER_IP;
      const seen = await repos.rateLimits.peek(limitKey(limit, ctx.ipPrefix), limit.windowMs, ctx.now);
      if (seen.count >= limit.max)
        throw new RateLimitedError(Math.max(1, Math.ceil((seen.resetAt.getTime() - ctx.now.getTime()) / 1000)));

      if (!API_TOKEN_PATTERN.test(secret)) return refuse("invalid", ctx);
      const token = await repos.apiTokens.findByHash(crypto.sha256(secret));
      if (!token) return refuse("invalid", ctx);
      if (token.revokedAt) return refuse("revoked", ctx);
      if (Date.parse(token.expiresAt) <= ctx.now.getTime()) return refuse("expired", ctx);
      const user = await repos.accounts.getUser(token.userId);
      if (!user || user.disabledAt) return refuse("account_disabled", ctx);
      const memberships = await repos.accounts.membershipsOfUser(user.id);
      if (
        requiresTwoFactor(
          user,
          memberships.map((m) => m.role),
        ) &&
        !user.totpEnabledAt
      )
        return refuse("two_factor_required", ctx);

      if (!token.lastUsedAt || ctx.now.getTime() - Date.parse(token.lastUsedAt) > TOUCH_EVERY_MS)
        await repos.apiTokens.touch(token.id, iso(ctx.now));
      return {
        token,
        actor: {
          user: { ...user, isSuperadmin: false },
          memberships: memberships.filter((m) => m.organisationId === token.organisationId),
        },
      };
    },
  };
}

export type ApiTokenService = ReturnType<typeof apiTokenService>;
