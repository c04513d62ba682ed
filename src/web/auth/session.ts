/**
 * Finds the session behind the cookie and puts the actor on the context.
 * Anonymous unless the session is fully signed in (two-factor done).
 */
import type { MiddlewareHandler } from "hono";
import { ANONYMOUS } from "../../domain/accounts/types";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { clearCookie, readCookie } from "./cookies";

export function sessionMiddleware(deps: WebDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("actor", ANONYMOUS);
    c.set("session", null);
    const token = readCookie(c, deps.https, "session");
    if (token) {
      const found = await deps.auth.resolveSession(token, new Date());
      if (!found) clearCookie(c, deps.https, "session");
      else {
        c.set("session", found.session);
        if (found.session.stage === "full") c.set("actor", { user: found.user, memberships: found.memberships });
      }
    }
    await next();
  };
}
