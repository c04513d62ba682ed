/**
 * Signing in and out in the six UN languages, on every database: first-start
 * setup, the sign-in page, the two-factor challenge, setting a password from a
 * one-time link, signing out, and too many attempts. Each page answers in its
 * language (lang, dir, no English interface text of the `account` and `auth`
 * catalogues left), and what goes wrong (a wrong password or code, too many
 * attempts) is said in the reader's language too. The account page itself:
 * account-languages-account.test.ts.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import { LOCALES } from "../../src/i18n/locales";
import { translate } from "../../src/i18n/translate";
import type { WebDeps } from "../../src/web/deps";
import type { AppEnv } from "../../src/web/env";
import {
  accountPagesApp,
  assertInLanguage,
  assertSays,
  csrfOf,
  FORM,
  htmlEscape,
  ORG,
  prefix,
  signedOutForms,
} from "../support/account-languages";
import { ctx, makeUser, nextCode, PASSWORD, signIn } from "../support/accounts";
import { testDatabases } from "../support/databases";

for (const database of testDatabases()) {
  describe(`sign-in pages in six languages on ${database.name}`, () => {
    let app: Hono<AppEnv>;
    let deps: WebDeps;
    let cleanup: () => Promise<void>;
    before(async () => {
      ({ app, deps, cleanup } = await accountPagesApp(database));
    });
    after(async () => cleanup());

    const { signedOutForm, post } = signedOutForms(() => app);

    test("first-start setup, before anyone has an account, and its errors", async () => {
      const token = await deps.auth.issueSetupLink(new Date());
      assert.ok(token, "no user yet");
      for (const l of LOCALES) {
        const page = await signedOutForm(`${prefix(l)}/setup?token=${token}`);
        assert.equal(page.res.status, 200, l);
        assertInLanguage(page.html, l, `setup ${l}`);
        assertSays(page.html, l, "auth.setup.intro", `setup ${l}`);
        assertSays(page.html, l, "auth.newPassword.hint", `setup ${l}`, { min: 12 });
        const bad = await post(`${prefix(l)}/setup`, page.cookie, {
          _csrf: page.csrf,
          token,
          displayName: " ",
          email: "first@example.org",
          password: PASSWORD,
          confirm: PASSWORD,
        });
        assert.equal(bad.status, 400, l);
        const html = await bad.text();
        assertInLanguage(html, l, `setup error ${l}`);
        assertSays(html, l, "auth.setup.giveName", `setup error ${l}`);
      }
      assert.equal(await deps.repos.accounts.countUsers(), 0, "a bad form creates nobody");
    });

    test("sign-in: the page, and a wrong password said in the reader's language", async () => {
      for (const l of LOCALES) {
        const { user } = await makeUser(deps, { role: "viewer", orgSlug: ORG });
        const page = await signedOutForm(`${prefix(l)}/sign-in`);
        assert.equal(page.res.status, 200, l);
        assertInLanguage(page.html, l, `sign-in ${l}`);
        assertSays(page.html, l, "auth.signIn.forgotten", `sign-in ${l}`);
        assert.ok(page.html.includes(`action="${prefix(l)}/sign-in"`), `the form posts in ${l}`);
        const wrong = await post(`${prefix(l)}/sign-in`, page.cookie, {
          _csrf: page.csrf,
          email: user.email,
          password: "not the password at all",
        });
        assert.equal(wrong.status, 400, l);
        const html = await wrong.text();
        assertInLanguage(html, l, `sign-in error ${l}`);
        assertSays(html, l, "auth.signInFailed", `sign-in error ${l}`);
      }
    });

    test("two-factor challenge: the page, a wrong code, then the right one back to the page asked for", async () => {
      for (const l of LOCALES) {
        const { user, secret } = await makeUser(deps, { role: "reviewer", orgSlug: ORG });
        const half = await deps.auth.signIn(user.email, PASSWORD, ctx());
        const cookie = `bp_session=${half.sessionToken}`;
        const page = await app.request(`${prefix(l)}/sign-in/two-factor?next=/account`, { headers: { Cookie: cookie } });
        assert.equal(page.status, 200, l);
        const html = await page.text();
        assertInLanguage(html, l, `two-factor ${l}`);
        assertSays(html, l, "auth.twoFactor.codeHint", `two-factor ${l}`);
        const action = `${prefix(l)}/sign-in/two-factor?next=%2Faccount`;
        assert.ok(html.includes(`action="${action}"`), `the form posts in ${l}`);
        const wrong = await post(action, cookie, { _csrf: csrfOf(html), code: "12345" });
        assert.equal(wrong.status, 400, l);
        const error = await wrong.text();
        assertInLanguage(error, l, `two-factor error ${l}`);
        assertSays(error, l, "auth.twoFactorCodeWrong", `two-factor error ${l}`);
        const checkedAt = new Date();
        const right = await post(action, cookie, { _csrf: csrfOf(html), code: nextCode(deps, secret!, checkedAt) });
        assert.equal(right.status, 303, l);
        assert.equal(right.headers.get("location"), `${prefix(l)}/account`);
      }
    });

    test("setting a password from a one-time link: the page and the password rules", async () => {
      for (const l of LOCALES) {
        const { user } = await makeUser(deps, { role: "viewer", orgSlug: ORG });
        const token = await deps.auth.issuePasswordLink(user, null, ctx(), "reset");
        const page = await signedOutForm(`${prefix(l)}/set-password?token=${token}`);
        assert.equal(page.res.status, 200, l);
        assertInLanguage(page.html, l, `set-password ${l}`);
        const [before = "", after = ""] = translate(l, "auth.setPassword.for", { email: "\u0000" }).split("\u0000");
        assert.ok(
          page.html.includes(`${htmlEscape(before)}<strong>${user.email}</strong>${htmlEscape(after)}`),
          `the sentence in ${l}`,
        );
        const short = await post(`${prefix(l)}/set-password`, page.cookie, {
          _csrf: page.csrf,
          token,
          password: "too short",
          confirm: "too short",
        });
        assert.equal(short.status, 400, l);
        const html = await short.text();
        assertInLanguage(html, l, `set-password error ${l}`);
        assertSays(html, l, "auth.password.tooShort", `set-password error ${l}`, { min: 12, length: 9 });
        if (l === "ar") {
          const differ = await post("/ar/set-password", page.cookie, {
            _csrf: page.csrf,
            token,
            password: "violet tangerine harbour",
            confirm: "violet tangerine harbor",
          });
          assert.equal(differ.status, 400);
          assertSays(await differ.text(), l, "auth.passwordsDiffer", "set-password mismatch ar");
        }
        if (l === "fr") {
          const done = await post("/fr/set-password", page.cookie, {
            _csrf: page.csrf,
            token,
            password: "violet tangerine harbour",
            confirm: "violet tangerine harbour",
          });
          assert.equal(done.status, 303);
          assert.equal(done.headers.get("location"), "/fr/sign-in?next=/account", "back to signing in, in French");
        }
      }
    });

    test("sign-out keeps the reader's language", async () => {
      for (const l of LOCALES) {
        const { user } = await makeUser(deps, { role: "viewer", orgSlug: ORG });
        const client = await signIn(deps, user.email);
        const out = await app.request(`${prefix(l)}/sign-out`, {
          method: "POST",
          headers: { ...client.headers(), "Content-Type": FORM },
          body: client.form(),
        });
        assert.equal(out.status, 303, l);
        assert.equal(out.headers.get("location"), l === "en" ? "/" : `/${l}/`);
        assert.equal((await app.request("/account", { headers: client.headers() })).status, 303, "signed out");
      }
    });

    test("too many attempts: refused with Retry-After, and told how long to wait in the reader's language", async () => {
      for (const l of LOCALES) {
        const { user } = await makeUser(deps, { role: "viewer", orgSlug: ORG });
        let res: Response | undefined;
        // Five wrong passwords are allowed per account; the per-address limit may refuse sooner.
        for (let i = 0; i < 6; i++) {
          const page = await signedOutForm(`${prefix(l)}/sign-in`);
          res = await post(`${prefix(l)}/sign-in`, page.cookie, { _csrf: page.csrf, email: user.email, password: "wrong" });
          if (res.status !== 400) break;
        }
        assert.equal(res?.status, 429, l);
        const minutes = Math.ceil(Number(res?.headers.get("retry-after")) / 60);
        assert.ok(minutes >= 1 && minutes <= 15, `${minutes} minutes`);
        const html = (await res?.text()) ?? "";
        assertInLanguage(html, l, `rate limited ${l}`);
        assertSays(html, l, "errors.tooManyAttempts", `rate limited ${l}`, { minutes });
        assertSays(html, l, "errors.title.rateLimited", `rate limited ${l}`);
      }
    });
  });
}
