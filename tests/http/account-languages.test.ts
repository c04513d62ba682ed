/**
 * Sign-in, two-factor, password and account pages in the six UN languages, on
 * every database: each page answers in its language (lang, dir, no English
 * interface text of the `account` and `auth` catalogues left), and what goes
 * wrong (a wrong password or code, a refused form, too many attempts) is said
 * in the reader's language too.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import type { User } from "../../src/domain/accounts/types";
import { FormError } from "../../src/domain/auth/errors";
import { LOCALES, type Locale } from "../../src/i18n/locales";
import { type MessageValues, translate } from "../../src/i18n/translate";
import type { WebDeps } from "../../src/web/deps";
import type { AppEnv } from "../../src/web/env";
import { ctx, makeOrganisation, makeUser, nextCode, PASSWORD, signIn } from "../support/accounts";
import { seededApp, testDatabases } from "../support/databases";
import { englishLeftIn } from "../support/untranslated";

const AREAS = ["account", "auth"];
const FORM = "application/x-www-form-urlencoded";
const ORG = "lang-account-org";

const prefix = (l: Locale) => (l === "en" ? "" : `/${l}`);
const htmlEscape = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
/** A catalogue message as a page shows it. */
const shown = (l: Locale, key: string, values?: MessageValues) => htmlEscape(translate(l, key, values));
const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]*)"/)?.[1] ?? "";

/** The page is in `l`: its lang and direction, and none of our English interface text left (English itself aside). */
function assertInLanguage(html: string, l: Locale, where: string) {
  assert.ok(html.includes(`<html lang="${l}" dir="${l === "ar" ? "rtl" : "ltr"}">`), `${where}: lang and dir`);
  if (l !== "en") assert.deepEqual(englishLeftIn(html, l, AREAS), [], `${where}: English left`);
}

/** The page says `key` in `l`, and (outside English) not in English. */
function assertSays(html: string, l: Locale, key: string, where: string, values?: MessageValues) {
  assert.ok(html.includes(shown(l, key, values)), `${where}: ${key} in ${l}`);
  if (l !== "en") assert.ok(!html.includes(shown("en", key, values)), `${where}: ${key} still in English`);
}

/** A moment as the account pages show it: compact in English, the reader's own format elsewhere. */
function moment(l: Locale, iso: string): string {
  const time =
    l === "en"
      ? iso.replace("T", " ").slice(0, 16)
      : new Intl.DateTimeFormat(l, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso));
  return translate(l, "account.timeUtc", { time });
}

for (const database of testDatabases()) {
  describe(`account and sign-in pages in six languages on ${database.name}`, () => {
    let app: Hono<AppEnv>;
    let deps: WebDeps;
    let cleanup: () => Promise<void>;
    before(async () => {
      const seeded = await seededApp(database);
      app = seeded.app;
      deps = seeded.deps;
      cleanup = seeded.storage.cleanup;
      await makeOrganisation(deps, ORG);
    });
    after(async () => cleanup());

    /** What a browser does before posting a signed-out form: GET it for the CSRF cookie and token. */
    async function signedOutForm(path: string) {
      const res = await app.request(path);
      const html = await res.text();
      return { res, html, csrf: csrfOf(html), cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "" };
    }
    const post = (path: string, cookie: string, fields: Record<string, string>) =>
      app.request(path, { method: "POST", headers: { Cookie: cookie, "Content-Type": FORM }, body: new URLSearchParams(fields) });

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
