/** Sign-in, sessions, CSRF and rate limits over HTTP, on every database. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import type { WebDeps } from "../../src/web/deps";
import type { AppEnv } from "../../src/web/env";
import { ctx, makeOrganisation, makeUser, nextCode, PASSWORD, signedInAs, signIn } from "../support/accounts";
import { seededApp, testDatabases } from "../support/databases";

const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const FORM = "application/x-www-form-urlencoded";

/** What a browser does: GET the form (gets the CSRF cookie and token), then POST it. */
async function browserForm(app: Hono<AppEnv>, path: string) {
  const res = await app.request(path);
  const html = await res.text();
  const csrf = html.match(/name="_csrf" value="([^"]*)"/)?.[1] ?? "";
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return { csrf, cookie, status: res.status };
}

for (const database of testDatabases()) {
  describe(`sign-in, sessions and CSRF on ${database.name}`, () => {
    let app: Hono<AppEnv>;
    let deps: WebDeps;
    let cleanup: () => Promise<void>;
    before(async () => {
      const seeded = await seededApp(database);
      app = seeded.app;
      deps = seeded.deps;
      cleanup = seeded.storage.cleanup;
      await makeOrganisation(deps, "auth-org");
    });
    after(async () => cleanup());

    test("signing in through the form: new session cookie, HttpOnly, SameSite=Lax, audit entry", async () => {
      const { user } = await makeUser(deps, { role: "contributor", orgSlug: "auth-org" });
      const page = await browserForm(app, "/sign-in");
      assert.equal(page.status, 200);
      assert.match(page.cookie, /^bp_csrf=/);
      const res = await app.request("/sign-in", {
        method: "POST",
        headers: { Cookie: page.cookie, "Content-Type": FORM, Origin: deps.config.publicOrigin },
        body: form({ _csrf: page.csrf, email: user.email.toUpperCase(), password: PASSWORD }),
      });
      assert.equal(res.status, 303);
      const cookie = res.headers.get("set-cookie") ?? "";
      assert.match(cookie, /^bp_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
      const account = await app.request("/account", { headers: { Cookie: cookie.split(";")[0] as string } });
      assert.equal(account.status, 200);
      assert.equal(account.headers.get("cache-control"), "no-store");
      assert.equal(account.headers.get("etag"), null);
      const log = await deps.repos.audit.list({ entityId: user.id, actions: ["auth.sign_in"] }, { page: 1, perPage: 5 });
      assert.equal(log.total, 1);
    });

    test("after sign-in, only same-site paths: no open redirect", async () => {
      const { user } = await makeUser(deps, { role: "viewer", orgSlug: "auth-org" });
      const cases: [string, string][] = [
        ["/framework", "/framework"],
        ["//evil.example/x", "/account"],
        ["https://evil.example/", "/account"],
        ["/\\evil.example", "/account"],
      ];
      for (const [next, expected] of cases) {
        const page = await browserForm(app, "/sign-in");
        const res = await app.request("/sign-in", {
          method: "POST",
          headers: { Cookie: page.cookie, "Content-Type": FORM },
          body: form({ _csrf: page.csrf, email: user.email, password: PASSWORD, next }),
        });
        assert.equal(res.headers.get("location"), expected, next);
      }
    });

    test("the same message for an unknown account and a wrong password", async () => {
      const { user } = await makeUser(deps, { role: "viewer", orgSlug: "auth-org" });
      const messages: string[] = [];
      for (const email of [user.email, "nobody-here@example.org"]) {
        const page = await browserForm(app, "/sign-in");
        const res = await app.request("/sign-in", {
          method: "POST",
          headers: { Cookie: page.cookie, "Content-Type": FORM },
          body: form({ _csrf: page.csrf, email, password: "wrong password entirely" }),
        });
        assert.equal(res.status, 400);
        messages.push((await res.text()).match(/<div class="error-summary"[\s\S]*?<\/div>/)?.[0] ?? "");
      }
      assert.ok(messages[0]);
      assert.equal(messages[0], messages[1]);
    });

    test("CSRF: no token, a wrong token, or a cross-site request is refused; an old browser with a valid token is not", async () => {
      const client = await signedInAs(deps, { role: "viewer", orgSlug: "auth-org" });
      const post = (headers: Record<string, string>, body: URLSearchParams) =>
        app.request("/account/sessions/end", { method: "POST", headers: { "Content-Type": FORM, ...headers }, body });
      const bare = { Cookie: client.cookie };
      assert.equal((await post(bare, form({ session: "x" }))).status, 403);
      assert.equal((await post(bare, form({ _csrf: "wrong", session: "x" }))).status, 403);
      assert.equal((await post({ ...bare, Origin: "https://evil.example" }, client.form({ session: "x" }))).status, 403);
      assert.equal((await post({ ...bare, "Sec-Fetch-Site": "cross-site" }, client.form({ session: "x" }))).status, 403);
      // What Chromium sends under Referrer-Policy: no-referrer for a same-origin form post.
      const nullOrigin = await post(
        { ...bare, Origin: "null", "Sec-Fetch-Site": "same-origin" },
        client.form({ session: "not-mine" }),
      );
      assert.equal(nullOrigin.status, 400, "Origin: null from our own page is not a cross-site request");
      assert.equal(
        (await post({ ...bare, Origin: "null", "Sec-Fetch-Site": "cross-site" }, client.form({ session: "x" }))).status,
        403,
      );
      const other = await signedInAs(deps, { role: "viewer", orgSlug: "auth-org" });
      assert.equal((await post(bare, other.form({ session: "x" }))).status, 403, "another session's token");
      // Neither Origin nor Sec-Fetch-Site: accepted on the token alone (the form then reports the unknown session).
      const old = await post(bare, client.form({ session: "not-mine" }));
      assert.equal(old.status, 400);
      assert.match(await old.text(), /not one of yours/);
      const json = await app.request("/account/sessions/end", {
        method: "POST",
        headers: { ...client.headers(), "Content-Type": "application/json" },
        body: JSON.stringify({ _csrf: client.csrf }),
      });
      assert.equal(json.status, 403, "only forms");
    });

    test("a signed-out form without the browser's CSRF cookie is refused", async () => {
      const page = await browserForm(app, "/sign-in");
      const res = await app.request("/sign-in", {
        method: "POST",
        headers: { "Content-Type": FORM },
        body: form({ _csrf: page.csrf, email: "a@example.org", password: "x" }),
      });
      assert.equal(res.status, 403);
    });

    test("rate limit: after 5 wrong passwords the account is blocked, even for the right password, with Retry-After", async () => {
      const { user } = await makeUser(deps, { role: "viewer", orgSlug: "auth-org" });
      const attempt = async (password: string) => {
        const page = await browserForm(app, "/sign-in");
        return app.request("/sign-in", {
          method: "POST",
          headers: { Cookie: page.cookie, "Content-Type": FORM },
          body: form({ _csrf: page.csrf, email: user.email, password }),
        });
      };
      for (let i = 0; i < 5; i++) assert.equal((await attempt("not the password")).status, 400);
      const blocked = await attempt(PASSWORD);
      assert.equal(blocked.status, 429);
      assert.ok(Number(blocked.headers.get("retry-after")) > 0);
      assert.ok(!(blocked.headers.get("set-cookie") ?? "").includes("bp_session"), "no session while blocked");
      const log = await deps.repos.audit.list(
        { entityId: user.id, actions: ["auth.sign_in_failed", "auth.sign_in_rate_limited"] },
        { page: 1, perPage: 20 },
      );
      assert.equal(log.total, 6);
    });

    test("sessions end: idle timeout, absolute lifetime, sign-out, password change ends the others", async () => {
      const { user } = await makeUser(deps, { role: "contributor", orgSlug: "auth-org" });
      const signed = await deps.auth.signIn(user.email, PASSWORD, ctx());
      const later = (ms: number) => new Date(Date.now() + ms);
      assert.ok(await deps.auth.resolveSession(signed.sessionToken, later(60_000)));
      assert.equal(await deps.auth.resolveSession(signed.sessionToken, later(31 * 60_000)), null, "idle for 31 minutes");
      const fresh = await deps.auth.signIn(user.email, PASSWORD, ctx());
      for (let m = 25; m < 13 * 60; m += 25) {
        const at = later(m * 60_000);
        const found = await deps.auth.resolveSession(fresh.sessionToken, at);
        if (m >= 12 * 60) {
          assert.equal(found, null, `absolute lifetime at ${m} minutes`);
          break;
        }
        assert.ok(found, `active at ${m} minutes`);
        await deps.repos.sessions.touch(fresh.session.idHash, at.toISOString());
      }

      const a = await signIn(deps, user.email);
      const b = await signIn(deps, user.email);
      const change = await app.request("/account/password", {
        method: "POST",
        headers: { ...a.headers(), "Content-Type": FORM },
        body: a.form({ current: PASSWORD, password: "a brand new long passphrase", confirm: "a brand new long passphrase" }),
      });
      assert.equal(change.status, 303);
      assert.equal((await app.request("/account", { headers: b.headers() })).status, 303, "the other session ended");
      assert.equal((await app.request("/account", { headers: a.headers() })).status, 200, "this one goes on");
      const out = await app.request("/sign-out", {
        method: "POST",
        headers: { ...a.headers(), "Content-Type": FORM },
        body: a.form(),
      });
      assert.equal(out.status, 303);
      assert.equal((await app.request("/account", { headers: a.headers() })).status, 303, "signed out: the cookie is dead");
    });

    test("two-factor: the password alone gives no access; the code gives a new session id; a recovery code works once", async () => {
      const { user, secret } = await makeUser(deps, { role: "reviewer", orgSlug: "auth-org" });
      assert.ok(secret);
      const first = await deps.auth.signIn(user.email, PASSWORD, ctx());
      assert.equal(first.needsTwoFactor, true);
      const cookie = `bp_session=${first.sessionToken}`;
      assert.equal(
        (await app.request("/account", { headers: { Cookie: cookie } })).status,
        303,
        "half signed in is not signed in",
      );
      const code = nextCode(deps, secret);
      const full = await deps.auth.completeTwoFactor(first.session, code, ctx());
      assert.notEqual(full.session.idHash, first.session.idHash);
      assert.equal(await deps.auth.resolveSession(first.sessionToken, new Date()), null, "the pre-two-factor session is gone");

      const again = await deps.auth.signIn(user.email, PASSWORD, ctx());
      await assert.rejects(deps.auth.completeTwoFactor(again.session, code, ctx()), /not right/, "a code works once");
      await assert.rejects(deps.auth.completeTwoFactor(again.session, "000000", ctx()), /not right/);
    });

    test("the page asked for survives sign-in, its query and the two-factor step included", async () => {
      const anon = await app.request("/account?tab=sessions");
      assert.equal(anon.headers.get("location"), `/sign-in?next=${encodeURIComponent("/account?tab=sessions")}`);
      const { user, secret } = await makeUser(deps, { role: "reviewer", orgSlug: "auth-org" });
      const half = await deps.auth.signIn(user.email, PASSWORD, ctx());
      const cookie = `bp_session=${half.sessionToken}`;
      const page = await app.request("/sign-in/two-factor?next=/framework", { headers: { Cookie: cookie } });
      const html = await page.text();
      assert.match(html, /action="\/sign-in\/two-factor\?next=%2Fframework"/);
      const csrf = html.match(/name="_csrf" value="([^"]*)"/)?.[1] ?? "";
      const done = await app.request("/sign-in/two-factor?next=%2Fframework", {
        method: "POST",
        headers: { Cookie: cookie, "Content-Type": FORM },
        body: form({ _csrf: csrf, code: nextCode(deps, secret!) }),
      });
      assert.equal(done.status, 303);
      assert.equal(done.headers.get("location"), "/framework");
    });

    test("https: __Host- prefixed, Secure cookies and HSTS", async () => {
      const httpsDeps = { ...deps, https: true };
      const { createApp } = await import("../../src/web/app");
      const secureApp = createApp(httpsDeps);
      const res = await secureApp.request("/sign-in");
      assert.match(res.headers.get("set-cookie") ?? "", /^__Host-bp_csrf=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
      assert.match(res.headers.get("strict-transport-security") ?? "", /max-age=31536000/);
    });
  });
}
