/**
 * Two-factor on the account page: enrolment (QR code and manual key, then a
 * code to confirm, then the recovery codes, shown once), the "two-factor is
 * on" page, and turning it off with the password to enrol a new device.
 */
import type { Hono } from "hono";
import QRCode from "qrcode";
import { requestContext } from "../auth/client";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import type { Problems } from "../forms";
import { EnrolView, RecoveryCodesView, TwoFactorOnView } from "./account-views";
import { type C, text, withForm } from "./form-flow";

export function twoFactorRoutes(app: Hono<AppEnv>, deps: WebDeps) {
  const { auth, config } = deps;
  const origin = config.publicOrigin;
  const self = requires("account.self");

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
}
