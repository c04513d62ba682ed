/**
 * An organisation's administrators list and revoke the API tokens that act in
 * it, on the organisation page. A plain form with the CSRF token; the service
 * checks the policy again and refuses a token of another organisation.
 */
import type { Context, Hono } from "hono";
import type { Organisation, User } from "../../domain/accounts/types";
import { apiTokenService } from "../../domain/auth/api-token-service";
import { FormError } from "../../domain/auth/errors";
import { requestContext } from "../auth/client";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import type { Problems } from "../forms";
import { localProblems } from "../i18n/problems";
import { OrgTokensSection } from "./token-admin-views";

type C = Context<AppEnv>;

export interface OrgTokensState {
  notice?: string;
  problems?: Problems;
}

/** The organisation page, rendered again with the token section's notice or problems. */
export type OrganisationPage = (c: C, tokens: OrgTokensState) => Promise<Response>;

/** The catalogue key of the notice after an administrator revoked a token. */
export const TOKEN_REVOKED_NOTICE = "admin.tokens.revokedNotice";

/** The section for an administrator of `org` (the caller checks organisation.manage; the service does too). */
export async function orgTokensSection(deps: WebDeps, c: C, org: Organisation, state: OrgTokensState = {}) {
  const tokens = await apiTokenService(deps.repos, deps.crypto).listForOrganisation(c.get("actor"), org);
  const members = await deps.repos.accounts.membersOfOrganisation(org.id);
  const people = new Map<string, User>(members.map((m) => [m.user.id, m.user]));
  // Owners who left and administrators who revoked (a superadmin, say) are not in the member list.
  for (const id of new Set(tokens.flatMap((t) => [t.userId, t.revokedBy ?? ""])))
    if (id && !people.has(id)) {
      const user = await deps.repos.accounts.getUser(id);
      if (user) people.set(id, user);
    }
  return (
    <OrgTokensSection
      csrf={c.get("csrfToken")}
      slug={org.slug}
      tokens={tokens}
      people={people}
      memberIds={new Set(members.map((m) => m.user.id))}
      now={new Date()}
      notice={state.notice}
      problems={state.problems}
    />
  );
}

export function orgTokenRoutes(app: Hono<AppEnv>, deps: WebDeps, organisationPage: OrganisationPage) {
  const orgManage = requires("organisation.manage", deps);
  const tokens = apiTokenService(deps.repos, deps.crypto);

  app.post("/orgs/:slug/api-tokens/revoke", orgManage, async (c) => {
    const org = await deps.accounts.organisationBySlug(c.req.param("slug"));
    const body = await c.req.parseBody();
    try {
      await tokens.revokeAsAdmin(c.get("actor"), org, typeof body.token === "string" ? body.token : "", requestContext(c));
    } catch (e) {
      if (!(e instanceof FormError)) throw e;
      c.status(400);
      return organisationPage(c, { problems: localProblems(e) });
    }
    return c.redirect(`/orgs/${encodeURIComponent(org.slug)}?done=token-revoked#api-tokens`, 303);
  });
}
