/** Sessions and one-time links. */

export type SessionStage = "two_factor" | "full";

export interface Session {
  /** SHA-256 (hex) of the token in the cookie. */
  idHash: string;
  userId: string;
  stage: SessionStage;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ipPrefix: string;
  userAgent: string;
  revokedAt: string | null;
}

export type TokenPurpose = "setup" | "set_password";

export interface AuthToken {
  tokenHash: string;
  purpose: TokenPurpose;
  userId: string | null;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}
