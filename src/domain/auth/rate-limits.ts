/**
 * Limits on authentication attempts (ASVS 5.0 V6.3, OWASP Authentication Cheat
 * Sheet), counted in the database so that they hold across every app instance.
 *
 * Why fixed windows: one row and one atomic upsert per key, the same SQL on
 * SQLite and PostgreSQL, and nothing to sweep. The price is that a client can
 * fit up to twice the maximum around a window boundary, which at these limits
 * (5 guesses per 15 minutes per account) still leaves online guessing hopeless.
 *
 * Why per account and per IP: the per-account limit stops guessing one
 * account's password from many addresses (a botnet); the per-IP limit stops one
 * address trying a few passwords on many accounts (password spraying), which no
 * per-account counter would notice. The per-account limit lets someone delay a
 * victim's sign-in for one window at most; it never locks the account for good,
 * and a successful sign-in clears it (`clear`). The per-IP counter is not
 * cleared on success, so one valid account cannot be used to reset it.
 *
 * Subjects are lower-cased emails or IP prefixes (/64 for IPv6, so that one
 * host cannot rotate through its addresses).
 */
import type { RateLimitRepository } from "../ports";

export interface RateLimit {
  /** Key prefix; also names the limit in logs. */
  name: string;
  /** Attempts allowed per window; the attempt after this many is refused. */
  max: number;
  windowMs: number;
}

const MINUTE = 60_000;

export const SIGN_IN_PER_ACCOUNT: RateLimit = { name: "sign-in:account", max: 5, windowMs: 15 * MINUTE };
export const SIGN_IN_PER_IP: RateLimit = { name: "sign-in:ip", max: 30, windowMs: 15 * MINUTE };
export const TWO_FACTOR_PER_ACCOUNT: RateLimit = { name: "two-factor:account", max: 5, windowMs: 15 * MINUTE };
export const RESET_PER_ACCOUNT: RateLimit = { name: "reset:account", max: 3, windowMs: 60 * MINUTE };
export const RESET_PER_IP: RateLimit = { name: "reset:ip", max: 10, windowMs: 60 * MINUTE };
/** Redeeming setup / set-password links: guards against guessing link tokens. */
export const SETUP_PER_IP: RateLimit = { name: "setup:ip", max: 10, windowMs: 15 * MINUTE };

export interface RateLimitCheck {
  limit: RateLimit;
  /** Email (any case) or IP prefix. */
  subject: string;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** 0 when allowed; otherwise whole seconds until every exceeded window has ended. */
  retryAfterSeconds: number;
}

/** The storage key of a limit for one subject, e.g. `sign-in:account:ana@example.org`. */
export function limitKey(limit: RateLimit, subject: string): string {
  return `${limit.name}:${subject.trim().toLowerCase()}`;
}

/**
 * Counts one attempt against every check (all of them, even when the first is
 * already exceeded, so that a blocked client keeps being counted everywhere)
 * and refuses if any count is now over its maximum.
 */
export async function consume(
  repo: RateLimitRepository,
  checks: readonly RateLimitCheck[],
  now: Date,
): Promise<RateLimitDecision> {
  let allowed = true;
  let retryAfterMs = 0;
  for (const { limit, subject } of checks) {
    const { count, resetAt } = await repo.hit(limitKey(limit, subject), limit.windowMs, now);
    if (count > limit.max) {
      allowed = false;
      retryAfterMs = Math.max(retryAfterMs, resetAt.getTime() - now.getTime());
    }
  }
  return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}

/** Forgets the attempts of one subject, e.g. the per-account counter after a successful sign-in. */
export function clear(repo: RateLimitRepository, limit: RateLimit, subject: string): Promise<void> {
  return repo.reset(limitKey(limit, subject));
}
