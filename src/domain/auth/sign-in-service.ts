/**
 * Signing in: the password step, then (when two-factor is on) the code step.
 * The session id changes between the two, and failures are audited and
 * rate-limited without telling an unknown account from a wrong password.
 */
import { msg } from "../../i18n/message";
import { auditEntry as entry } from "../audit/entry";
import { type AuthKit, iso, type RequestContext, type SignedIn } from "./auth-kit";
import { FormError, RateLimitedError } from "./errors";
import { clear, consume, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP, TWO_FACTOR_PER_ACCOUNT } from "./rate-limits";
import type { Session } from "./types";

/** One message for an unknown account, a wrong password and a disabled account, so that none can be told apart. */
const GENERIC_SIGN_IN_ERROR = msg("auth.signInFailed");

export function signInService({ repos, crypto, newSession }: AuthKit) {
  return {
    /**
     * Password sign-in. The same message and about the same time whether or not
     * the account exists; limited per account and per address.
     */
    async signIn(emailInput: string, password: string, ctx: RequestContext): Promise<SignedIn & { needsTwoFactor: boolean }> {
      const email = emailInput.trim().toLowerCase();
      const limited = await consume(
        repos.rateLimits,
        [
          { limit: SIGN_IN_PER_ACCOUNT, subject: email },
          { limit: SIGN_IN_PER_IP, subject: ctx.ipPrefix },
        ],
        ctx.now,
      );
      const user = await repos.accounts.getUserByEmail(email);
      const ok = await crypto.verifyPassword(user?.passwordHash ?? (await crypto.dummyHash()), password);
      if (!limited.allowed) {
        await repos.audit.append(
          entry(ctx, null, { action: "auth.sign_in_rate_limited", entityType: "user", entityId: user?.id ?? null }),
        );
        throw new RateLimitedError(limited.retryAfterSeconds);
      }
      if (!user || !ok || !user.passwordHash || user.disabledAt) {
        await repos.audit.append(
          entry(ctx, null, {
            action: "auth.sign_in_failed",
            entityType: "user",
            entityId: user?.id ?? null,
            after: { reason: user ? "password" : "unknown_account" },
          }),
        );
        throw new FormError({ form: GENERIC_SIGN_IN_ERROR });
      }
      const needsTwoFactor = Boolean(user.totpEnabledAt);
      return repos.transaction(async (tx) => {
        const signed = await newSession(tx, user, needsTwoFactor ? "two_factor" : "full", ctx);
        await tx.audit.append(
          entry(ctx, user, {
            action: needsTwoFactor ? "auth.password_ok" : "auth.sign_in",
            entityType: "user",
            entityId: user.id,
          }),
        );
        if (!needsTwoFactor) await clear(tx.rateLimits, SIGN_IN_PER_ACCOUNT, email);
        return { ...signed, needsTwoFactor };
      });
    },

    /** Second step: a TOTP code or an unused recovery code. The session id changes. */
    async completeTwoFactor(session: Session, codeInput: string, ctx: RequestContext): Promise<SignedIn> {
      const user = await repos.accounts.getUser(session.userId);
      if (!user?.totpSecret || !user.totpEnabledAt || session.stage !== "two_factor")
        throw new FormError({ form: GENERIC_SIGN_IN_ERROR });
      const limited = await consume(repos.rateLimits, [{ limit: TWO_FACTOR_PER_ACCOUNT, subject: user.id }], ctx.now);
      if (!limited.allowed) throw new RateLimitedError(limited.retryAfterSeconds);
      const code = codeInput.replace(/[\s-]/g, "").toLowerCase();
      const step = crypto.totp.matchStep(crypto.open(user.totpSecret), code, ctx.now);
      return repos.transaction(async (tx) => {
        // A code works once: a replayed (or older) step is refused like a wrong code.
        const totpOk = step !== null && (await tx.accounts.claimTotpStep(user.id, step));
        const recoveryOk = !totpOk && (await tx.accounts.useRecoveryCode(user.id, crypto.sha256(code), iso(ctx.now)));
        if (!totpOk && !recoveryOk) {
          await tx.audit.append(entry(ctx, null, { action: "auth.two_factor_failed", entityType: "user", entityId: user.id }));
          throw new FormError({ code: msg("auth.twoFactorCodeWrong") });
        }
        await tx.sessions.revoke(session.idHash, iso(ctx.now));
        const signed = await newSession(tx, user, "full", ctx);
        await tx.audit.append(
          entry(ctx, user, {
            action: "auth.sign_in",
            entityType: "user",
            entityId: user.id,
            after: { method: totpOk ? "totp" : "recovery_code" },
          }),
        );
        await clear(tx.rateLimits, SIGN_IN_PER_ACCOUNT, user.email);
        await clear(tx.rateLimits, TWO_FACTOR_PER_ACCOUNT, user.id);
        return signed;
      });
    },
  };
}
