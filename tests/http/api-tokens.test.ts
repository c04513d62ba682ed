/**
 * Personal API tokens through the account page, on every database: created
 * with a plain form (CSRF-checked), shown once, stored as a hash, listed
 * without the secret, revoked; refused with 401 once revoked or expired, when
 * the owner is disabled, or made up. What tokens may do: api-tokens-access.test.ts.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, test } from "node:test";
import type { Organisation } from "../../src/domain/accounts/types";
import { apiTokenService } from "../../src/domain/auth/api-token-service";
import type { WebDeps } from "../../src/web/deps";
import { ctx, type SignedInClient, signedInAs } from "../support/accounts";
import { tokenWorld } from "../support/api-tokens";
import type { App } from "../support/authorisation";
import { testDatabases } from "../support/databases";
import { formFields, withFields } from "../support/forms";

const SECRET = /bp_[A-Za-z0-9_-]{43}/g;

for (const database of testDatabases())
  describe(`API tokens on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let orgA: Organisation;
    let orgB: Organisation;
    let contributor: SignedInClient;
    let viewer: SignedInClient;
    let evidenceId: string;

    before(async () => {
      ({ app, deps, cleanup, orgA, orgB, contributor, viewer, evidenceId } = await tokenWorld(database));
    });
    after(() => cleanup());

    const accountPage = async (client: SignedInClient) => {
      const res = await app.request("/account", { headers: client.headers() });
      assert.equal(res.status, 200);
      return res.text();
    };
    /** Fills the account page's token form as a person would. */
    async function createThroughPage(client: SignedInClient, changes: Record<string, string>) {
      const fields = formFields(await accountPage(client), "/account/tokens");
      return app.request("/account/tokens", {
        method: "POST",
        headers: client.headers(),
        body: withFields(fields, changes),
      });
    }
    const bearer = (secret: string, extra: Record<string, string> = {}) => ({ Authorization: `Bearer ${secret}`, ...extra });
    const readEvidence = (secret: string, org = orgA, id = evidenceId) =>
      app.request(`/api/v1/orgs/${org.slug}/evidence/${id}`, { headers: bearer(secret) });
    const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

    test("a token is created on the account page, shown once, stored as a hash and listed without its secret", async () => {
      const res = await createThroughPage(contributor, { name: "Shadow report sheet", scope: "read-write", expiresInDays: "30" });
      assert.equal(res.status, 201);
      assert.equal(res.headers.get("Cache-Control"), "no-store");
      const html = await res.text();
      const secrets = [...new Set(html.match(SECRET))];
      assert.equal(secrets.length, 1, "the page shows the secret");
      const secret = secrets[0]!;
      assert.match(html, /shown only this once/);

      const [stored] = await deps.repos.apiTokens.listForUser(contributor.user.id);
      assert.equal(stored?.tokenHash, createHash("sha256").update(secret).digest("hex"));
      assert.equal(stored?.organisationId, orgA.id);
      assert.equal(stored?.scope, "read-write");
      const days = (Date.parse(stored!.expiresAt) - Date.parse(stored!.createdAt)) / 86_400_000;
      assert.equal(days, 30);
      assert.ok(!JSON.stringify(stored).includes(secret), "the secret is not stored");

      const listed = await accountPage(contributor);
      assert.ok(!listed.includes(secret), "the account page never shows the secret again");
      assert.match(listed, /Shadow report sheet/);
      assert.match(listed, new RegExp(`${stored!.hint}…`));
      assert.match(listed, /Read and write/);
      assert.match(listed, /Never/, "not used yet");

      assert.equal((await readEvidence(secret)).status, 200);
      assert.doesNotMatch(await accountPage(contributor), />Never</, "last used is recorded");

      const log = await deps.repos.audit.list({ actions: ["api_token.create"], entityId: stored!.id }, { page: 1, perPage: 5 });
      assert.equal(log.total, 1);
      assert.ok(!JSON.stringify(log.items).includes(secret) && !JSON.stringify(log.items).includes(stored!.tokenHash));
    });

    test("bad input on the form is refused with each problem and creates nothing; the form needs its CSRF token", async () => {
      const before = (await deps.repos.apiTokens.listForUser(viewer.user.id)).length;
      const res = await createThroughPage(viewer, { name: " ", scope: "read-write", expiresInDays: "400" });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /There is a problem/);
      assert.match(html, /Give the token a name/);
      assert.match(html, /As a viewer in this organisation you cannot change anything: choose read\./);
      assert.match(html, /at most in a year/);
      const foreign = await createThroughPage(viewer, { name: "x", scope: "read", organisationId: orgB.id });
      assert.equal(foreign.status, 400);
      assert.match(await foreign.text(), /Choose one of your organisations/);
      const forged = await app.request("/account/tokens", {
        method: "POST",
        headers: viewer.headers(),
        body: new URLSearchParams({ name: "x", scope: "read", organisationId: orgA.id, expiresInDays: "30" }),
      });
      assert.equal(forged.status, 403);
      assert.equal((await deps.repos.apiTokens.listForUser(viewer.user.id)).length, before);
    });

    test("a revoked token is refused with 401 and a clear error; revoking needs the owner", async () => {
      const secret = [...(await (await createThroughPage(contributor, { name: "to revoke" })).text()).matchAll(SECRET)][0]![0];
      const token = (await deps.repos.apiTokens.listForUser(contributor.user.id)).find((t) => t.name === "to revoke")!;
      assert.equal((await readEvidence(secret)).status, 200);

      const stranger = await app.request("/account/tokens/revoke", {
        method: "POST",
        headers: viewer.headers(),
        body: viewer.form({ token: token.id }),
      });
      assert.equal(stranger.status, 400);
      assert.equal((await readEvidence(secret)).status, 200, "someone else cannot revoke it");

      const fields = formFields(await accountPage(contributor), "/account/tokens/revoke");
      assert.deepEqual(
        fields.map(([k]) => k),
        ["_csrf", "token"],
      );
      const revoke = await app.request("/account/tokens/revoke", {
        method: "POST",
        headers: contributor.headers(),
        body: withFields(fields, { token: token.id }),
      });
      assert.equal(revoke.status, 303);
      const res = await readEvidence(secret);
      assert.equal(res.status, 401);
      assert.match(res.headers.get("WWW-Authenticate") ?? "", /^Bearer /);
      const error = await errorOf(res);
      assert.equal(error.code, "token_revoked");
      assert.match(error.message, /revoked/);
      assert.match(await accountPage(contributor), /Revoked/);
      const log = await deps.repos.audit.list({ actions: ["api_token.revoke"], entityId: token.id }, { page: 1, perPage: 5 });
      assert.equal(log.total, 1);
    });

    test("an expired token, or one whose owner is disabled, is refused with 401; a made-up one too", async () => {
      const tokens = apiTokenService(deps.repos, deps.crypto);
      const past = new Date(Date.now() - 31 * 86_400_000);
      const expired = await tokens.create(
        contributor.user,
        { name: "old", organisationId: orgA.id, scope: "read", expiresInDays: "30" },
        ctx(past),
      );
      const res = await readEvidence(expired.secret);
      assert.equal(res.status, 401);
      assert.equal((await errorOf(res)).code, "token_expired");

      const someone = await signedInAs(deps, { role: "contributor", orgSlug: orgA.slug });
      const theirs = await tokens.create(
        someone.user,
        { name: "t", organisationId: orgA.id, scope: "read", expiresInDays: "30" },
        ctx(),
      );
      assert.equal((await readEvidence(theirs.secret)).status, 200);
      await deps.repos.accounts.updateUser(someone.user.id, { disabledAt: new Date().toISOString() }, new Date().toISOString());
      const disabled = await readEvidence(theirs.secret);
      assert.equal(disabled.status, 401);
      assert.equal((await errorOf(disabled)).code, "token_account_disabled");

      for (const header of [`Bearer bp_${"x".repeat(43)}`, "Bearer nonsense", "Basic dXNlcjpwYXNz", "Bearer"]) {
        const answer = await app.request(`/api/v1/orgs/${orgA.slug}/evidence/${evidenceId}`, {
          headers: { Authorization: header },
        });
        assert.equal(answer.status, 401, header);
        assert.equal((await errorOf(answer)).code, "invalid_token", header);
      }
      const none = await app.request(`/api/v1/orgs/${orgA.slug}/evidence/${evidenceId}`);
      assert.equal(none.status, 401);
      assert.equal((await errorOf(none)).code, "unauthorized");
    });
  });
