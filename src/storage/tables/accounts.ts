/**
 * Table types of organisations, people and signing in: users, memberships,
 * recovery codes, sessions, one-time tokens, API tokens and rate-limit
 * counters. Secrets are stored only as hashes or sealed; booleans are
 * integers (0/1) (see database.ts).
 */
export interface OrganisationsTable {
  id: string;
  slug: string;
  name: string;
  type: string;
  country_iso3: string | null;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  is_superadmin: number;
  /** TOTP secret, encrypted (see domain/auth/field-crypto). */
  totp_secret: string | null;
  totp_enabled_at: string | null;
  /** The last 30-second step whose code was accepted: a code works once. */
  totp_last_step: number | null;
  created_at: string;
  updated_at: string;
  disabled_at: string | null;
}

export interface MembershipsTable {
  user_id: string;
  organisation_id: string;
  role: string;
  created_at: string;
}

export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the session token; the token itself is only in the cookie. */
  id_hash: string;
  user_id: string;
  /** "two_factor" after the password, "full" once signed in. */
  stage: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip_prefix: string;
  user_agent: string;
  revoked_at: string | null;
}

export interface AuthTokensTable {
  token_hash: string;
  purpose: string;
  user_id: string | null;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  organisation_id: string;
  name: string;
  /** "read" or "read-write". */
  scope: string;
  /** SHA-256 of the secret; the secret itself is shown once and never stored. */
  token_hash: string;
  hint: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** Who revoked it: the owner, or an administrator of its organisation. */
  revoked_by: string | null;
}

export interface RateLimitsTable {
  key: string;
  count: number;
  window_started_at: string;
}
