/**
 * Sign-in, two-factor, sessions, one-time links and passwords. Every change is
 * written with its audit entry in one transaction. Routes authorise first;
 * these functions assume the caller may act.
 */
import { msg } from "../../i18n/message";
import type { Membership, User } from "../accounts/types";
import { auditEntry } from "../audit/entry";
import type { Repositories } from "../ports";
import type { AuthCrypto } from "./crypto-port";
import { FormError, InvalidLinkError, RateLimitedError } from "./errors";
import { passwordProblem } from "./password-policy";
import {
  clear,
  consume,
  RESET_PER_ACCOUNT,
  RESET_PER_IP,
  SETUP_PER_IP,
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_IP,
  TWO_FACTOR_PER_ACCOUNT,
} from "./rate-limits";
import type { AuthSettings } from "./settings";
import type { AuthToken, Session, TokenPurpose } from "./types";

export interface RequestContext {
  ipPrefix: string;
  userAgent: string;
  now: Date;
}

export interface SignedIn {
  /** The raw token for the cookie; only its hash is stored. */
  sessionToken: string;
  session: Session;
  user: User;
}

export interface AuthDeps {
  repos: Repositories;
  crypto: AuthCrypto;
  settings: AuthSettings;
  commonPasswords: ReadonlySet<string>;
}

/** One message for an unknown account, a wrong password and a disabled account, so that none can be told apart. */
const GENERIC_SIGN_IN_ERROR = msg("auth.signInFailed");
const RECOVERY_CODES = 10;

export function authService({ repos, crypto, settings, commonPasswords }: AuthDeps) {
  const iso = (d: Date) => d.toISOString();
  const later = (d: Date, ms: number) => new Date(d.getTime() + ms).toISOString();

  const entry = auditEntry;

  const checkPassword = (password: string, email: string) => {
    const problem = passwordProblem(password, { email, common: commonPasswords });
    if (problem) throw new FormError({ password: problem });
  };

  async function newSession(tx: Repositories, user: User, stage: Session["stage"], ctx: RequestContext): Promise<SignedIn> {
    const sessionToken = crypto.randomToken(32);
    const lifetime = stage === "full" ? settings.absoluteLifetimeMs : settings.twoFactorStageTtlMs;
    const session: Session = {
      idHash: crypto.sha256(sessionToken),
      userId: user.id,
      stage,
      createdAt: iso(ctx.now),
      lastSeenAt: iso(ctx.now),
      expiresAt: later(ctx.now, lifetime),
      ipPrefix: ctx.ipPrefix,
      userAgent: ctx.userAgent.slice(0, 200),
      revokedAt: null,
    };
    await tx.sessions.create(session);
    return { sessionToken, session, user };
  }

  async function issueToken(
    tx: Repositories,
    purpose: TokenPurpose,
    userId: string | null,
    createdBy: string | null,
    ttl: number,
    now: Date,
  ) {
    const token = crypto.randomToken(32);
    const record: AuthToken = {
      tokenHash: crypto.sha256(token),
      purpose,
      userId,
      createdBy,
      createdAt: iso(now),
      expiresAt: later(now, ttl),
      usedAt: null,
    };
    await tx.tokens.create(record);
    return token;
  }

  async function validLink(token: string, purpose: TokenPurpose, now: Date): Promise<AuthToken> {
    const found = token ? await repos.tokens.find(crypto.sha256(token), iso(now)) : undefined;
    if (!found || found.purpose !== purpose) throw new InvalidLinkError();
    return found;
  }

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

export type AuthService = ReturnType<typeof authService>;

/** 10 random characters from the token in two groups: easy to copy from paper. */
function formatRecoveryCode(token: string): string {
  const clean = token
    .replace(/[^a-zA-Z0-9]/g, "x")
    .toLowerCase()
    .slice(0, 10);
  return `${clean.slice(0, 5)}-${clean.slice(5, 10)}`;
}
