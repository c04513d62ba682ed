/**
 * `Authorization: Bearer bp_…` on /api/ requests: the token's owner becomes the
 * actor, restricted to the token's organisation and current role there, and
 * the cookie session (if the client sent one too) is set aside, so that a
 * bearer request never acts with ambient browser credentials. That is also why
 * the CSRF form-token check does not apply to it (csrf.ts): a browser never
 * adds this header to a cross-site request by itself.
 *
 * Runs after the session middleware. A bad, expired or revoked token is refused
 * here with 401 and a JSON error; a read token making an unsafe request, with 403.
 */
import type { MiddlewareHandler } from "hono";
import { apiTokenService } from "../../domain/auth/api-token-service";
import { type ApiToken, ApiTokenError } from "../../domain/auth/api-token-types";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { requestContext } from "./client";

declare module "hono" {
  interface ContextVariableMap {
    /** The API token this request authenticated with (bearer requests only). */
    apiToken?: ApiToken;
  }
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
const CHALLENGE = 'Bearer realm="Blueprint API"';

export function bearerMiddleware(deps: WebDeps): MiddlewareHandler<AppEnv> {
  const tokens = apiTokenService(deps.repos, deps.crypto);
  return async (c, next) => {
    const header = c.req.header("Authorization");
    if (header === undefined || !c.req.path.startsWith("/api/")) return next();
    c.set("session", null);
    c.set("actor", { user: null, memberships: [] });
    const secret = /^Bearer +(\S+)$/i.exec(header)?.[1];
    try {
      const found = await tokens.authenticate(secret ?? "", requestContext(c));
      c.set("actor", found.actor);
      c.set("apiToken", found.token);
    } catch (e) {
      if (!(e instanceof ApiTokenError)) throw e;
      c.header("WWW-Authenticate", `${CHALLENGE}, error="invalid_token"`);
      return c.json({ error: { code: e.code, message: e.message } }, 401);
    }
    if (c.get("apiToken")?.scope === "read" && !SAFE.has(c.req.method))
      return c.json(
        {
          error: {
            code: "read_only_token",
            message: "This API token can only read. Create a read-and-write token on your account page to make changes.",
          },
        },
        403,
      );
    return next();
  };
}

/** The 401 answer for an API request that needs a token and sent none. */
export function tokenRequired(): {
  status: 401;
  headers: Record<string, string>;
  body: { error: { code: string; message: string } };
} {
  const e = new ApiTokenError("missing");
  return { status: 401, headers: { "WWW-Authenticate": CHALLENGE }, body: { error: { code: e.code, message: e.message } } };
}
