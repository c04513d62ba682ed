/**
 * Who may do what, through the real app on every database. The expected outcome
 * of each route for each kind of person is written out below by hand, not
 * computed with can(), so that this suite checks the policy module instead of
 * repeating it. Then object-level checks across two organisations, and the
 * two-factor requirement.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { cookieName } from "../../src/web/auth/cookies";
import type { WebDeps } from "../../src/web/deps";
import { ctx, makeUser, PASSWORD } from "../support/accounts";
import {
  ACTORS,
  type App,
  type Cast,
  clientFor,
  EFFECTS,
  LINK,
  makeCast,
  resetsOf,
  roleOf,
  send,
} from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";

/** A signed-out GET of a protected page: 303 to /sign-in?next=<the page>, with an empty body. */
const IN = "sign-in";
type Expected = number | typeof IN;

// Columns: anonymous, viewer, contributor, reviewer, admin of A, admin of B, superadmin.
// {A} is organisation A's slug; {target} a viewer of A. 303 on a post is a form that succeeded;
// 400 on a post is the form refusing a harmless body, i.e. the guard let the person through.
// biome-ignore format: the matrix reads best as an aligned table.
const MATRIX: [method: "GET" | "POST", path: string, expected: Expected[]][] = [
  ["GET",  "/",                                     [200, 200, 200, 200, 200, 200, 200]],
  ["GET",  "/framework",                            [200, 200, 200, 200, 200, 200, 200]],
  ["GET",  "/commitments/hrc-38-5-c01",             [200, 200, 200, 200, 200, 200, 200]],
  ["GET",  "/countries/AUS",                        [200, 200, 200, 200, 200, 200, 200]],
  ["GET",  "/sign-in",                              [200, 303, 303, 303, 303, 303, 303]],
  ["GET",  "/api/v1",                               [200, 200, 200, 200, 200, 200, 200]],
  ["GET",  "/api/v1/commitments",                   [200, 200, 200, 200, 200, 200, 200]],
  ["GET",  "/api/v1/countries/AUS",                 [200, 200, 200, 200, 200, 200, 200]],
  ["GET",  "/api/v1/openapi.json",                  [200, 200, 200, 200, 200, 200, 200]],
  ["GET",  "/api/docs",                             [200, 200, 200, 200, 200, 200, 200]],
  ["GET",  "/healthz",                              [200, 200, 200, 200, 200, 200, 200]],
  ["GET",  "/account",                              [IN,  200, 200, 200, 200, 200, 200]],
  ["GET",  "/account/two-factor",                   [IN,  200, 200, 200, 200, 200, 200]],
  ["POST", "/account/sessions/end",                 [403, 303, 303, 303, 303, 303, 303]],
  ["POST", "/account/two-factor",                   [403, 200, 200, 400, 400, 400, 400]],
  ["POST", "/account/two-factor/reset",             [403, 400, 400, 400, 400, 400, 400]],
  ["POST", "/account/password",                     [403, 303, 303, 303, 303, 303, 303]],
  ["GET",  "/admin",                                [IN,  403, 403, 403, 403, 403, 200]],
  ["POST", "/admin/organisations",                  [403, 403, 403, 403, 403, 403, 303]],
  ["GET",  "/admin/audit",                          [IN,  403, 403, 403, 403, 403, 200]],
  ["GET",  "/orgs/{A}",                             [IN,  200, 200, 200, 200, 403, 200]],
  ["GET",  "/orgs/{A}/members",                     [404, 404, 404, 404, 404, 404, 404]], // no such page
  ["POST", "/orgs/{A}/members",                     [403, 403, 403, 403, 200, 403, 200]],
  ["POST", "/orgs/{A}/members/{target}/role",       [403, 403, 403, 403, 303, 403, 303]],
  ["POST", "/orgs/{A}/members/{target}/reset",      [403, 403, 403, 403, 200, 403, 200]],
  ["GET",  "/orgs/{A}/audit",                       [IN,  403, 403, 403, 200, 403, 200]],
  ["GET",  "/orgs/nowhere",                         [IN,  404, 404, 404, 404, 404, 404]],
  ["GET",  "/orgs/nowhere/audit",                   [IN,  404, 404, 404, 404, 404, 404]],
  ["POST", "/orgs/nowhere/members",                 [403, 404, 404, 404, 404, 404, 404]],
  ["POST", "/orgs/nowhere/members/{target}/role",   [403, 404, 404, 404, 404, 404, 404]],
  ["POST", "/orgs/nowhere/members/{target}/reset",  [403, 404, 404, 404, 404, 404, 404]],
];

const isAllowed = (e: Expected) => typeof e === "number" && e < 400;

for (const database of testDatabases())
  describe(`authorisation on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cast: Cast;
    let cleanup = async () => {};
    before(async () => {
      const seeded = await seededApp(database);
      cleanup = seeded.storage.cleanup;
      ({ app, deps } = seeded);
      cast = await makeCast(app, deps);
    });
    after(() => cleanup());

    const resolve = (path: string) =>
      path.replace("{A}", cast.orgA.slug).replace("{B}", cast.orgB.slug).replace("{target}", cast.target.id);

    describe("route × role matrix", () => {
      for (const [method, template, expected] of MATRIX)
        test(`${method} ${template}`, async (t) => {
          for (const [i, actor] of ACTORS.entries())
            await t.test(actor, async () => {
              const path = resolve(template);
              const want = expected[i]!;
              const client = cast.clients[actor];
              const org = path.split("/")[2] ?? "";
              const effect = EFFECTS[`${method} ${template.replace(/^\/orgs\/[^/]+/, "/orgs/{org}")}`];
              const cell = { app, deps, cast, actor, client, allowed: isAllowed(want), org };
              const { fields, verify } = effect ? await effect(cell) : {};
              const a = await send(app, client, method, path, fields);
              const where = `${actor} ${method} ${path}`;
              if (want === IN) {
                assert.equal(a.status, 303, `${where}: ${a.status}`);
                assert.equal(a.location, `/sign-in?next=${encodeURIComponent(path)}`);
                assert.equal(a.body, "", "a redirect must carry no page content");
              } else assert.equal(a.status, want, `${where}: ${a.status} ${a.location ?? ""} ${a.body.slice(0, 300)}`);
              assert.doesNotMatch(a.body, /could not be accepted/, `${where} was refused by CSRF, not by its guard`);
              // Signed out, or refused: no member's address in the answer (other than one's own).
              if (actor === "anonymous" || a.status >= 400)
                for (const email of cast.emails)
                  if (email !== client.user?.email) assert.ok(!a.body.includes(email), `${where} shows ${email}`);
              await verify?.(a);
            });
        });
    });

    describe("object-level checks across organisations", () => {
      test("admin of A cannot reach a member of B through A's URLs: 404, nothing changes", async () => {
        const { memberOfB, orgA, orgB } = cast;
        const adminA = cast.clients.adminA;
        const before = await deps.repos.accounts.membershipsOfUser(memberOfB.id);
        const resets = await resetsOf(deps, memberOfB.id);
        for (const [action, fields] of [
          ["role", { role: "admin" }],
          ["role", { role: "remove" }],
          ["reset", {}],
        ] as const) {
          const a = await send(app, adminA, "POST", `/orgs/${orgA.slug}/members/${memberOfB.id}/${action}`, fields);
          assert.equal(a.status, 404, `${action} ${JSON.stringify(fields)}: ${a.status}`);
          assert.ok(!a.body.includes(LINK) && !a.body.includes(memberOfB.email));
        }
        assert.deepEqual(await deps.repos.accounts.membershipsOfUser(memberOfB.id), before);
        assert.equal(await roleOf(deps, memberOfB.id, orgB.id), "viewer");
        assert.equal(await resetsOf(deps, memberOfB.id), resets);
      });

      test("admin of B is refused in A with A's member ids, and the same client works in B", async () => {
        const { orgA, orgB, target, memberOfB } = cast;
        const adminB = cast.clients.adminB;
        const targetRole = await roleOf(deps, target.id, orgA.id);
        const attempts = [
          ["POST", `/orgs/${orgA.slug}/members`, { email: "from-b@example.org", displayName: "From B", role: "admin" }],
          ["POST", `/orgs/${orgA.slug}/members/${target.id}/role`, { role: "remove" }],
          ["POST", `/orgs/${orgA.slug}/members/${cast.clients.adminA.user!.id}/role`, { role: "viewer" }],
          ["GET", `/orgs/${orgA.slug}/audit`, undefined],
        ] as const;
        for (const [method, path, fields] of attempts)
          assert.equal((await send(app, adminB, method, path, fields)).status, 403, `${method} ${path}`);
        assert.equal(await deps.repos.accounts.getUserByEmail("from-b@example.org"), undefined);
        assert.equal(await roleOf(deps, target.id, orgA.id), targetRole);
        assert.equal(await roleOf(deps, cast.clients.adminA.user!.id, orgA.id), "admin");
        // Control: the refusals above are about A, not a broken client.
        const own = await send(app, adminB, "POST", `/orgs/${orgB.slug}/members/${memberOfB.id}/role`, { role: "contributor" });
        assert.equal(own.status, 303);
        assert.equal(await roleOf(deps, memberOfB.id, orgB.id), "contributor");
        await send(app, adminB, "POST", `/orgs/${orgB.slug}/members/${memberOfB.id}/role`, { role: "viewer" });
      });

      test("members below admin cannot promote themselves", async () => {
        for (const actor of ["viewer", "contributor", "reviewer"] as const) {
          const client = cast.clients[actor];
          const was = await roleOf(deps, client.user!.id, cast.orgA.id);
          const a = await send(app, client, "POST", `/orgs/${cast.orgA.slug}/members/${client.user!.id}/role`, { role: "admin" });
          assert.equal(a.status, 403, actor);
          assert.equal(await roleOf(deps, client.user!.id, cast.orgA.id), was);
        }
      });

      test("an action in B shows in B's log and the site log, never in A's", async () => {
        const { orgA, orgB, clients } = cast;
        const probe = { email: "audit-probe@example.org", displayName: "Audit Probe", role: "viewer" };
        assert.equal((await send(app, clients.adminB, "POST", `/orgs/${orgB.slug}/members`, probe)).status, 200);
        const inB = (await deps.repos.audit.list({ organisationId: orgB.id }, { page: 1, perPage: 10 })).items;
        const mine = inB.filter((e) => e.actorUserId === clients.adminB.user!.id);
        assert.ok(
          mine.some((e) => e.action === "membership.add"),
          "adding to B left no entry in B's log",
        );
        const inA = (await deps.repos.audit.list({ organisationId: orgA.id }, { page: 1, perPage: 1 })).items;
        assert.ok(inA.length > 0, "A's log is empty, so its page proves nothing");

        const aLog = await send(app, clients.adminA, "GET", `/orgs/${orgA.slug}/audit`);
        const bLog = await send(app, clients.adminB, "GET", `/orgs/${orgB.slug}/audit`);
        const site = await send(app, clients.superadmin, "GET", "/admin/audit");
        assert.deepEqual([aLog.status, bLog.status, site.status], [200, 200, 200]);
        assert.ok(aLog.body.includes(`<td>${inA[0]!.seq}</td>`), "A's own entries are missing from A's log");
        for (const e of mine) {
          const cell = `<td>${e.seq}</td>`;
          assert.ok(!aLog.body.includes(cell), `B's ${e.action} (#${e.seq}) shows in A's log`);
          assert.ok(bLog.body.includes(cell), `B's ${e.action} (#${e.seq}) is missing from B's log`);
          assert.ok(site.body.includes(cell), `B's ${e.action} (#${e.seq}) is missing from the site log`);
        }
        assert.ok(!aLog.body.includes(clients.adminB.user!.email), "B's admin appears in A's log");
        assert.ok(bLog.body.includes(clients.adminB.user!.email));
      });

      test("admin of A cannot take over the account of a member of B", async () => {
        const { orgA, orgB, clients } = cast;
        const victim = (await makeUser(deps, { role: "contributor", orgSlug: orgB.slug })).user;
        // Adding an existing account is for site administrators only.
        const join = await send(app, clients.adminA, "POST", `/orgs/${orgA.slug}/members`, {
          email: victim.email,
          displayName: "Anyone",
          role: "viewer",
        });
        assert.equal(join.status, 400);
        assert.match(join.body, /already has a Blueprint account/);
        assert.equal((await deps.repos.accounts.membershipsOfUser(victim.id)).length, 1, "not added to A");
        // Even when a site administrator has put them in both, A's admin cannot issue their reset link.
        await deps.accounts.addMember(
          clients.superadmin.user,
          orgA,
          { email: victim.email, displayName: "", role: "viewer" },
          ctx(),
        );
        const reset = await send(app, clients.adminA, "POST", `/orgs/${orgA.slug}/members/${victim.id}/reset`);
        assert.equal(reset.status, 403);
        assert.doesNotMatch(reset.body, /set-password\?token=/);
        const bReset = await send(app, clients.adminB, "POST", `/orgs/${orgB.slug}/members/${victim.id}/reset`);
        assert.equal(bReset.status, 403, "B's admin neither: the person is in two organisations");
        const site = await send(app, clients.superadmin, "POST", `/orgs/${orgA.slug}/members/${victim.id}/reset`);
        assert.equal(site.status, 200);
        assert.match(site.body, /set-password\?token=/);
      });
    });

    describe("two-factor", () => {
      for (const role of ["reviewer", "admin"] as const)
        test(`a ${role} of A without two-factor must enrol before anything else`, async () => {
          const { user } = await makeUser(deps, { role, orgSlug: cast.orgA.slug });
          await deps.auth.resetTotp(user, PASSWORD, ctx());
          const client = await clientFor(deps, (await deps.repos.accounts.getUser(user.id))!);
          const A = cast.orgA.slug;
          for (const path of [`/orgs/${A}`, `/orgs/${A}/audit`, "/account"]) {
            const a = await send(app, client, "GET", path);
            assert.deepEqual([a.status, a.location], [303, "/account/two-factor?required=1"], path);
          }
          const email = `unenrolled-${role}-adds@example.org`;
          const post = await send(app, client, "POST", `/orgs/${A}/members`, { email, displayName: "X", role: "viewer" });
          assert.deepEqual([post.status, post.location], [303, "/account/two-factor?required=1"]);
          assert.equal(await deps.repos.accounts.getUserByEmail(email), undefined);
          assert.equal((await send(app, client, "GET", "/account/two-factor")).status, 200);
        });

      test("a session between password and code is signed out", async () => {
        const { user } = await makeUser(deps, { role: "reviewer", orgSlug: cast.orgA.slug });
        const half = await deps.auth.signIn(user.email, PASSWORD, { ...ctx(), ipPrefix: "198.51.100.0/24" });
        assert.ok(half.needsTwoFactor);
        const cookie = `${cookieName(deps.https, "session")}=${half.sessionToken}`;
        const path = `/orgs/${cast.orgA.slug}`;
        const res = await app.request(path, { headers: { Cookie: cookie } });
        assert.equal(res.status, 303);
        assert.equal(res.headers.get("Location"), `/sign-in?next=${encodeURIComponent(path)}`);
      });
    });
  });
