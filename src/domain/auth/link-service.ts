/**
 * One-time links: the first-start setup link that creates the first
 * superadmin, and the links that let a user set a password (new account or
 * reset). Only the SHA-256 of a link's token is stored; a link works once.
 */
import type { User } from "../accounts/types";
import { auditEntry as entry } from "../audit/entry";
import { type AuthKit, iso, type RequestContext } from "./auth-kit";
import { InvalidLinkError, RateLimitedError } from "./errors";
import { consume, RESET_PER_ACCOUNT, RESET_PER_IP, SETUP_PER_IP } from "./rate-limits";

export function linkService({ repos, crypto, settings, checkPassword, newSession, issueToken, validLink }: AuthKit) {
  return {
    /** A fresh one-hour setup link, only while there is no user at all. */
    async issueSetupLink(now: Date): Promise<string | null> {
      if ((await repos.accounts.countUsers()) > 0) return null;
      return issueToken(repos, "setup", null, null, settings.setupLinkTtlMs, now);
    },

    validLink,

    /** Creates the first superadmin from the setup link and signs them in. */
    async completeSetup(token: string, input: { email: string; displayName: string; password: string }, ctx: RequestContext) {
      const limited = await consume(repos.rateLimits, [{ limit: SETUP_PER_IP, subject: ctx.ipPrefix }], ctx.now);
      if (!limited.allowed) throw new RateLimitedError(limited.retryAfterSeconds);
      await validLink(token, "setup", ctx.now);
      const email = input.email.trim().toLowerCase();
      checkPassword(input.password, email);
      const passwordHash = await crypto.hashPassword(input.password);
      return repos.transaction(async (tx) => {
        if ((await tx.accounts.countUsers()) > 0 || !(await tx.tokens.consume(crypto.sha256(token), iso(ctx.now))))
          throw new InvalidLinkError();
        const user = await tx.accounts.createUser(
          { id: crypto.newId(), email, displayName: input.displayName.trim(), isSuperadmin: true, passwordHash },
          iso(ctx.now),
        );
        await tx.audit.append(
          entry(ctx, user, {
            action: "user.create_superadmin",
            entityType: "user",
            entityId: user.id,
            after: { email, superadmin: true },
          }),
        );
        return newSession(tx, user, "full", ctx);
      });
    },

    /**
     * A one-time link for a user to set a password (new user or reset). A reset
     * ends the user's sessions and invalidates earlier links.
     */
    async issuePasswordLink(target: User, by: User | null, ctx: RequestContext, reason: "new_user" | "reset"): Promise<string> {
      const limited = await consume(repos.rateLimits, [{ limit: RESET_PER_ACCOUNT, subject: target.id }], ctx.now);
      if (!limited.allowed) throw new RateLimitedError(limited.retryAfterSeconds);
      return repos.transaction(async (tx) => {
        await tx.tokens.revokeForUser(target.id, "set_password", iso(ctx.now));
        const token = await issueToken(tx, "set_password", target.id, by?.id ?? null, settings.passwordLinkTtlMs, ctx.now);
        if (reason === "reset") await tx.sessions.revokeAllForUser(target.id, iso(ctx.now));
        await tx.audit.append(
          entry(ctx, by, {
            action: reason === "reset" ? "user.password_reset_issued" : "user.password_link_issued",
            entityType: "user",
            entityId: target.id,
            actorLabel: by?.email ?? "cli",
          }),
        );
        return token;
      });
    },

    /** Sets a password from a one-time link, then ends every session of the user. */
    async setPassword(token: string, password: string, ctx: RequestContext): Promise<User> {
      const limited = await consume(repos.rateLimits, [{ limit: RESET_PER_IP, subject: ctx.ipPrefix }], ctx.now);
      if (!limited.allowed) throw new RateLimitedError(limited.retryAfterSeconds);
      const link = await validLink(token, "set_password", ctx.now);
      const user = link.userId ? await repos.accounts.getUser(link.userId) : undefined;
      if (!user) throw new InvalidLinkError();
      checkPassword(password, user.email);
      const hash = await crypto.hashPassword(password);
      await repos.transaction(async (tx) => {
        if (!(await tx.tokens.consume(link.tokenHash, iso(ctx.now)))) throw new InvalidLinkError();
        await tx.accounts.updateUser(user.id, { passwordHash: hash }, iso(ctx.now));
        await tx.sessions.revokeAllForUser(user.id, iso(ctx.now));
        await tx.audit.append(entry(ctx, user, { action: "user.password_set", entityType: "user", entityId: user.id }));
      });
      return user;
    },
  };
}
