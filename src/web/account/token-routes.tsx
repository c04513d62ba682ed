/**
 * Creating and revoking personal API tokens from the account page. Plain forms
 * with the CSRF token; the new secret is shown on the answer to the POST (never
 * in a URL, never again), and the page is not stored (signed-in responses are no-store).
 */
import type { Context, Hono } from "hono";
import { apiTokenService } from "../../domain/auth/api-token-service";
import { FormError } from "../../domain/auth/errors";
import { requestContext } from "../auth/client";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import type { Problems } from "../forms";
import { localProblems } from "../i18n/problems";
import { TokenCreatedView, type TokenFormValues, TokensSection } from "./token-views";

type C = Context<AppEnv>;
const text = (v: unknown) => (typeof v === "string" ? v : "");

/** The account page, rendered again with the token form's problems. */
export type AccountPage = (c: C, tokenForm: { problems: Problems; values: TokenFormValues }) => Promise<Response>;

/** The API tokens section of the account page, for the signed-in person. */
export async function tokensSection(deps: WebDeps, c: C, form?: { problems: Problems; values: TokenFormValues }) {
  const actor = c.get("actor");
  const [tokens, orgs] = await Promise.all([
    apiTokenService(deps.repos, deps.crypto).listForUser(actor.user!),
    deps.repos.accounts.listOrganisations(),
  ]);
  const memberships = actor.memberships.flatMap((membership) => {
    const organisation = orgs.find((o) => o.id === membership.organisationId);
    return organisation ? [{ membership, organisation }] : [];
  });
  return (
    <TokensSection
      csrf={c.get("csrfToken")}
      tokens={tokens}
      memberships={memberships}
      organisationNames={new Map(orgs.map((o) => [o.id, o.name]))}
      problems={form?.problems}
      values={form?.values}
      now={new Date()}
    />
  );
}

export function tokenRoutes(app: Hono<AppEnv>, deps: WebDeps, accountPage: AccountPage) {
  const self = requires("account.self");
  const tokens = apiTokenService(deps.repos, deps.crypto);

  app.post("/account/tokens", self, async (c) => {
    const body = await c.req.parseBody();
    const values = {
      name: text(body.name),
      organisationId: text(body.organisationId),
      scope: text(body.scope),
      expiresInDays: text(body.expiresInDays),
    };
    try {
      const { token, secret } = await tokens.create(c.get("actor").user!, values, requestContext(c));
      const organisation = (await deps.repos.accounts.getOrganisation(token.organisationId))!;
      c.status(201);
      return c.html(
        <TokenCreatedView origin={deps.config.publicOrigin} secret={secret} token={token} organisation={organisation} />,
      );
    } catch (e) {
      if (!(e instanceof FormError)) throw e;
      c.status(400);
      return accountPage(c, { problems: localProblems(e), values });
    }
  });

  app.post("/account/tokens/revoke", self, async (c) => {
    const body = await c.req.parseBody();
    try {
      await tokens.revoke(c.get("actor").user!, text(body.token), requestContext(c));
    } catch (e) {
      if (!(e instanceof FormError)) throw e;
      c.status(400);
      return accountPage(c, { problems: localProblems(e), values: {} });
    }
    return c.redirect("/account?done=token#api-tokens", 303);
  });
}
