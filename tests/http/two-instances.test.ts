/**
 * Two app instances on one database (as behind a load balancer): a session and
 * its CSRF token made on one work on the other. Nothing lives in process memory.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import { loadConfig } from "../../src/config";
import { createApp } from "../../src/web/app";
import { buildWebDeps } from "../../src/web/context";
import type { WebDeps } from "../../src/web/deps";
import type { AppEnv } from "../../src/web/env";
import { makeOrganisation, makeUser, PASSWORD } from "../support/accounts";
import { silentLogger, testDatabases } from "../support/databases";
import { twoInstances } from "../support/two-instances";

const FORM = "application/x-www-form-urlencoded";

for (const database of testDatabases().filter((d) => d.name !== "pglite")) {
  describe(`two app instances on one ${database.name} database`, () => {
    let pair: Awaited<ReturnType<typeof twoInstances>>;
    let one: Hono<AppEnv>;
    let two: Hono<AppEnv>;
    let deps: WebDeps;
    before(async () => {
      pair = await twoInstances(database.name);
      if (!pair) return;
      const config = loadConfig({ PUBLIC_ORIGIN: "http://blueprint.test" });
      deps = await buildWebDeps(pair.a, config, silentLogger, pair.a.dialect);
      one = createApp(deps);
      two = createApp(await buildWebDeps(pair.b, config, silentLogger, pair.b.dialect));
    });
    after(async () => pair?.cleanup());

    test("sign in on one, use the session and its CSRF token on the other", async (t) => {
      if (!pair) return t.skip(`no second instance for ${database.name}`);
      await makeOrganisation(deps, "lb-org");
      const { user } = await makeUser(deps, { role: "contributor", orgSlug: "lb-org" });

      const page = await one.request("/sign-in");
      const csrfCookie = (page.headers.get("set-cookie") ?? "").split(";")[0] as string;
      const csrf = (await page.text()).match(/name="_csrf" value="([^"]*)"/)?.[1] ?? "";
      // The form was served by instance one and is posted to instance two.
      const signIn = await two.request("/sign-in", {
        method: "POST",
        headers: { Cookie: csrfCookie, "Content-Type": FORM },
        body: new URLSearchParams({ _csrf: csrf, email: user.email, password: PASSWORD }),
      });
      assert.equal(signIn.status, 303);
      const session = (signIn.headers.get("set-cookie") ?? "").split(";")[0] as string;

      const account = await one.request("/account", { headers: { Cookie: session } });
      assert.equal(account.status, 200);
      const token = (await account.text()).match(/name="_csrf" value="([^"]*)"/)?.[1] ?? "";
      const change = await two.request("/account/password", {
        method: "POST",
        headers: { Cookie: session, "Content-Type": FORM },
        body: new URLSearchParams({
          _csrf: token,
          current: PASSWORD,
          password: "another long passphrase",
          confirm: "another long passphrase",
        }),
      });
      assert.equal(change.status, 303);
      assert.equal(change.headers.get("location"), "/account?done=password");

      const out = await one.request("/sign-out", {
        method: "POST",
        headers: { Cookie: session, "Content-Type": FORM },
        body: new URLSearchParams({ _csrf: token }),
      });
      assert.equal(out.status, 303);
      assert.equal((await two.request("/account", { headers: { Cookie: session } })).status, 303, "signed out everywhere");
    });
  });
}
