import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Hono } from "hono";
import type { Actor, User } from "../../domain/accounts/types";
import type { Session } from "../../domain/auth/types";
import type { AppEnv } from "../env";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const USER: User = {
  id: "u1",
  email: "ana@example.org",
  displayName: "Ana",
  passwordHash: null,
  isSuperadmin: false,
  totpSecret: null,
  totpEnabledAt: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  disabledAt: null,
};

const SESSION: Session = {
  idHash: "0".repeat(64),
  userId: "u1",
  stage: "two_factor",
  createdAt: "2026-01-01T00:00:00.000Z",
  lastSeenAt: "2026-01-01T00:00:00.000Z",
  expiresAt: "2026-01-02T00:00:00.000Z",
  ipPrefix: "127.0.0.1",
  userAgent: "test",
  revokedAt: null,
};

function app(options?: { https: boolean }) {
  const a = new Hono<AppEnv>();
  a.use("*", options ? securityHeaders(options) : securityHeaders());
  a.get("/public", (c) => {
    c.header("Cache-Control", "public, max-age=300");
    c.header("ETag", '"abc"');
    return c.text("hello");
  });
  a.get("/own-csp", (c) => {
    c.header("Content-Security-Policy", "default-src 'self'");
    return c.text("docs");
  });
  a.get("/signed-in", (c) => {
    c.set("actor", { user: USER, memberships: [] } satisfies Actor);
    c.header("Cache-Control", "public, max-age=300");
    c.header("ETag", '"abc"');
    return c.text("private");
  });
  a.get("/static/app.abc.css", (c) => {
    c.set("actor", { user: USER, memberships: [] } satisfies Actor);
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    c.header("ETag", '"abc"');
    return c.text("body{}");
  });
  a.get("/immutable-elsewhere", (c) => {
    c.set("actor", { user: USER, memberships: [] } satisfies Actor);
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    return c.text("private");
  });
  a.get("/two-factor", (c) => {
    c.set("actor", { user: null, memberships: [] });
    c.set("session", SESSION);
    c.header("ETag", '"abc"');
    return c.text("enter your code");
  });
  a.get("/anonymous", (c) => {
    c.set("actor", { user: null, memberships: [] });
    c.set("session", null);
    c.header("ETag", '"abc"');
    return c.text("hello");
  });
  a.get("/boom", () => {
    throw new Error("boom");
  });
  a.onError((_err, c) => c.text("error", 500));
  return a;
}

describe("security headers", () => {
  test("every baseline header, and a strict CSP: scripts and workers from this site only, nothing inline", async () => {
    const res = await app().request("/public");
    const csp = res.headers.get("Content-Security-Policy") ?? "";
    assert.equal(csp, contentSecurityPolicy());
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "worker-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "form-action 'self'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "object-src 'none'",
    ])
      assert.ok(csp.split("; ").includes(directive), `CSP lacks ${directive}: ${csp}`);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|nonce-|sha\d+-|strict-dynamic|\*/);
    // Every fetch directive is 'self' at most: no other origin, no data: or blob: scripts.
    for (const d of csp.split("; ").filter((d) => /^(script|worker)-src/.test(d)))
      assert.equal(d.split(" ").slice(1).join(" "), "'self'");
    assert.equal(res.headers.get("Referrer-Policy"), "no-referrer");
    assert.equal(res.headers.get("X-Content-Type-Options"), "nosniff");
    assert.equal(res.headers.get("X-Frame-Options"), "DENY");
    assert.equal(res.headers.get("Cross-Origin-Opener-Policy"), "same-origin");
    assert.equal(res.headers.get("Cross-Origin-Resource-Policy"), "same-origin");
    const permissions = res.headers.get("Permissions-Policy") ?? "";
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
      assert.ok(permissions.split(", ").includes(`${feature}=()`), `${feature} not denied: ${permissions}`);
  });

  test("Strict-Transport-Security only when the public origin is https", async () => {
    assert.equal((await app().request("/public")).headers.get("Strict-Transport-Security"), null);
    assert.equal((await app({ https: false }).request("/public")).headers.get("Strict-Transport-Security"), null);
    assert.equal(
      (await app({ https: true }).request("/public")).headers.get("Strict-Transport-Security"),
      "max-age=31536000; includeSubDomains",
    );
  });

  test("a route that sets its own CSP keeps it, and still gets the other headers", async () => {
    const res = await app().request("/own-csp");
    assert.equal(res.headers.get("Content-Security-Policy"), "default-src 'self'");
    assert.equal(res.headers.get("X-Frame-Options"), "DENY");
  });

  test("the same policy on every response: nothing in it differs per response, so public pages keep their ETags", async () => {
    const a = app();
    const [r1, r2] = [await a.request("/public"), await a.request("/anonymous")];
    assert.equal(r1.headers.get("Content-Security-Policy"), r2.headers.get("Content-Security-Policy"));
  });

  test("error responses carry the headers too", async () => {
    const res = await app().request("/boom");
    assert.equal(res.status, 500);
    assert.equal(res.headers.get("Content-Security-Policy"), contentSecurityPolicy());
    assert.equal(res.headers.get("X-Content-Type-Options"), "nosniff");
  });

  test("responses to a signed-in user are no-store without an ETag", async () => {
    const res = await app().request("/signed-in");
    assert.equal(res.headers.get("Cache-Control"), "no-store");
    assert.equal(res.headers.get("ETag"), null);
  });

  test("content-hashed static files stay cacheable for signed-in people; immutable elsewhere does not count", async () => {
    const css = await app().request("/static/app.abc.css");
    assert.equal(css.headers.get("Cache-Control"), "public, max-age=31536000, immutable");
    assert.equal(css.headers.get("ETag"), '"abc"');
    const elsewhere = await app().request("/immutable-elsewhere");
    assert.equal(elsewhere.headers.get("Cache-Control"), "no-store");
  });

  test("a session waiting for two-factor counts as signed in", async () => {
    const res = await app().request("/two-factor");
    assert.equal(res.headers.get("Cache-Control"), "no-store");
    assert.equal(res.headers.get("ETag"), null);
  });

  test("public and anonymous responses keep their Cache-Control and ETag", async () => {
    const res = await app().request("/public");
    assert.equal(res.headers.get("Cache-Control"), "public, max-age=300");
    assert.equal(res.headers.get("ETag"), '"abc"');
    const anonymous = await app().request("/anonymous");
    assert.equal(anonymous.headers.get("Cache-Control"), null);
    assert.equal(anonymous.headers.get("ETag"), '"abc"');
  });
});
