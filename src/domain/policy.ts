/**
 * The one place that decides who may do what. Routes name a policy; object-level
 * checks pass the organisation the request is about. Deny by default.
 */
import type { Actor, Organisation, Role } from "./accounts/types";
import { roleRank } from "./accounts/types";

export const POLICIES = {
  /** Published, public material: everyone. */
  "public.read": "anyone",
  /** Signing in, first-start setup, setting a password from a link: anyone (the link or the password is the check). */
  "account.sign_in": "anyone",
  /** One's own account: any signed-in user. */
  "account.self": "signed-in",
  /** Every organisation, user and the whole audit log: superadmins. */
  "site.admin": "superadmin",
  /** An organisation's page and members: its members (any role) and superadmins. */
  "organisation.read": "member",
  /** Add people, change roles, issue reset links: the organisation's admins and superadmins. */
  "organisation.manage": "org-admin",
  /** The organisation's audit log: its admins and superadmins. */
  "organisation.audit": "org-admin",
  /** Draft and edit the organisation's assessments and evidence: contributors and up. */
  "assessment.edit": "org-contributor",
  /** Review, return and publish the organisation's assessments: reviewers and up. */
  "assessment.review": "org-reviewer",
  /** An organisation's shadow report drafts: its members only (site administrators who are not members do not see them). */
  "organisation.report.read": "org-member",
  /** Create report drafts and save new versions: contributors and up. */
  "report.edit": "org-contributor",
  /** Translate framework items and the evidence that comes with packs: superadmins. */
  "framework.translate": "superadmin",
  /** Translate the organisation's evidence and published assessments: contributors and up. */
  "content.translate": "org-contributor",
} as const;

export type Policy = keyof typeof POLICIES;

export function roleIn(actor: Actor, organisationId: string): Role | null {
  return actor.memberships.find((m) => m.organisationId === organisationId)?.role ?? null;
}

export function can(actor: Actor, policy: Policy, organisation?: Pick<Organisation, "id">): boolean {
  const user = actor.user;
  switch (POLICIES[policy]) {
    case "anyone":
      return true;
    case "signed-in":
      return user !== null;
    case "superadmin":
      return user?.isSuperadmin === true;
    case "member": {
      if (!user || !organisation) return false;
      return user.isSuperadmin || roleIn(actor, organisation.id) !== null;
    }
    case "org-member":
      return user !== null && organisation !== undefined && roleIn(actor, organisation.id) !== null;
    case "org-contributor":
    case "org-reviewer": {
      if (!user || !organisation) return false;
      const role = roleIn(actor, organisation.id);
      const needed = POLICIES[policy] === "org-contributor" ? "contributor" : "reviewer";
      return role !== null && roleRank(role) >= roleRank(needed);
    }
    case "org-admin": {
      if (!user || !organisation) return false;
      const role = roleIn(actor, organisation.id);
      return user.isSuperadmin || (role !== null && roleRank(role) >= roleRank("admin"));
    }
    default:
      return false;
  }
}
