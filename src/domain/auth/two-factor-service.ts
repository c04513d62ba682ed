/**
 * Two-factor enrolment on the account page: a new TOTP secret (stored sealed),
 * confirmed by a code before it counts, ten single-use recovery codes shown
 * once, and turning it off again after a password check.
 */
import { msg } from "../../i18n/message";
import type { User } from "../accounts/types";
import { auditEntry as entry } from "../audit/entry";
import { type AuthKit, iso, type RequestContext } from "./auth-kit";
import { FormError } from "./errors";

const RECOVERY_CODES = 10;

export function twoFactorService({ repos, crypto }: AuthKit) {
  return {
    /** Starts two-factor enrolment: a new secret, stored sealed, active once a code confirms it. */
    async beginTotp(user: User, now: Date): Promise<{ secret: string; uri: string }> {
      if (user.totpEnabledAt) throw new FormError({ form: msg("auth.twoFactorAlreadyOn") });
      const secret = crypto.totp.newSecret();
      await repos.accounts.updateUser(user.id, { totpSecret: crypto.seal(secret) }, iso(now));
      return { secret, uri: crypto.totp.uri(secret, user.email) };
    },

    /** The pending secret (to show again on a failed confirmation). */
    pendingTotp(user: User): { secret: string; uri: string } | null {
      if (!user.totpSecret || user.totpEnabledAt) return null;
      const secret = crypto.open(user.totpSecret);
      return { secret, uri: crypto.totp.uri(secret, user.email) };
    },

    /** Confirms enrolment with a code; returns ten recovery codes, shown once. */
    async confirmTotp(user: User, code: string, ctx: RequestContext): Promise<string[]> {
      if (!user.totpSecret || user.totpEnabledAt) throw new FormError({ form: msg("auth.enrolFirst") });
      const step = crypto.totp.matchStep(crypto.open(user.totpSecret), code.replace(/\s/g, ""), ctx.now);
      if (step === null || !(await repos.accounts.claimTotpStep(user.id, step)))
        throw new FormError({ code: msg("auth.enrolCodeWrong") });
      const codes = Array.from({ length: RECOVERY_CODES }, () => formatRecoveryCode(crypto.randomToken(8)));
      await repos.transaction(async (tx) => {
        await tx.accounts.updateUser(user.id, { totpEnabledAt: iso(ctx.now) }, iso(ctx.now));
        await tx.accounts.replaceRecoveryCodes(
          user.id,
          codes.map((c) => crypto.sha256(c.replace(/-/g, ""))),
        );
        await tx.audit.append(entry(ctx, user, { action: "user.two_factor_enrolled", entityType: "user", entityId: user.id }));
      });
      return codes;
    },

    /** Turns two-factor off after checking the password, so that a new device can be enrolled. */
    async resetTotp(user: User, password: string, ctx: RequestContext) {
      if (!user.passwordHash || !(await crypto.verifyPassword(user.passwordHash, password)))
        throw new FormError({ password: msg("auth.passwordWrong") });
      await repos.transaction(async (tx) => {
        await tx.accounts.updateUser(user.id, { totpSecret: null, totpEnabledAt: null }, iso(ctx.now));
        await tx.accounts.replaceRecoveryCodes(user.id, []);
        await tx.audit.append(entry(ctx, user, { action: "user.two_factor_reset", entityType: "user", entityId: user.id }));
      });
    },
  };
}

/** 10 random characters from the token in two groups: easy to copy from paper. */
function formatRecoveryCode(token: string): string {
  const clean = token
    .replace(/[^a-zA-Z0-9]/g, "x")
    .toLowerCase()
    .slice(0, 10);
  return `${clean.slice(0, 5)}-${clean.slice(5, 10)}`;
}
