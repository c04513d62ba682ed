/**
 * Password rules (ASVS 5.0 V6.2): at least 12 characters, at most 256, any
 * characters allowed, no composition rules, refused when common or built from
 * the account's own email address.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export function passwordProblems(password: string, opts: { email?: string; common: ReadonlySet<string> }): string[] {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return [`Use at least ${MIN_PASSWORD_LENGTH} characters (this one has ${length}).`];
  if (length > MAX_PASSWORD_LENGTH) return [`Use at most ${MAX_PASSWORD_LENGTH} characters.`];
  const lower = password.toLowerCase();
  // "password2024!" is as weak as "password": strip what people usually append.
  const stem = lower.replace(/[\d\W_]+$/u, "");
  if (opts.common.has(lower) || (stem.length >= 8 && opts.common.has(stem)) || /^(.)\1+$/u.test(password))
    return [
      "This password is in lists of common passwords that attackers try first. Choose another, e.g. a few unrelated words.",
    ];
  const local = opts.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return ["Do not use your email address in your password."];
  return [];
}
