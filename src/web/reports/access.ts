/** Who reaches the report screens, and the version number in their paths. */
import type { Context, MiddlewareHandler } from "hono";
import { NotFoundError } from "../../domain/errors";
import { can } from "../../domain/policy";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";

/** Signed-in people who are not members get a 404 before the guard could say 403: drafts do not show they exist. */
export function hideFromOutsiders(deps: WebDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get("actor");
    if (actor.user) {
      const org = await deps.repos.accounts.getOrganisationBySlug(c.req.param("slug") ?? "");
      if (!org || !can(actor, "organisation.report.read", org)) throw new NotFoundError("reportDrafts", c.req.path);
    }
    await next();
  };
}

/** A version number from the path; anything else is a page that does not exist. */
export function versionParam(c: Context<AppEnv>): number {
  const raw = c.req.param("n") ?? "";
  if (!/^[1-9]\d{0,8}$/.test(raw)) throw new NotFoundError("version", raw);
  return Number(raw);
}
