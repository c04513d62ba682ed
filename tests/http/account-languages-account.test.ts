/**
 * The signed-in account pages in the six UN languages, on every database: the
 * account page (notices, roles, dates, the password and session forms),
 * two-factor on and its reset, two-factor enrolment, a refused form and a
 * signed-out post, and the domain's messages (English for the API and logs,
 * catalogue keys for pages). Each page answers in its language, and what goes
 * wrong is said in the reader's language too. Signing in and out:
 * account-languages-sign-in.test.ts.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import type { User } from "../../src/domain/accounts/types";
import { FormError } from "../../src/domain/auth/errors";
import { LOCALES } from "../../src/i18n/locales";
import { translate } from "../../src/i18n/translate";
import type { WebDeps } from "../../src/web/deps";
import type { AppEnv } from "../../src/web/env";
import {
  accountPagesApp,
  assertInLanguage,
  assertSays,
  FORM,
  moment,
  ORG,
  prefix,
  shown,
  signedOutForms,
} from "../support/account-languages";
import { ctx, makeUser, signIn } from "../support/accounts";
import { testDatabases } from "../support/databases";

for (const database of testDatabases()) {
  describe(`account pages in six languages on ${database.name}`, () => {
    let app: Hono<AppEnv>;
    let deps: WebDeps;
    let cleanup: () => Promise<void>;
    before(async () => {
      ({ app, deps, cleanup } = await accountPagesApp(database));
    });
    after(async () => cleanup());

    const { signedOutForm, post } = signedOutForms(() => app);

    test("the account page: notices, roles, localised dates, and the password and session forms' errors", async () => {
      for (const l of LOCALES) {
        const { user, secret } = await makeUser(deps, { role: "reviewer", orgSlug: ORG });
        const client = await signIn(deps, user.email, secret);
        const res = await app.request(`${prefix(l)}/account?done=password`, { headers: client.headers() });
        assert.equal(res.status, 200, l);
        const html = await res.text();
        assertInLanguage(html, l, `account ${l}`);
        assertSays(html, l, "account.notice.password", `account ${l}`);
        assert.ok(html.includes(`<span class="tag">${shown(l, "account.role.reviewer")}</span>`), `the role in ${l}`);
        const since = shown(l, "account.twoFactor.onSince", { when: moment(l, user.totpEnabledAt!) });
        assert.ok(html.includes(since), `two-factor date in ${l}: ${since}`);
        if (l === "fr") assert.match(since, /^Activée depuis le \d{1,2} [a-zéû]+\.? \d{4}/, "a French date");
        if (l === "ru") assert.match(since, /^Включён с \d{1,2} [а-я]+\.? \d{4}/, "a Russian date");

        const wrong = await app.request(`${prefix(l)}/account/password`, {
          method: "POST",
          headers: { ...client.headers(), "Content-Type": FORM },
          body: client.form({
            current: "not my password",
            password: "violet tangerine harbour",
            confirm: "violet tangerine harbour",
          }),
        });
        assert.equal(wrong.status, 400, l);
        const error = await wrong.text();
        assertInLanguage(error, l, `password change error ${l}`);
        assertSays(error, l, "auth.currentPasswordWrong", `password change error ${l}`);

        const notMine = await app.request(`${prefix(l)}/account/sessions/end`, {
          method: "POST",
          headers: { ...client.headers(), "Content-Type": FORM },
          body: client.form({ session: "not-mine" }),
        });
        assert.equal(notMine.status, 400, l);
        assertSays(await notMine.text(), l, "auth.sessionNotYours", `session error ${l}`);
      }
    });

    test("two-factor on: the count of recovery codes in the reader's plural, and a wrong password to reset it", async () => {
      for (const l of LOCALES) {
        const { user, secret } = await makeUser(deps, { role: "admin", orgSlug: ORG });
        const client = await signIn(deps, user.email, secret);
        const res = await app.request(`${prefix(l)}/account/two-factor`, { headers: client.headers() });
        assert.equal(res.status, 200, l);
        const html = await res.text();
        assertInLanguage(html, l, `two-factor on ${l}`);
        assertSays(html, l, "account.twoFactor.since", `two-factor on ${l}`, {
          when: moment(l, user.totpEnabledAt!),
          count: 10,
        });
        const reset = await app.request(`${prefix(l)}/account/two-factor/reset`, {
          method: "POST",
          headers: { ...client.headers(), "Content-Type": FORM },
          body: client.form({ password: "not my password" }),
        });
        assert.equal(reset.status, 400, l);
        const error = await reset.text();
        assertInLanguage(error, l, `two-factor reset error ${l}`);
        assertSays(error, l, "auth.passwordWrong", `two-factor reset error ${l}`);
      }
      const ru = translate("ru", "account.twoFactor.since", { when: "…", count: 10 });
      assert.match(ru, /10 неиспользованных кодов восстановления/, "Russian counts ten in the genitive plural");
    });

    test("two-factor enrolment: the QR code page, a wrong code, then the recovery codes", async () => {
      for (const l of LOCALES) {
        const { user } = await makeUser(deps, { role: "contributor", orgSlug: ORG });
        const client = await signIn(deps, user.email);
        const res = await app.request(`${prefix(l)}/account/two-factor`, { headers: client.headers() });
        assert.equal(res.status, 200, l);
        const html = await res.text();
        assertInLanguage(html, l, `enrolment ${l}`);
        assertSays(html, l, "account.enrol.openApp", `enrolment ${l}`);
        assert.ok(html.includes(`aria-label="${shown(l, "account.enrol.qrLabel")}"`), `the QR code is named in ${l}`);
        const wrong = await app.request(`${prefix(l)}/account/two-factor`, {
          method: "POST",
          headers: { ...client.headers(), "Content-Type": FORM },
          body: client.form({ code: "12345" }),
        });
        assert.equal(wrong.status, 400, l);
        const error = await wrong.text();
        assertInLanguage(error, l, `enrolment error ${l}`);
        assertSays(error, l, "auth.enrolCodeWrong", `enrolment error ${l}`);

        const pending = deps.auth.pendingTotp((await deps.repos.accounts.getUser(user.id)) as User);
        assert.ok(pending, "enrolment started");
        const done = await app.request(`${prefix(l)}/account/two-factor`, {
          method: "POST",
          headers: { ...client.headers(), "Content-Type": FORM },
          body: client.form({ code: deps.crypto.totp.generate(pending.secret, new Date()) }),
        });
        assert.equal(done.status, 200, l);
        const codes = await done.text();
        assertInLanguage(codes, l, `recovery codes ${l}`);
        assertSays(codes, l, "account.codes.keepSafe", `recovery codes ${l}`);
        assert.equal(codes.match(/<li>[a-z0-9]{5}-[a-z0-9]{5}<\/li>/g)?.length, 10, `ten codes in ${l}`);
      }
    });

    test("a refused form and a signed-out post are explained in the reader's language", async () => {
      const { user } = await makeUser(deps, { role: "viewer", orgSlug: ORG });
      const client = await signIn(deps, user.email);
      for (const l of LOCALES) {
        const noToken = await post(`${prefix(l)}/account/sessions/end`, client.cookie, { session: "x" });
        assert.equal(noToken.status, 403, l);
        const refused = await noToken.text();
        assertInLanguage(refused, l, `CSRF refusal ${l}`);
        assertSays(refused, l, "auth.formRefused", `CSRF refusal ${l}`, { reason: "badToken" });

        const anonymous = await signedOutForm(`${prefix(l)}/sign-in`);
        const signedOut = await post(`${prefix(l)}/account/password`, anonymous.cookie, { _csrf: anonymous.csrf });
        assert.equal(signedOut.status, 403, l);
        const html = await signedOut.text();
        assertInLanguage(html, l, `signed-out post ${l}`);
        assertSays(html, l, "auth.signInFirst", `signed-out post ${l}`);
      }
    });

    test("the domain keeps English for the API and logs, and catalogue messages for pages", async () => {
      const org = await deps.accounts.organisationBySlug(ORG);
      const error = await deps.accounts
        .addMember(null, org, { email: "not-an-address", displayName: "", role: "boss" }, ctx())
        .catch((e: unknown) => e);
      assert.ok(error instanceof FormError);
      assert.deepEqual(error.problems, {
        email: "Give a valid email address, e.g. name@example.org.",
        role: "Choose a role.",
        displayName: "Give the person's name (up to 120 characters).",
      });
      assert.deepEqual(error.messages.role, { key: "account.member.chooseRole", values: undefined });
      const name = error.messages.displayName;
      assert.ok(typeof name === "object");
      assert.equal(translate("ar", name.key, name.values), "أدخل اسم الشخص (حتى 120 حرفًا).");
      assert.equal(translate("zh", name.key, name.values), "请填写此人的姓名（最多 120 个字符）。");
    });
  });
}
