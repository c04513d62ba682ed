/**
 * Organisation administrators and the API tokens that act in their
 * organisation, on every database: an admin sees them on the organisation page
 * (owner, name, access, dates; never a secret) and revokes one with a plain
 * form; bearer requests with it then get 401, the revocation is audit-logged
 * and the owner's account page says an administrator revoked it. The admin of
 * another organisation can neither see nor revoke them, and members who are
 * not admins cannot either.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Organisation } from "../../src/domain/accounts/types";
import { apiTokenService } from "../../src/domain/auth/api-token-service";
import type { WebDeps } from "../../src/web/deps";
import { ctx, type SignedInClient, signedInAs } from "../support/accounts";
import { tokenWorld } from "../support/api-tokens";
import type { App } from "../support/authorisation";
import { testDatabases } from "../support/databases";
import { formFields, withFields } from "../support/forms";

for (const database of testDatabases())
  describe(`API tokens revoked by organisation admins on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let orgA: Organisation;
    let orgB: Organisation;
    let contributor: SignedInClient;
    let viewer: SignedInClient;
    let adminA: SignedInClient;
    let adminB: SignedInClient;
    let evidenceId: string;

    before(async () => {
      ({ app, deps, cleanup, orgA, orgB, contributor, viewer, evidenceId } = await tokenWorld(database));
      adminA = await signedInAs(deps, { role: "admin", orgSlug: orgA.slug });
      adminB = await signedInAs(deps, { role: "admin", orgSlug: orgB.slug });
    });
    after(() => cleanup());

    const tokens = () => apiTokenService(deps.repos, deps.crypto);
    const make = (name: string, org = orgA, owner = contributor) =>
      tokens().create(owner.user, { name, organisationId: org.id, scope: "read-write", expiresInDays: "90" }, ctx());
    const readEvidence = (secret: string) =>
      app.request(`/api/v1/orgs/${orgA.slug}/evidence/${evidenceId}`, { headers: { Authorization: `Bearer ${secret}` } });
    const page = async (client: SignedInClient, slug = orgA.slug) => {
      const res = await app.request(`/orgs/${slug}`, { headers: client.headers() });
      return { status: res.status, html: await res.text() };
    };
    const revoke = (client: SignedInClient, tokenId: string, slug = orgA.slug, fields?: [string, string][]) =>
      app.request(`/orgs/${slug}/api-tokens/revoke`, {
        method: "POST",
        headers: client.headers(),
        body: fields ? withFields(fields, { token: tokenId }) : client.form({ token: tokenId }),
      });
    const stillWorks = async (secret: string) => assert.equal((await readEvidence(secret)).status, 200);

    test("an admin sees the organisation's tokens without secrets, revokes one; it gets 401 and its owner is told", async () => {
      const { token, secret } = await make("Shadow report sheet");
      const other = await make("Elsewhere", orgB, adminB);
      await stillWorks(secret);

      const { status, html } = await page(adminA);
      assert.equal(status, 200);
      assert.match(html, /<h2 id="api-tokens">API tokens<\/h2>/);
      assert.match(html, /Shadow report sheet/);
      assert.match(html, new RegExp(`${token.hint}…`));
      assert.ok(html.includes(contributor.user.email), "the owner is named");
      assert.match(html, /Read and write/);
      assert.ok(!html.includes(secret), "never the secret");
      assert.ok(!html.includes(token.tokenHash), "nor its hash");
      assert.doesNotMatch(html, /Elsewhere/, "only tokens acting in this organisation");

      const res = await revoke(adminA, token.id, orgA.slug, formFields(html, `/orgs/${orgA.slug}/api-tokens/revoke`));
      assert.equal(res.status, 303);
      assert.equal(res.headers.get("Location"), `/orgs/${orgA.slug}?done=token-revoked#api-tokens`);
      const denied = await readEvidence(secret);
      assert.equal(denied.status, 401);
      assert.equal(((await denied.json()) as { error: { code: string } }).error.code, "token_revoked");
      assert.equal((await deps.repos.apiTokens.get(other.token.id))?.revokedAt, null, "B's token is untouched");

      const after = await page(adminA, `${orgA.slug}?done=token-revoked`);
      assert.match(after.html, /The token was revoked/);
      assert.match(after.html, new RegExp(`Revoked [0-9-]+ [0-9:]+ UTC by ${adminA.user.displayName}`));

      const log = await deps.repos.audit.list(
        { organisationId: orgA.id, actions: ["api_token.revoke_by_admin"], entityId: token.id },
        { page: 1, perPage: 5 },
      );
      assert.equal(log.total, 1);
      assert.equal(log.items[0]?.actorUserId, adminA.user.id);
      assert.ok(!JSON.stringify(log.items).includes(secret));

      const account = await (await app.request("/account", { headers: contributor.headers() })).text();
      assert.match(account, /An administrator of your organisation revoked “Shadow report sheet” \(Org tok-a\)/);
      assert.match(account, /Revoked [0-9-]+ [0-9:]+ UTC by an administrator of Org tok-a/);

      // Revoking it again changes nothing and logs nothing more.
      assert.equal((await revoke(adminA, token.id)).status, 303);
      assert.equal(
        (await deps.repos.audit.list({ actions: ["api_token.revoke_by_admin"], entityId: token.id }, { page: 1, perPage: 5 }))
          .total,
        1,
      );
    });

    test("the admin of another organisation can neither see nor revoke them", async () => {
      const { token, secret } = await make("Kept from B");
      assert.equal((await page(adminB)).status, 403, "B's admin cannot open A's page");
      assert.equal((await revoke(adminB, token.id)).status, 403, "nor post to A's form");
      const own = await page(adminB, orgB.slug);
      assert.equal(own.status, 200);
      assert.doesNotMatch(own.html, /Kept from B/);
      // Through their own organisation's form, with A's token id: refused, as if it did not exist.
      const sideways = await revoke(adminB, token.id, orgB.slug);
      assert.equal(sideways.status, 400);
      assert.match(await sideways.text(), /That token does not act in this organisation, or does not exist/);
      await stillWorks(secret);
      assert.equal((await deps.repos.apiTokens.get(token.id))?.revokedAt, null);
    });

    test("members who are not admins see no token list and cannot revoke; the form needs its CSRF token", async () => {
      const { token, secret } = await make("Kept from members");
      for (const client of [contributor, viewer]) {
        const { status, html } = await page(client);
        assert.equal(status, 200);
        assert.doesNotMatch(html, /id="api-tokens"/);
        assert.doesNotMatch(html, /Kept from members/);
        assert.equal((await revoke(client, token.id)).status, 403);
      }
      const forged = await app.request(`/orgs/${orgA.slug}/api-tokens/revoke`, {
        method: "POST",
        headers: adminA.headers(),
        body: new URLSearchParams({ token: token.id }),
      });
      assert.equal(forged.status, 403);
      await stillWorks(secret);
      assert.equal((await revoke(adminA, "no-such-token")).status, 400);
    });

    test("a former member's token is listed as such and can be revoked", async () => {
      const leaver = await signedInAs(deps, { role: "contributor", orgSlug: orgA.slug });
      const { token } = await make("Left behind", orgA, leaver);
      await deps.accounts.changeRole(adminA.user, orgA, leaver.user.id, "remove", ctx());
      const { html } = await page(adminA);
      assert.match(html, /Left behind/);
      assert.match(html, /no longer a member/);
      assert.equal((await revoke(adminA, token.id)).status, 303);
      assert.ok((await deps.repos.apiTokens.get(token.id))?.revokedAt);
    });
  });
