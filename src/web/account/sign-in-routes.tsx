/**
 * Signed-out routes: first-start setup, signing in (password, then the
 * two-factor code), signing out, and setting a password from a one-time link.
 * Every form carries the CSRF token; every route a guard.
 */
import type { Hono } from "hono";
import { FormError } from "../../domain/auth/errors";
import { msg } from "../../i18n/message";
import { requestContext } from "../auth/client";
import { clearCookie, writeCookie } from "../auth/cookies";
import { formToken } from "../auth/csrf";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { confirmMatches, text, withForm } from "./form-flow";
import { SetPasswordView, SetupView, SignInView, TwoFactorView } from "./views";

/** Only same-site paths, never `//host` or a scheme: no open redirect. */
export function safeNext(next: unknown): string {
  return typeof next === "string" && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : "/account";
}

export function signInRoutes(app: Hono<AppEnv>, deps: WebDeps) {
  const { auth, config } = deps;
  const origin = config.publicOrigin;
  const anyone = requires("account.sign_in");

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
}
