import assert from "node:assert/strict";
import { test } from "node:test";
import type { Actor, Role, User } from "./accounts/types";
import { ANONYMOUS } from "./accounts/types";
import { can, POLICIES, type Policy } from "./policy";

const user = (isSuperadmin = false): User => ({
  id: "u",
  email: "u@example.org",
  displayName: "U",
  passwordHash: "x",
  isSuperadmin,
  totpSecret: null,
  totpEnabledAt: null,
  createdAt: "",
  updatedAt: "",
  disabledAt: null,
});
const member = (role: Role, organisationId = "org-a"): Actor => ({
  user: user(),
  memberships: [{ userId: "u", organisationId, role, createdAt: "" }],
});
const orgA = { id: "org-a" };

test("the matrix of roles and policies, with object-level checks", () => {
  const actors: Record<string, Actor> = {
    anonymous: ANONYMOUS,
    viewer: member("viewer"),
    contributor: member("contributor"),
    reviewer: member("reviewer"),
    admin: member("admin"),
    "admin of another organisation": member("admin", "org-b"),
    superadmin: { user: user(true), memberships: [] },
  };
  const expected: Record<Policy, string[]> = {
    "public.read": Object.keys(actors),
    "account.sign_in": Object.keys(actors),
    "account.self": ["viewer", "contributor", "reviewer", "admin", "admin of another organisation", "superadmin"],
    "site.admin": ["superadmin"],
    "organisation.read": ["viewer", "contributor", "reviewer", "admin", "superadmin"],
    "organisation.manage": ["admin", "superadmin"],
    "organisation.audit": ["admin", "superadmin"],
    // Assessments are an organisation's own judgement: site administrators do not write or publish them.
    "assessment.edit": ["contributor", "reviewer", "admin"],
    "assessment.review": ["reviewer", "admin"],
    // Report drafts are the organisation's own writing: members only, not site administrators.
    "organisation.report.read": ["viewer", "contributor", "reviewer", "admin"],
    "report.edit": ["contributor", "reviewer", "admin"],
    // Framework translations are site-wide; an organisation's records are translated by its own people.
    "framework.translate": ["superadmin"],
    "content.translate": ["contributor", "reviewer", "admin"],
  };
  for (const policy of Object.keys(POLICIES) as Policy[]) {
    const allowed = Object.entries(actors)
      .filter(([, a]) => can(a, policy, orgA))
      .map(([n]) => n);
    assert.deepEqual(allowed, expected[policy], policy);
  }
});

test("organisation policies deny without an organisation", () => {
  assert.equal(can(member("admin"), "organisation.manage"), false);
});
