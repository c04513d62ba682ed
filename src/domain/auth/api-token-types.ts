/** Personal API tokens: a person's key to the API for one organisation, read or read-write, until it expires. */
import { DomainError } from "../errors";

export const API_TOKEN_SCOPES = ["read", "read-write"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** Every secret starts with this, so that it is recognisable in logs, code and secret scanners. */
export const API_TOKEN_PREFIX = "bp_";
/** The prefix and 32 random bytes in base64url (43 characters). */
export const API_TOKEN_PATTERN = /^bp_[A-Za-z0-9_-]{43}$/;
/** The lifetimes the account page offers, in days; a token never lives longer than the last. */
export const API_TOKEN_LIFETIMES = [30, 90, 365] as const;
export const MAX_API_TOKEN_DAYS = 365;
/** Active (unrevoked, unexpired) tokens one person may hold at once. */
export const MAX_ACTIVE_API_TOKENS = 20;

export interface ApiToken {
  id: string;
  userId: string;
  organisationId: string;
  name: string;
  scope: ApiTokenScope;
  /** SHA-256 (hex) of the secret; the secret itself is shown once and never stored. */
  tokenHash: string;
  /** The first characters of the secret ("bp_Ab3x"), so a person can tell their tokens apart. */
  hint: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** Who revoked it: the owner, or an administrator of its organisation (null when not revoked, or revoked before this was kept). */
  revokedBy: string | null;
}

export type ApiTokenRefusal = "missing" | "invalid" | "expired" | "revoked" | "account_disabled" | "two_factor_required";

const MESSAGES: Record<ApiTokenRefusal, string> = {
  missing: "Send an API token in the Authorization header: `Authorization: Bearer bp_…`. Create one on your account page.",
  invalid: "This API token is not valid. Check that you copied all of it, or create a new one on your account page.",
  expired: "This API token has expired. Create a new one on your account page.",
  revoked: "This API token was revoked. Create a new one on your account page.",
  account_disabled: "The account this API token belongs to is disabled.",
  two_factor_required: "Your role needs two-factor sign-in. Set it up on your account page; then the token works again.",
};

/** The request carries no usable API token: answered 401 with a WWW-Authenticate challenge. */
export class ApiTokenError extends DomainError {
  readonly code: string;
  constructor(readonly reason: ApiTokenRefusal) {
    super(MESSAGES[reason]);
    this.code = reason === "missing" ? "unauthorized" : reason === "invalid" ? "invalid_token" : `token_${reason}`;
    this.name = "ApiTokenError";
  }
}

/** Whether a token can be used at `now` (neither revoked nor expired). */
export function isActive(token: ApiToken, now: Date): boolean {
  return token.revokedAt === null && Date.parse(token.expiresAt) > now.getTime();
}
