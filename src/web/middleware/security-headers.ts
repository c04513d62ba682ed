import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";

export interface SecurityHeaderOptions {
  /** True when the public origin is https: adds Strict-Transport-Security. */
  https?: boolean;
}

/**
 * The Content-Security-Policy of every response that does not set its own (the
 * Swagger UI docs page does). Scripts are files of this site only (the
 * optional enhance.js and its service worker): no inline script, no
 * 'unsafe-inline' or 'unsafe-eval', and nothing loads from another origin.
 * No nonce either: it would make every public page's bytes differ per
 * response, and so defeat its ETag and every cache.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join("; ");
}

const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

/**
 * Baseline headers on every response. Responses to a signed-in user (or one
 * half-way through two-factor) are never stored by browsers, proxies or the
 * service worker (which keeps only `public` pages); content-hashed files under
 * /static/ (`immutable`: the same bytes for everyone) are the one exception.
 */
export function securityHeaders({ https = false }: SecurityHeaderOptions = {}): MiddlewareHandler<AppEnv> {
  const csp = contentSecurityPolicy();
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    if (!h.has("Content-Security-Policy")) h.set("Content-Security-Policy", csp);
    h.set("Referrer-Policy", "no-referrer");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    h.set("Cross-Origin-Resource-Policy", "same-origin");
    h.set("Permissions-Policy", PERMISSIONS_POLICY);
    if (https) h.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    const shared = c.req.path.startsWith("/static/") && /\bimmutable\b/.test(h.get("Cache-Control") ?? "");
    if ((c.get("actor")?.user || c.get("session")) && !shared) {
      h.set("Cache-Control", "no-store");
      h.delete("ETag");
    }
  };
}
