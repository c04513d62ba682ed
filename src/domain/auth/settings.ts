export interface AuthSettings {
  /** A signed-in session ends after this long without a request. */
  idleTimeoutMs: number;
  /** A session ends this long after sign-in, however active. */
  absoluteLifetimeMs: number;
  /** How long a one-time set-password link stays valid. */
  passwordLinkTtlMs: number;
  /** How long the first-start setup link stays valid. */
  setupLinkTtlMs: number;
  /** A session between password and two-factor code lasts at most this long. */
  twoFactorStageTtlMs: number;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  idleTimeoutMs: 30 * 60_000,
  absoluteLifetimeMs: 12 * 3600_000,
  passwordLinkTtlMs: 72 * 3600_000,
  setupLinkTtlMs: 3600_000,
  twoFactorStageTtlMs: 10 * 60_000,
};

/** Who must use two-factor: reviewers, admins and superadmins. */
export function requiresTwoFactor(user: { isSuperadmin: boolean }, roles: readonly string[]): boolean {
  return user.isSuperadmin || roles.some((r) => r === "reviewer" || r === "admin");
}
