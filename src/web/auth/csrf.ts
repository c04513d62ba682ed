/**
 * CSRF defence in two layers (OWASP CSRF cheat sheet):
 * 1. Fetch metadata and Origin: a browser that says the request is cross-site is refused.
 *    Old browsers send neither header; they are not refused for that alone.
 * 2. A token in every form, bound by HMAC to the session (signed in) or to a
 *    random per-browser cookie (signed out), checked on every unsafe method.
 * Tokens are derived, not stored, so every app instance can check them.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { inEnglish, type Message, msg } from "../../i18n/message";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { readCookie, writeCookie } from "./cookies";

export const CSRF_FIELD = "_csrf";
const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
/**
 * API endpoints that change nothing and read no session (they answer the same
 * to anyone), so that scripts can call them without a form token.
 */
const TOKENLESS = new Set(["/api/v1/suggest"]);

export class CsrfError extends Error {
  readonly code = "csrf";
  /** The message in the catalogue, so that the error page is in the reader's language; `message` is English, for logs. */
  readonly text: Message;
  constructor(readonly reason: "crossSite" | "notForm" | "badToken") {
    const text = msg("auth.formRefused", { reason });
    super(inEnglish(text));
    this.text = text;
  }
}

function expectedToken(deps: WebDeps, c: Context<AppEnv>, browser: string | undefined): string | undefined {
  const session = c.get("session");
  if (session) return createHmac("sha256", deps.csrfKey).update(`s:${session.idHash}`).digest("base64url");
  return browser ? createHmac("sha256", deps.csrfKey).update(`a:${browser}`).digest("base64url") : undefined;
}

/**
 * The form token for this response. A signed-out visitor gets a browser-bound
 * secret cookie only when a page with a form needs one, so that ordinary public
 * pages set no cookie at all.
 */
export function formToken(deps: WebDeps, c: Context<AppEnv>): string {
  const existing = c.get("csrfToken");
  if (existing) return existing;
  const browser = randomBytes(32).toString("base64url");
  writeCookie(c, deps.https, "csrf", browser);
  const token = expectedToken(deps, c, browser) ?? "";
  c.set("csrfToken", token);
  return token;
}

/** The token for forms rendered after the session changed within this request (sign-in). */
export function csrfTokenFor(deps: WebDeps, sessionIdHash: string): string {
  return createHmac("sha256", deps.csrfKey).update(`s:${sessionIdHash}`).digest("base64url");
}

/**
 * With `Referrer-Policy: no-referrer` browsers send `Origin: null` even on
 * same-origin form posts, so "null" says nothing either way: Sec-Fetch-Site and
 * the token decide. A named foreign origin is refused.
 */
function sameOrigin(deps: WebDeps, c: Context): boolean {
  const site = c.req.header("Sec-Fetch-Site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = c.req.header("Origin");
  if (origin && origin !== "null" && origin !== deps.config.publicOrigin && origin !== new URL(c.req.url).origin) return false;
  return true;
}

export function csrfMiddleware(deps: WebDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const expected = expectedToken(deps, c, readCookie(c, deps.https, "csrf")) ?? "";
    c.set("csrfToken", expected);
    // A bearer request (auth/bearer.ts) carries no ambient credentials, nor does an API request without a
    // session: there is nothing to forge, and the API answers 401 itself. A cookie session is always checked.
    const unforgeable = c.get("apiToken") !== undefined || (c.req.path.startsWith("/api/") && !c.get("session"));
    if (SAFE.has(c.req.method) || TOKENLESS.has(c.req.path) || unforgeable) return next();

    if (!sameOrigin(deps, c)) throw new CsrfError("crossSite");
    const type = c.req.header("Content-Type") ?? "";
    if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(type)) throw new CsrfError("notForm");
    const body = await c.req.parseBody();
    const given = typeof body[CSRF_FIELD] === "string" ? (body[CSRF_FIELD] as string) : "";
    const a = Buffer.from(given);
    const b = Buffer.from(expected);
    if (!expected || a.length !== b.length || !timingSafeEqual(a, b)) throw new CsrfError("badToken");
    return next();
  };
}
