/**
 * The account page of the signed-in person: its notices, sessions and recent
 * sign-ins, changing the password, ending a session, and (through
 * token-routes) the personal API tokens section.
 */
import type { Hono } from "hono";
import { FormError } from "../../domain/auth/errors";
import { requestContext } from "../auth/client";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import type { Problems } from "../forms";
import { localProblems } from "../i18n/problems";
import { t } from "../i18n/t";
import { errorPage } from "../public/error-page";
import { AccountView, SIGN_IN_LABELS } from "./account-views";
import { type C, confirmMatches, text, withForm } from "./form-flow";
import { type AccountPage, tokenRoutes, tokensSection } from "./token-routes";

export function profileRoutes(app: Hono<AppEnv>, deps: WebDeps) {
  const { auth, config } = deps;
  const origin = config.publicOrigin;
  const self = requires("account.self");

  async function accountPage(c: C, problems?: Problems, notice?: string, tokenForm?: Parameters<AccountPage>[1]) {
    const actor = c.get("actor");
    const user = actor.user!;
    const now = new Date().toISOString();
    const [sessions, orgs, signIns] = await Promise.all([
      deps.repos.sessions.listActiveForUser(user.id, now),
      deps.repos.accounts.listOrganisations(),
      deps.repos.audit.list({ entityId: user.id, actions: Object.keys(SIGN_IN_LABELS) }, { page: 1, perPage: 10 }),
    ]);
    const memberships = actor.memberships.flatMap((membership) => {
      const organisation = orgs.find((o) => o.id === membership.organisationId);
      return organisation ? [{ membership, organisation }] : [];
    });
    return c.html(
      <AccountView
        origin={origin}
        csrf={c.get("csrfToken")}
        user={user}
        current={c.get("session")!}
        sessions={sessions}
        memberships={memberships}
        signIns={signIns.items}
        problems={problems}
        notice={notice}
        tokens={await tokensSection(deps, c, tokenForm)}
      />,
    );
  }

  app.get("/account", self, (c) => {
    const done = c.req.query("done") ?? "";
    return accountPage(c, undefined, Object.hasOwn(NOTICES, done) ? t(NOTICES[done]!) : undefined);
  });
  app.post("/account/password", self, async (c) => {
    const body = await c.req.parseBody();
    return withForm(
      c,
      async () => {
        confirmMatches(body);
        await auth.changePassword(
          c.get("actor").user!,
          c.get("session")!,
          text(body.current),
          text(body.password),
          requestContext(c),
        );
        return c.redirect("/account?done=password", 303);
      },
      (problems) => accountPage(c, problems),
    );
  });
  app.post("/account/sessions/end", self, async (c) => {
    const body = await c.req.parseBody();
    try {
      await auth.endSession(c.get("actor").user!, text(body.session), requestContext(c));
    } catch (e) {
      // The button has no field to show a problem next to: an error page, as app.onError would give, in the reader's language.
      if (!(e instanceof FormError)) throw e;
      return c.html(errorPage(400, "checkForm", Object.values(localProblems(e)).join(" "), deps), 400);
    }
    return c.redirect("/account?done=session", 303);
  });

  tokenRoutes(app, deps, (c, tokenForm) => accountPage(c, undefined, undefined, tokenForm));
}

/** `?done=` after a change on the account page → the catalogue key of its notice. */
const NOTICES: Record<string, string> = {
  password: "account.notice.password",
  session: "account.notice.session",
  token: "account.notice.token",
};
