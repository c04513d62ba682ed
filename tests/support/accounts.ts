/**
 * Real accounts for HTTP tests, made through the same services the pages use:
 * an organisation, a person with a role, a password, two-factor when the role
 * needs it, and a signed-in session (cookie + CSRF token) to send requests with.
 */
import type { Role, User } from "../../src/domain/accounts/types";
import type { RequestContext } from "../../src/domain/auth/auth-service";
import { requiresTwoFactor } from "../../src/domain/auth/settings";
import { cookieName } from "../../src/web/auth/cookies";
import { csrfTokenFor } from "../../src/web/auth/csrf";
import type { WebDeps } from "../../src/web/deps";

export const PASSWORD = "correct horse battery staple";
let counter = 0;

export const ctx = (now = new Date()): RequestContext => ({ ipPrefix: "192.0.2.0/24", userAgent: "test", now });

export interface SignedInClient {
  user: User;
  cookie: string;
  csrf: string;
  /** Headers for a same-origin browser request with this session. */
  headers(extra?: Record<string, string>): Record<string, string>;
  /** A form body with the CSRF token and the given fields. */
  form(fields?: Record<string, string>): URLSearchParams;
}

export async function makeOrganisation(deps: WebDeps, slug: string, type = "civil_society", countryIso3?: string) {
  return deps.accounts.createOrganisation(
    null,
    { name: `Org ${slug}`, slug, type, ...(countryIso3 ? { countryIso3 } : {}) },
    ctx(),
  );
}

/** A person with a password (and two-factor when the role needs it), not signed in. */
export async function makeUser(
  deps: WebDeps,
  opts: { role?: Role; orgSlug?: string; superadmin?: boolean; email?: string } = {},
) {
  const email = opts.email ?? `person${++counter}-${Date.now()}@example.org`;
  let user: User;
  if (opts.superadmin) {
    user = await deps.repos.accounts.createUser(
      {
        id: deps.crypto.newId(),
        email,
        displayName: "Super",
        isSuperadmin: true,
        passwordHash: await deps.crypto.hashPassword(PASSWORD),
      },
      new Date().toISOString(),
    );
  } else {
    const org = await deps.accounts.organisationBySlug(opts.orgSlug ?? "");
    const added = await deps.accounts.addMember(
      null,
      org,
      { email, displayName: `Person ${counter}`, role: opts.role ?? "viewer" },
      ctx(),
    );
    user = added.user;
    await deps.repos.accounts.updateUser(
      user.id,
      { passwordHash: await deps.crypto.hashPassword(PASSWORD) },
      new Date().toISOString(),
    );
  }
  user = (await deps.repos.accounts.getUser(user.id)) as User;
  const roles = (await deps.repos.accounts.membershipsOfUser(user.id)).map((m) => m.role);
  let secret: string | undefined;
  if (requiresTwoFactor(user, roles)) {
    secret = (await deps.auth.beginTotp(user, new Date())).secret;
    user = (await deps.repos.accounts.getUser(user.id)) as User;
    await deps.auth.confirmTotp(user, deps.crypto.totp.generate(secret, new Date()), ctx());
    user = (await deps.repos.accounts.getUser(user.id)) as User;
  }
  return { user, secret };
}

/** Signs a person in through the services and returns a client for app.request(). */
export async function signIn(deps: WebDeps, email: string, secret?: string): Promise<SignedInClient> {
  // Each test sign-in from its own network, so that the per-address limit never trips by accident.
  const from = { ...ctx(), ipPrefix: `10.${(counter >> 8) & 255}.${++counter & 255}.0/24` };
  let signed = await deps.auth.signIn(email, PASSWORD, from);
  if (signed.needsTwoFactor) {
    if (!secret) throw new Error("two-factor needed");
    signed = {
      ...(await deps.auth.completeTwoFactor(signed.session, nextCode(deps, secret, from.now), from)),
      needsTwoFactor: false,
    };
  }
  const cookie = `${cookieName(deps.https, "session")}=${signed.sessionToken}`;
  const csrf = csrfTokenFor(deps, signed.session.idHash);
  return {
    user: signed.user,
    cookie,
    csrf,
    headers: (extra = {}) => ({ Cookie: cookie, Origin: deps.config.publicOrigin, "Sec-Fetch-Site": "same-origin", ...extra }),
    form: (fields = {}) => new URLSearchParams({ _csrf: csrf, ...fields }),
  };
}

/**
 * A valid code that was not used yet: enrolment used the current 30-second step,
 * and a code works once, so sign-in uses the next step (accepted: window ±1).
 * The step is counted from `checkedAt`, the time the server will check the code
 * against; counting from a later clock could skip two steps across a boundary.
 */
export function nextCode(deps: WebDeps, secret: string, checkedAt = new Date()): string {
  return deps.crypto.totp.generate(secret, new Date(checkedAt.getTime() + 30_000));
}

export async function signedInAs(deps: WebDeps, opts: Parameters<typeof makeUser>[1]): Promise<SignedInClient> {
  const { user, secret } = await makeUser(deps, opts);
  return signIn(deps, user.email, secret);
}
