/** First start: no default password, only a one-time setup link that works once and only while there is no user. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import type { WebDeps } from "../../src/web/deps";
import type { AppEnv } from "../../src/web/env";
import { seededApp, testDatabases } from "../support/databases";

const FORM = "application/x-www-form-urlencoded";

for (const database of testDatabases()) {
  describe(`first-start setup on ${database.name}`, () => {
    let app: Hono<AppEnv>;
    let deps: WebDeps;
    let cleanup: () => Promise<void>;
    before(async () => {
      const seeded = await seededApp(database);
      app = seeded.app;
      deps = seeded.deps;
      cleanup = seeded.storage.cleanup;
    });
    after(async () => cleanup());

    test("the setup link creates the first superadmin once, then is dead", async () => {
      assert.equal(await deps.repos.accounts.countUsers(), 0);
      assert.equal((await app.request("/setup?token=made-up")).status, 410);
      const token = await deps.auth.issueSetupLink(new Date());
      assert.ok(token);
      const page = await app.request(`/setup?token=${token}`);
      assert.equal(page.status, 200);
      const cookie = (page.headers.get("set-cookie") ?? "").split(";")[0] as string;
      const csrf = (await page.text()).match(/name="_csrf" value="([^"]*)"/)?.[1] ?? "";
      const post = (fields: Record<string, string>) =>
        app.request("/setup", {
          method: "POST",
          headers: { Cookie: cookie, "Content-Type": FORM },
          body: new URLSearchParams({ _csrf: csrf, token, displayName: "Amina", email: "amina@example.org", ...fields }),
        });
      const weak = await post({ password: "password1234", confirm: "password1234" });
      assert.equal(weak.status, 400);
      assert.match(await weak.text(), /common passwords/);
      const mismatch = await post({ password: "violet tangerine harbour", confirm: "violet tangerine harbor" });
      assert.match(await mismatch.text(), /not the same/);
      assert.equal(await deps.repos.accounts.countUsers(), 0, "nothing saved from a bad form");
      const ok = await post({ password: "violet tangerine harbour", confirm: "violet tangerine harbour" });
      assert.equal(ok.status, 303);
      assert.equal(ok.headers.get("location"), "/account/two-factor?required=1");
      const admin = await deps.repos.accounts.getUserByEmail("amina@example.org");
      assert.equal(admin?.isSuperadmin, true);
      assert.notEqual(admin?.passwordHash, "violet tangerine harbour");
      const again = await post({
        email: "second@example.org",
        password: "violet tangerine harbour",
        confirm: "violet tangerine harbour",
      });
      assert.equal(again.status, 410);
      assert.equal(await deps.auth.issueSetupLink(new Date()), null, "no setup link once someone exists");
      const session = (ok.headers.get("set-cookie") ?? "").split(";")[0] as string;
      const gated = await app.request("/admin", { headers: { Cookie: session } });
      assert.equal(gated.status, 303, "a superadmin must enrol two-factor first");
      assert.equal(gated.headers.get("location"), "/account/two-factor?required=1");
    });
  });
}
