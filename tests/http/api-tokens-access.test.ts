/**
 * What a personal API token may do, on every database: a read token only
 * reads; a token acts only in its organisation with its owner's current role;
 * the cookie session is ignored on a bearer request, and a cookie request to
 * the write API keeps the CSRF check; failed attempts are rate-limited per network.
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

for (const database of testDatabases())
  describe(`what API tokens may do on ${database.name}`, () => {
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

    const bearer = (secret: string, extra: Record<string, string> = {}) => ({ Authorization: `Bearer ${secret}`, ...extra });
    const readEvidence = (secret: string, org = orgA, id = evidenceId) =>
      app.request(`/api/v1/orgs/${org.slug}/evidence/${id}`, { headers: bearer(secret) });
    const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

    test("a read token reads confidential records its owner may see and changes nothing", async () => {
      const tokens = apiTokenService(deps.repos, deps.crypto);
      const read = await tokens.create(
        contributor.user,
        { name: "r", organisationId: orgA.id, scope: "read", expiresInDays: "30" },
        ctx(),
      );
      const ok = await readEvidence(read.secret);
      assert.equal(ok.status, 200);
      assert.match(await ok.text(), /Confidential draft bill/);
      const body = JSON.stringify({ type: "law", title: "Refused", summary: "s", countryIso3: "KEN", visibility: "public" });
      const write = await app.request(`/api/v1/orgs/${orgA.slug}/evidence`, {
        method: "POST",
        headers: bearer(read.secret, { "Content-Type": "application/json" }),
        body,
      });
      assert.equal(write.status, 403);
      assert.equal((await errorOf(write)).code, "read_only_token");
    });

    test("a token acts only in its organisation, with its owner's current role there", async () => {
      const tokens = apiTokenService(deps.repos, deps.crypto);
      const member = await signedInAs(deps, { role: "contributor", orgSlug: orgA.slug });
      await deps.repos.accounts.setMembership(member.user.id, orgB.id, "contributor", new Date().toISOString());
      const { secret } = await tokens.create(
        member.user,
        { name: "a only", organisationId: orgA.id, scope: "read-write", expiresInDays: "30" },
        ctx(),
      );
      const evidenceOfB = await deps.evidence.create(
        { user: member.user, memberships: await deps.repos.accounts.membershipsOfUser(member.user.id) },
        orgB,
        {
          type: "policy",
          title: "B's own record",
          summary: "x",
          countryIso3: "KEN",
          date: "",
          visibility: "organisation",
          sources: [{ title: "s" }],
          links: ["s02-o2"],
        },
        ctx(),
      );
      assert.equal(
        (await readEvidence(secret, orgB, evidenceOfB.id)).status,
        403,
        "not in B, although the owner is a contributor there",
      );
      assert.equal((await readEvidence(secret, orgA, evidenceOfB.id)).status, 404, "B's record is not A's");

      const create = (title: string) =>
        app.request(`/api/v1/orgs/${orgA.slug}/evidence`, {
          method: "POST",
          headers: bearer(secret, { "Content-Type": "application/json" }),
          body: JSON.stringify({
            type: "law",
            title,
            summary: "s",
            countryIso3: "KEN",
            visibility: "organisation",
            sources: [{ title: "s" }],
            links: ["s02-o2"],
          }),
        });
      assert.equal((await create("While a contributor")).status, 201);
      await deps.repos.accounts.setMembership(member.user.id, orgA.id, "viewer", new Date().toISOString());
      assert.equal((await create("While a viewer")).status, 403, "the token follows the lowered role");
      assert.equal((await readEvidence(secret)).status, 200, "a viewer still reads");
      await deps.repos.accounts.setMembership(member.user.id, orgA.id, null, new Date().toISOString());
      assert.equal((await readEvidence(secret)).status, 403, "no membership, no access");
    });

    test("a bearer request ignores the cookie session; a cookie request to the write API still needs the CSRF check", async () => {
      const tokens = apiTokenService(deps.repos, deps.crypto);
      const { secret } = await tokens.create(
        viewer.user,
        { name: "v", organisationId: orgA.id, scope: "read", expiresInDays: "30" },
        ctx(),
      );
      const admin = await signedInAs(deps, { role: "admin", orgSlug: orgA.slug });
      const res = await app.request(`/api/v1/orgs/${orgA.slug}/evidence`, {
        method: "POST",
        headers: { ...admin.headers(), ...bearer(secret), "Content-Type": "application/json" },
        body: "{}",
      });
      assert.equal(res.status, 403, "acts as the viewer's read token, not the admin's session");
      assert.equal((await errorOf(res)).code, "read_only_token");
      assert.equal(res.headers.getSetCookie().length, 0);

      const cookieOnly = await app.request(`/api/v1/orgs/${orgA.slug}/evidence`, {
        method: "POST",
        headers: { ...admin.headers(), "Content-Type": "application/json" },
        body: JSON.stringify({ title: "x" }),
      });
      assert.equal(cookieOnly.status, 403);
      assert.equal((await errorOf(cookieOnly)).code, "csrf");
    });

    test("failed token attempts are limited per network: then even a valid token waits", async () => {
      const tokens = apiTokenService(deps.repos, deps.crypto);
      const { secret } = await tokens.create(
        contributor.user,
        { name: "limited", organisationId: orgA.id, scope: "read", expiresInDays: "30" },
        ctx(),
      );
      const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
      const path = `/api/v1/orgs/${orgA.slug}/evidence/${evidenceId}`;
      for (let i = 0; i < 20; i++) {
        const res = await app.request(path, { headers: bearer(`bp_${"y".repeat(43)}`) }, from("203.0.113.7"));
        assert.equal(res.status, 401, `attempt ${i + 1}`);
      }
      const blocked = await app.request(path, { headers: bearer(secret) }, from("203.0.113.8"));
      assert.equal(blocked.status, 429);
      assert.ok(Number(blocked.headers.get("Retry-After")) > 0);
      assert.equal((await errorOf(blocked)).code, "rate_limited");
      const elsewhere = await app.request(path, { headers: bearer(secret) }, from("198.51.100.1"));
      assert.equal(elsewhere.status, 200, "another network is not affected");
      const log = await deps.repos.audit.list({ actions: ["api_token.rate_limited"] }, { page: 1, perPage: 5 });
      assert.equal(log.total, 1);
      assert.equal(log.items[0]!.ipPrefix, "203.0.113.0/24");
    });
  });
