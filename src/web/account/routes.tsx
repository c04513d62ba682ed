/**
 * Signing in and out, first-start setup, one-time password links and the
 * account page. Every form carries the CSRF token; every route a guard.
 */
import { type Context, Hono } from "hono";
import QRCode from "qrcode";
import { FormError } from "../../domain/auth/errors";
import { msg } from "../../i18n/message";
import { requestContext } from "../auth/client";
import { clearCookie, writeCookie } from "../auth/cookies";
import { formToken } from "../auth/csrf";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import type { Problems } from "../forms";
import { localProblems } from "../i18n/problems";
import { t } from "../i18n/t";
import { errorPage } from "../public/error-page";
import { AccountView, EnrolView, RecoveryCodesView, SIGN_IN_LABELS, TwoFactorOnView } from "./account-views";
import { type AccountPage, tokenRoutes, tokensSection } from "./token-routes";
import { SetPasswordView, SetupView, SignInView, TwoFactorView } from "./views";

type C = Context<AppEnv>;

/** Only same-site paths, never `//host` or a scheme: no open redirect. */
export function safeNext(next: unknown): string {
  return typeof next === "string" && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : "/account";
}

const text = (v: unknown) => (typeof v === "string" ? v : "");

export function accountRoutes(deps: WebDeps) {
  const { auth, config } = deps;
  const origin = config.publicOrigin;
  const app = new Hono<AppEnv>();
  const anyone = requires("account.sign_in");
  const self = requires("account.self");

  /** Runs `work`; on a FormError renders the form again (status 400) with the problems, in the reader's language. */
  async function withForm(c: C, work: () => Promise<Response>, again: (problems: Problems) => Response | Promise<Response>) {
    try {
      return await work();
    } catch (e) {
      if (e instanceof FormError) {
        c.status(400);
        return again(localProblems(e));
      }
      throw e;
    }
  }

  const confirmMatches = (body: Record<string, unknown>) => {
    if (text(body.password) !== text(body.confirm)) throw new FormError({ confirm: msg("auth.passwordsDiffer") });
  };

  // First start: the one-time setup link printed by `blueprint serve`.
  app.get("/setup", anyone, async (c) => {
    const token = c.req.query("token") ?? "";
    await auth.validLink(token, "setup", new Date());
    return c.html(<SetupView origin={origin} csrf={formToken(deps, c)} token={token} />);
  });
  app.post("/setup", anyone, async (c) => {
    const body = await c.req.parseBody();
    const values = { email: text(body.email), displayName: text(body.displayName) };
    return withForm(
      c,
      async () => {
        if (!values.displayName.trim()) throw new FormError({ displayName: msg("auth.setup.giveName") });
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) throw new FormError({ email: msg("auth.setup.giveEmail") });
        confirmMatches(body);
        const signed = await auth.completeSetup(
          text(body.token),
          { ...values, password: text(body.password) },
          requestContext(c),
        );
        writeCookie(c, deps.https, "session", signed.sessionToken);
        return c.redirect("/account/two-factor?required=1", 303);
      },
      (problems) =>
        c.html(
          <SetupView origin={origin} csrf={formToken(deps, c)} token={text(body.token)} problems={problems} values={values} />,
        ),
    );
  });

  app.get("/sign-in", anyone, (c) => {
    if (c.get("actor").user) return c.redirect(safeNext(c.req.query("next")), 303);
    return c.html(<SignInView origin={origin} csrf={formToken(deps, c)} next={c.req.query("next")} />);
  });
  app.post("/sign-in", anyone, async (c) => {
    const body = await c.req.parseBody();
    const next = safeNext(body.next);
    return withForm(
      c,
      async () => {
        const signed = await auth.signIn(text(body.email), text(body.password), requestContext(c));
        const old = c.get("session");
        if (old) await auth.signOut(old, null, requestContext(c));
        writeCookie(c, deps.https, "session", signed.sessionToken);
        if (signed.needsTwoFactor) return c.redirect(`/sign-in/two-factor?next=${encodeURIComponent(next)}`, 303);
        return c.redirect(next, 303);
      },
      (problems) =>
        c.html(<SignInView origin={origin} csrf={formToken(deps, c)} problems={problems} email={text(body.email)} next={next} />),
    );
  });

  app.get("/sign-in/two-factor", anyone, (c) => {
    if (c.get("session")?.stage !== "two_factor") return c.redirect("/sign-in", 303);
    return c.html(<TwoFactorView origin={origin} csrf={c.get("csrfToken")} next={safeNext(c.req.query("next"))} />);
  });
  app.post("/sign-in/two-factor", anyone, async (c) => {
    const session = c.get("session");
    if (session?.stage !== "two_factor") return c.redirect("/sign-in", 303);
    const body = await c.req.parseBody();
    return withForm(
      c,
      async () => {
        const signed = await auth.completeTwoFactor(session, text(body.code), requestContext(c));
        writeCookie(c, deps.https, "session", signed.sessionToken);
        return c.redirect(safeNext(c.req.query("next")), 303);
      },
      (problems) =>
        c.html(
          <TwoFactorView origin={origin} csrf={c.get("csrfToken")} problems={problems} next={safeNext(c.req.query("next"))} />,
        ),
    );
  });

  app.post("/sign-out", anyone, async (c) => {
    const session = c.get("session");
    if (session) await auth.signOut(session, c.get("actor").user, requestContext(c));
    clearCookie(c, deps.https, "session");
    return c.redirect("/", 303);
  });

  // One-time links to set a password (new account or reset).
  app.get("/set-password", anyone, async (c) => {
    const token = c.req.query("token") ?? "";
    const link = await auth.validLink(token, "set_password", new Date());
    const user = link.userId ? await deps.repos.accounts.getUser(link.userId) : undefined;
    return c.html(<SetPasswordView origin={origin} csrf={formToken(deps, c)} token={token} email={user?.email ?? ""} />);
  });
  app.post("/set-password", anyone, async (c) => {
    const body = await c.req.parseBody();
    const token = text(body.token);
    return withForm(
      c,
      async () => {
        confirmMatches(body);
        await auth.setPassword(token, text(body.password), requestContext(c));
        const old = c.get("session");
        if (old) clearCookie(c, deps.https, "session");
        return c.redirect("/sign-in?next=/account", 303);
      },
      async (problems) => {
        const link = await auth.validLink(token, "set_password", new Date());
        const user = link.userId ? await deps.repos.accounts.getUser(link.userId) : undefined;
        return c.html(
          <SetPasswordView
            origin={origin}
            csrf={formToken(deps, c)}
            token={token}
            email={user?.email ?? ""}
            problems={problems}
          />,
        );
      },
    );
  });

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

  async function enrolPage(c: C, problems?: Problems) {
    const user = c.get("actor").user!;
    const pending = auth.pendingTotp(user) ?? (await auth.beginTotp(user, new Date()));
    const qrSvg = await QRCode.toString(pending.uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    return c.html(
      <EnrolView
        origin={origin}
        csrf={c.get("csrfToken")}
        secret={pending.secret}
        qrSvg={qrSvg}
        required={c.req.query("required") === "1"}
        problems={problems}
      />,
    );
  }

  app.get("/account/two-factor", self, async (c) => {
    const user = c.get("actor").user!;
    if (user.totpEnabledAt)
      return c.html(
        <TwoFactorOnView
          origin={origin}
          csrf={c.get("csrfToken")}
          since={user.totpEnabledAt}
          unusedCodes={await deps.repos.accounts.countUnusedRecoveryCodes(user.id)}
        />,
      );
    return enrolPage(c);
  });
  app.post("/account/two-factor", self, async (c) => {
    const body = await c.req.parseBody();
    return withForm(
      c,
      async () => {
        const codes = await auth.confirmTotp(c.get("actor").user!, text(body.code), requestContext(c));
        return c.html(<RecoveryCodesView origin={origin} codes={codes} />);
      },
      (problems) => enrolPage(c, problems),
    );
  });
  app.post("/account/two-factor/reset", self, async (c) => {
    const body = await c.req.parseBody();
    const user = c.get("actor").user!;
    return withForm(
      c,
      async () => {
        await auth.resetTotp(user, text(body.password), requestContext(c));
        return c.redirect("/account/two-factor", 303);
      },
      async (problems) =>
        c.html(
          <TwoFactorOnView
            origin={origin}
            csrf={c.get("csrfToken")}
            since={user.totpEnabledAt ?? ""}
            unusedCodes={await deps.repos.accounts.countUnusedRecoveryCodes(user.id)}
            problems={problems}
          />,
        ),
    );
  });

  return app;
}

/** `?done=` after a change on the account page → the catalogue key of its notice. */
const NOTICES: Record<string, string> = {
  password: "account.notice.password",
  session: "account.notice.session",
  token: "account.notice.token",
};
