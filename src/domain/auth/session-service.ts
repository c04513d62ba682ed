/**
 * Sessions and the password of a signed-in user: finding the session behind a
 * cookie (with idle and absolute timeouts), signing out, ending one session
 * from the account page, and changing the password, which ends every other
 * session.
 */
import { msg } from "../../i18n/message";
import type { Membership, User } from "../accounts/types";
import { auditEntry as entry } from "../audit/entry";
import { type AuthKit, iso, type RequestContext } from "./auth-kit";
import { FormError } from "./errors";
import type { Session } from "./types";

export function sessionService({ repos, crypto, settings, checkPassword }: AuthKit) {
  return {
    /** The session behind a cookie token, or null when missing, ended, expired or idle too long. */
    async resolveSession(
      token: string | undefined,
      now: Date,
    ): Promise<{ session: Session; user: User; memberships: Membership[] } | null> {
      if (!token || token.length > 100) return null;
      const session = await repos.sessions.get(crypto.sha256(token));
      if (!session) return null;
      const idleSince = now.getTime() - Date.parse(session.lastSeenAt);
      if (Date.parse(session.expiresAt) <= now.getTime() || idleSince > settings.idleTimeoutMs) {
        await repos.sessions.revoke(session.idHash, iso(now));
        return null;
      }
      const user = await repos.accounts.getUser(session.userId);
      if (!user || user.disabledAt) return null;
      // Write at most once a minute: enough for the idle timeout, light on the database.
      if (idleSince > 60_000) await repos.sessions.touch(session.idHash, iso(now));
      return { session, user, memberships: await repos.accounts.membershipsOfUser(user.id) };
    },

    async signOut(session: Session, user: User | null, ctx: RequestContext) {
      await repos.transaction(async (tx) => {
        await tx.sessions.revoke(session.idHash, iso(ctx.now));
        await tx.audit.append(entry(ctx, user, { action: "auth.sign_out", entityType: "session", entityId: null }));
      });
    },

    async endSession(user: User, idHash: string, ctx: RequestContext) {
      const mine = (await repos.sessions.listActiveForUser(user.id, iso(ctx.now))).some((s) => s.idHash === idHash);
      if (!mine) throw new FormError({ session: msg("auth.sessionNotYours") });
      await repos.transaction(async (tx) => {
        await tx.sessions.revoke(idHash, iso(ctx.now));
        await tx.audit.append(entry(ctx, user, { action: "auth.session_ended", entityType: "user", entityId: user.id }));
      });
    },

    /** Changes the password and ends every other session of the user. */
    async changePassword(user: User, session: Session, current: string, next: string, ctx: RequestContext) {
      if (!user.passwordHash || !(await crypto.verifyPassword(user.passwordHash, current)))
        throw new FormError({ current: msg("auth.currentPasswordWrong") });
      checkPassword(next, user.email);
      const hash = await crypto.hashPassword(next);
      await repos.transaction(async (tx) => {
        await tx.accounts.updateUser(user.id, { passwordHash: hash }, iso(ctx.now));
        const ended = await tx.sessions.revokeAllForUser(user.id, iso(ctx.now), session.idHash);
        await tx.audit.append(
          entry(ctx, user, {
            action: "user.password_change",
            entityType: "user",
            entityId: user.id,
            after: { otherSessionsEnded: ended },
          }),
        );
      });
    },
  };
}
