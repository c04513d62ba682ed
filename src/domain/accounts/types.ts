/** Organisations, users and their roles. */

export const ORGANISATION_TYPES = [
  "civil_society",
  "government_body",
  "nhri",
  "un_entity",
  "research_institute",
  "other",
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  civil_society: "Civil-society organisation",
  government_body: "Government body",
  nhri: "National human rights institution",
  un_entity: "UN entity",
  research_institute: "Research institute",
  other: "Other",
};

/** Roles within one organisation, from least to most privileged. */
export const ROLES = ["viewer", "contributor", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const roleRank = (r: Role) => ROLES.indexOf(r);

export interface Organisation {
  id: string;
  slug: string;
  name: string;
  type: OrganisationType;
  /** Required for a government body: the country it speaks for. */
  countryIso3: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string | null;
  isSuperadmin: boolean;
  /** Encrypted TOTP secret; null until two-factor is enrolled. */
  totpSecret: string | null;
  totpEnabledAt: string | null;
  createdAt: string;
  updatedAt: string;
  disabledAt: string | null;
}

export interface Membership {
  userId: string;
  organisationId: string;
  role: Role;
  createdAt: string;
}

/** Who is acting: everything the policy module needs to decide. */
export interface Actor {
  user: User | null;
  memberships: Membership[];
}

export const ANONYMOUS: Actor = { user: null, memberships: [] };
