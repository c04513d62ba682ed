/**
 * The cast of the authorisation suite: two organisations (A and B), a signed-out
 * browser and six signed-in people, all made through the real services, plus a
 * way to send each of them through the app as a browser would.
 */
import assert from "node:assert/strict";
import type { Hono } from "hono";
import type { Organisation, User } from "../../src/domain/accounts/types";
import { cookieName } from "../../src/web/auth/cookies";
import type { WebDeps } from "../../src/web/deps";
import type { AppEnv } from "../../src/web/env";
import { ctx, makeOrganisation, makeUser, PASSWORD, signIn } from "./accounts";

/** Column order of the matrix in tests/http/authorisation.test.ts. */
export const ACTORS = ["anonymous", "viewer", "contributor", "reviewer", "adminA", "adminB", "superadmin"] as const;
export type ActorName = (typeof ACTORS)[number];

export interface Client {
  user: User | null;
  /** The session token (signed-in clients). */
  token?: string;
  headers(extra?: Record<string, string>): Record<string, string>;
  form(fields?: Record<string, string>): URLSearchParams;
}

export interface Cast {
  orgA: Organisation;
  orgB: Organisation;
  clients: Record<ActorName, Client>;
  /** A viewer of A who is never signed in: the object of role changes and resets. */
  target: User;
  /** A viewer of B only. */
  memberOfB: User;
  /** Every member's email address, to look for in responses that must not show them. */
  emails: string[];
}

export interface Answer {
  status: number;
  location: string | null;
  body: string;
}

export type App = Hono<AppEnv>;

/**
 * A signed-out browser that has been shown a form: it holds the CSRF cookie
 * and token, so that CSRF is not what refuses its posts.
 */
export async function anonymousClient(app: App, deps: WebDeps): Promise<Client> {
  const res = await app.request("/sign-in");
  const name = cookieName(deps.https, "csrf");
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith(`${name}=`));
  const token = /name="_csrf" value="([^"]+)"/.exec(await res.text())?.[1];
  if (!cookie || !token) throw new Error("the sign-in page set no CSRF cookie or gave no token");
  return {
    user: null,
    headers: (extra = {}) => ({ Cookie: cookie, Origin: deps.config.publicOrigin, "Sec-Fetch-Site": "same-origin", ...extra }),
    form: (fields = {}) => new URLSearchParams({ _csrf: token, ...fields }),
  };
}

/** Signs a person in and returns a client that also knows its session token. */
export async function clientFor(deps: WebDeps, user: User, secret?: string): Promise<Client> {
  const signed = await signIn(deps, user.email, secret);
  return { ...signed, token: signed.cookie.slice(signed.cookie.indexOf("=") + 1) };
}

export async function makeCast(app: App, deps: WebDeps): Promise<Cast> {
  const orgA = await makeOrganisation(deps, "org-a");
  const orgB = await makeOrganisation(deps, "org-b");
  const person = async (opts: Parameters<typeof makeUser>[1]) => {
    const { user, secret } = await makeUser(deps, opts);
    return clientFor(deps, user, secret);
  };
  const clients: Record<ActorName, Client> = {
    anonymous: await anonymousClient(app, deps),
    viewer: await person({ role: "viewer", orgSlug: orgA.slug }),
    contributor: await person({ role: "contributor", orgSlug: orgA.slug }),
    reviewer: await person({ role: "reviewer", orgSlug: orgA.slug }),
    adminA: await person({ role: "admin", orgSlug: orgA.slug }),
    adminB: await person({ role: "admin", orgSlug: orgB.slug }),
    superadmin: await person({ superadmin: true }),
  };
  const target = (await makeUser(deps, { role: "viewer", orgSlug: orgA.slug })).user;
  const memberOfB = (await makeUser(deps, { role: "viewer", orgSlug: orgB.slug })).user;
  const emails = [...Object.values(clients).flatMap((c) => (c.user ? [c.user.email] : [])), target.email, memberOfB.email];
  return { orgA, orgB, clients, target, memberOfB, emails };
}

/** A same-origin request as the client; posts carry its CSRF token. */
export async function send(app: App, client: Client, method: string, path: string, fields?: Record<string, string>) {
  const init =
    method === "GET" ? { headers: client.headers() } : { method, headers: client.headers(), body: client.form(fields) };
  const res = await app.request(path, init);
  return { status: res.status, location: res.headers.get("Location"), body: await res.text() } satisfies Answer;
}

/** The role a user has in an organisation, or null. */
export async function roleOf(deps: WebDeps, userId: string, organisationId: string) {
  return (await deps.repos.accounts.membershipsOfUser(userId)).find((m) => m.organisationId === organisationId)?.role ?? null;
}

/* What the matrix's posts send, and what each must have done (or, refused, not done). */

export const NEW_PASSWORD = "a brand new passphrase for the matrix";
export const LINK = "/set-password?token=";

export interface Cell {
  app: App;
  deps: WebDeps;
  cast: Cast;
  actor: ActorName;
  client: Client;
  allowed: boolean;
  org: string;
}
export type Effect = (cell: Cell) => Promise<{ fields?: Record<string, string>; verify?: (a: Answer) => Promise<void> }>;

export const resetsOf = async (deps: WebDeps, userId: string) =>
  (await deps.repos.audit.list({ entityId: userId, actions: ["user.password_reset_issued"] }, { page: 1, perPage: 1 })).total;

/** Bodies for the posts, and a check that each did what it says (or, refused, changed nothing). Keyed with {org}. */
export const EFFECTS: Record<string, Effect> = {
  "POST /account/sessions/end": async ({ deps, actor, client }) => {
    if (!client.user) return { fields: { session: "none" } };
    // Another session of the same person; for two-factor users one waiting for its code (a code works once).
    const from = { ...ctx(), ipPrefix: `203.0.${ACTORS.indexOf(actor)}.0/24` };
    const other = (await deps.auth.signIn(client.user.email, PASSWORD, from)).session.idHash;
    const active = async () =>
      (await deps.repos.sessions.listActiveForUser(client.user!.id, new Date().toISOString())).map((s) => s.idHash);
    assert.ok((await active()).includes(other));
    return {
      fields: { session: other },
      verify: async (a) => {
        assert.equal(a.location, "/account?done=session");
        const now = await active();
        assert.ok(!now.includes(other), "the other session is still active");
        assert.ok(now.includes(deps.crypto.sha256(client.token!)), "the current session ended too");
      },
    };
  },
  "POST /account/two-factor": async ({ deps, client }) => {
    if (!client.user) return { fields: { code: "000000" } };
    const user = (await deps.repos.accounts.getUser(client.user.id))!;
    const pending = user.totpEnabledAt ? null : (deps.auth.pendingTotp(user) ?? (await deps.auth.beginTotp(user, new Date())));
    return {
      fields: { code: pending ? deps.crypto.totp.generate(pending.secret, new Date()) : "000000" },
      verify: async (a) => {
        const now = (await deps.repos.accounts.getUser(user.id))!;
        if (a.status !== 200) return assert.equal(now.totpEnabledAt, user.totpEnabledAt);
        assert.ok(now.totpEnabledAt, "two-factor is not on");
        assert.match(a.body, /[a-z0-9]{5}-[a-z0-9]{5}/, "no recovery codes shown");
      },
    };
  },
  "POST /account/two-factor/reset": async ({ deps, client }) => {
    const was = client.user && (await deps.repos.accounts.getUser(client.user.id))?.totpEnabledAt;
    return {
      fields: { password: "not the password at all" },
      verify: async () => {
        if (client.user) assert.equal((await deps.repos.accounts.getUser(client.user.id))?.totpEnabledAt, was);
      },
    };
  },
  "POST /account/password": async ({ app, deps, client }) => ({
    fields: { current: PASSWORD, password: NEW_PASSWORD, confirm: NEW_PASSWORD },
    verify: async (a) => {
      if (!client.user) return;
      assert.equal(a.location, "/account?done=password");
      const hash = (await deps.repos.accounts.getUser(client.user.id))!.passwordHash!;
      assert.ok(await deps.crypto.verifyPassword(hash, NEW_PASSWORD), "the password did not change");
      assert.equal((await send(app, client, "GET", "/account")).status, 200, "the current session ended");
    },
  }),
  "POST /admin/organisations": async ({ deps, actor, allowed }) => {
    const slug = `made-by-${actor.toLowerCase()}`;
    return {
      fields: { name: `Made by ${actor}`, slug, type: "civil_society" },
      verify: async (a) => {
        const made = await deps.repos.accounts.getOrganisationBySlug(slug);
        assert.equal(Boolean(made), allowed, `organisation ${slug} ${allowed ? "not created" : "created"}`);
        if (allowed) assert.equal(a.location, `/orgs/${slug}`);
      },
    };
  },
  "POST /orgs/{org}/members": async ({ deps, cast, actor, allowed, org }) => {
    const email = `added-to-${org}-by-${actor.toLowerCase()}@example.org`;
    return {
      fields: { email, displayName: "Added Person", role: "viewer" },
      verify: async (a) => {
        const user = await deps.repos.accounts.getUserByEmail(email);
        assert.equal(Boolean(user), allowed, `${email} ${allowed ? "not added" : "added"}`);
        if (!allowed) return;
        assert.equal(await roleOf(deps, user!.id, cast.orgA.id), "viewer");
        assert.ok(a.body.includes(LINK), "no set-password link for the new person");
      },
    };
  },
  "POST /orgs/{org}/members/{target}/role": async ({ deps, cast, allowed }) => {
    const was = await roleOf(deps, cast.target.id, cast.orgA.id);
    // Allowed: a real change (viewer ⇄ contributor). Refused: an attempt to make the target admin.
    const role = allowed ? (was === "viewer" ? "contributor" : "viewer") : "admin";
    return {
      fields: { role },
      verify: async (a) => {
        assert.equal(await roleOf(deps, cast.target.id, cast.orgA.id), allowed ? role : was);
        if (allowed) assert.equal(a.location, `/orgs/${cast.orgA.slug}`);
      },
    };
  },
  "POST /orgs/{org}/members/{target}/reset": async ({ deps, cast, allowed }) => {
    const resets = await resetsOf(deps, cast.target.id);
    return {
      verify: async (a) => {
        assert.equal(await resetsOf(deps, cast.target.id), resets + (allowed ? 1 : 0), "reset links issued");
        assert.equal(a.body.includes(LINK), allowed);
        if (allowed) assert.ok(a.body.includes(cast.target.email));
      },
    };
  },
};
