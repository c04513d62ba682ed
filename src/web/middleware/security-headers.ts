import { randomBytes } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";

export interface SecurityHeaderOptions {
  /** True when the public origin is https: adds Strict-Transport-Security. */
  https?: boolean;
}

/**
 * The Content-Security-Policy of every response that does not set its own (the
 * Swagger UI docs page does). Scripts run only with this response's nonce;
 * there is no 'unsafe-inline' or 'unsafe-eval', and nothing loads from another origin.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
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
 * Baseline headers on every response. A fresh 128-bit nonce is put on the
 * context (`cspNonce`) before the handler runs, so views can mark the scripts
 * they render. Responses to a signed-in user (or one half-way through
 * two-factor) are never stored by browsers or proxies.
 */
export function securityHeaders({ https = false }: SecurityHeaderOptions = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const nonce = randomBytes(16).toString("base64");
    c.set("cspNonce", nonce);
    await next();
    const h = c.res.headers;
    if (!h.has("Content-Security-Policy")) h.set("Content-Security-Policy", contentSecurityPolicy(nonce));
    h.set("Referrer-Policy", "no-referrer");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    h.set("Cross-Origin-Resource-Policy", "same-origin");
    h.set("Permissions-Policy", PERMISSIONS_POLICY);
    if (https) h.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    if (c.get("actor")?.user || c.get("session")) {
      h.set("Cache-Control", "no-store");
      h.delete("ETag");
    }
  };
}
