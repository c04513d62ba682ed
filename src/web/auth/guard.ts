/**
 * Route guards. Every route declares one with `requires(policy)`; the route
 * table test refuses a route without one. Signed-out visitors asking for a
 * protected page are sent to sign in; signed-in people without the right get 403.
 */
import type { Context, MiddlewareHandler } from "hono";
import type { Organisation } from "../../domain/accounts/types";
import { ForbiddenError } from "../../domain/auth/errors";
import { requiresTwoFactor } from "../../domain/auth/settings";
import { NotFoundError } from "../../domain/errors";
import { can, POLICIES, type Policy } from "../../domain/policy";
import { msg } from "../../i18n/message";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";

export type Guard = MiddlewareHandler<AppEnv> & { policy: Policy };

/** Paths a user who must enrol two-factor can still reach. */
const ENROLMENT_PATHS = ["/account/two-factor", "/sign-out"];

export function requires(policy: Policy, deps?: WebDeps): Guard {
  const guard = (async (c, next) => {
    const actor = c.get("actor");
    if (POLICIES[policy] !== "anyone") {
      if (!actor.user) return signInFirst(c);
      const roles = actor.memberships.map((m) => m.role);
      if (
        requiresTwoFactor(actor.user, roles) &&
        !actor.user.totpEnabledAt &&
        !ENROLMENT_PATHS.some((p) => c.req.path.startsWith(p))
      )
        return c.redirect("/account/two-factor?required=1", 303);
    }
    let org: Organisation | undefined;
    if (policy.startsWith("organisation.")) {
      if (!deps) throw new Error(`requires('${policy}') needs deps to find the organisation`);
      const slug = c.req.param("slug") ?? "";
      org = await deps.repos.accounts.getOrganisationBySlug(slug);
      if (!org) throw new NotFoundError("organisation", slug);
    }
    if (!can(actor, policy, org)) throw new ForbiddenError();
    await next();
  }) as Guard;
  guard.policy = policy;
  return guard;
}

function signInFirst(c: Context<AppEnv>) {
  if (c.req.method === "GET") {
    const url = new URL(c.req.url);
    return c.redirect(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
  }
  throw new ForbiddenError(msg("auth.signInFirst"));
}
