/**
 * Deny by default: every route of the real app carries a guard from
 * `requires(policy)` (src/web/auth/guard.ts) that names a policy of the policy
 * module and runs before the route's handler. A route without one fails here,
 * with the list of every unguarded route in the message.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Hono } from "hono";
import { POLICIES } from "../../src/domain/policy";
import { requires } from "../../src/web/auth/guard";
import { seededApp, testDatabases } from "../support/databases";

interface RouteEntry {
  method: string;
  path: string;
  handler: unknown;
}

/** Hono wraps a mounted sub-app's handler when the sub-app has its own onError; the original sits here. */
const COMPOSED_HANDLER = "__COMPOSED_HANDLER";

type Tagged = { policy?: unknown; [COMPOSED_HANDLER]?: unknown } | null | undefined;

function policyOf(handler: unknown): string | undefined {
  let h = handler as Tagged;
  while (h && h.policy === undefined && h[COMPOSED_HANDLER]) h = h[COMPOSED_HANDLER] as Tagged;
  return typeof h?.policy === "string" ? h.policy : undefined;
}

/**
 * Middleware added with `app.use` is registered as method "ALL", usually on a
 * wildcard path. An "ALL" entry on an exact path is `app.all(path, handler)`: a
 * route like any other, so it needs a guard too.
 */
const isMiddleware = (r: RouteEntry) => r.method === "ALL" && r.path.endsWith("*");

interface RouteGroup {
  method: string;
  path: string;
  policies: string[];
  problem?: string;
}

/** Groups a route table by (method, path) and says, for each group, whether a valid guard runs before the handler. */
function routeGroups(routes: readonly RouteEntry[]): RouteGroup[] {
  const groups = new Map<string, RouteEntry[]>();
  for (const r of routes) {
    if (isMiddleware(r)) continue;
    const key = `${r.method} ${r.path}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((entries) => {
    const { method, path } = entries[0]!;
    const named = entries.map((e) => policyOf(e.handler));
    const policies = named.filter((p): p is string => p !== undefined);
    const unknown = policies.filter((p) => !Object.hasOwn(POLICIES, p));
    // Handlers run in registration order, so the guard must come before the last (the route's own handler).
    const firstGuard = named.findIndex((p) => p !== undefined && Object.hasOwn(POLICIES, p));
    let problem: string | undefined;
    if (policies.length === 0) problem = "no guard";
    else if (unknown.length > 0) problem = `unknown policy ${unknown.join(", ")}`;
    else if (firstGuard === entries.length - 1) problem = "guard runs after the handler";
    return { method, path, policies, problem };
  });
}

function unguardedRoutes(routes: readonly RouteEntry[]): string[] {
  return routeGroups(routes)
    .filter((g) => g.problem)
    .map((g) => `${g.method} ${g.path} (${g.problem})`);
}

describe("route table: deny by default", () => {
  const database = testDatabases()[0];
  let routes: RouteEntry[] = [];
  let cleanup = async () => {};

  before(async () => {
    assert.ok(database, "no test database configured");
    const { app, storage } = await seededApp(database);
    routes = app.routes;
    cleanup = storage.cleanup;
  });
  after(() => cleanup());

  test("every route names a policy of the policy module, checked before its handler", () => {
    const unguarded = unguardedRoutes(routes);
    assert.deepEqual(unguarded, [], `routes without a valid guard:\n  ${unguarded.join("\n  ")}`);
  });

  test("the table is the real one, not an empty or partial list", () => {
    const groups = routeGroups(routes);
    assert.ok(groups.length > 40, `only ${groups.length} routes found`);
    const keys = new Set(groups.map((g) => `${g.method} ${g.path}`));
    for (const expected of [
      "GET /healthz",
      "GET /",
      "GET /api/v1/commitments",
      "GET /api/docs",
      "GET /developers",
      "GET /account",
      "POST /account/password",
      "GET /admin",
      "POST /admin/organisations",
      "GET /orgs/:slug",
      "POST /orgs/:slug/members/:userId/role",
      "GET /orgs/:slug/audit",
      "POST /account/tokens",
      "POST /account/tokens/revoke",
      "POST /api/v1/orgs/:slug/evidence",
      "PUT /api/v1/orgs/:slug/assessments/:country/:cycle/:item",
      "POST /api/v1/orgs/:slug/assessments/:country/:cycle/:item/publish",
    ])
      assert.ok(keys.has(expected), `${expected} is missing from the route table`);
  });

  test("account, site-admin and organisation routes use the policies of their area", () => {
    // An organisation route guarded by anything but organisation.* would skip the object-level check.
    const AREAS: [RegExp, RegExp][] = [
      [/^\/orgs\//, /^organisation\./],
      [/^\/api\/v1\/orgs\//, /^organisation\./],
      [/^\/admin(\/|$)/, /^site\.admin$/],
      [/^\/account(\/|$)/, /^account\.self$/],
    ];
    const wrong = routeGroups(routes).flatMap((g) => {
      const area = AREAS.find(([prefix]) => prefix.test(g.path));
      return area && !g.policies.every((p) => area[1].test(p)) ? [`${g.method} ${g.path}: ${g.policies.join(", ")}`] : [];
    });
    assert.deepEqual(wrong, [], `routes guarded by another area's policy:\n  ${wrong.join("\n  ")}`);
  });

  test("self-check: the same function finds unguarded, misplaced and made-up guards", () => {
    const app = new Hono();
    const ok = (c: { text(s: string): Response }) => c.text("ok");
    const fake = Object.assign(async (_c: unknown, next: () => Promise<void>) => next(), { policy: "everyone.everything" });
    app.use("*", async (_c, next) => next());
    app.get("/guarded", requires("public.read"), ok);
    app.get("/open", ok);
    app.post("/late", ok, requires("public.read"));
    app.get("/made-up", fake, ok);
    app.all("/anything", ok);
    const sub = new Hono();
    sub.onError((_e, c) => c.text("error", 500));
    sub.get("/inside", requires("public.read"), ok);
    sub.get("/inside-open", ok);
    app.route("/sub", sub);

    assert.deepEqual(unguardedRoutes(app.routes), [
      "GET /open (no guard)",
      "POST /late (guard runs after the handler)",
      "GET /made-up (unknown policy everyone.everything)",
      "ALL /anything (no guard)",
      "GET /sub/inside-open (no guard)",
    ]);
  });
});
