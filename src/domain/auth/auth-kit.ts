/**
 * What the parts of the auth service share: the request's context, what a
 * sign-in returns, and the helpers that make sessions, one-time tokens and
 * password checks. Kept apart so that each part (sign-in, two-factor,
 * sessions, links) stays a small file over the same dependencies.
 */
import type { User } from "../accounts/types";
import type { Repositories } from "../ports";
import type { AuthCrypto } from "./crypto-port";
import { FormError, InvalidLinkError } from "./errors";
import { passwordProblem } from "./password-policy";
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

export const iso = (d: Date) => d.toISOString();
export const later = (d: Date, ms: number) => new Date(d.getTime() + ms).toISOString();

/** The dependencies plus the helpers every part of the auth service uses. */
export function authKit({ repos, crypto, settings, commonPasswords }: AuthDeps) {
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

  return { repos, crypto, settings, checkPassword, newSession, issueToken, validLink };
}

export type AuthKit = ReturnType<typeof authKit>;
