/**
 * Password rules (ASVS 5.0 V6.2): at least 12 characters, at most 256, any
 * characters allowed, no composition rules, refused when common or built from
 * the account's own email address.
 */
import { inEnglish, type Message, msg } from "../../i18n/message";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** The first rule the password breaks, as a catalogue message (area `auth`), or undefined when it is acceptable. */
export function passwordProblem(password: string, opts: { email?: string; common: ReadonlySet<string> }): Message | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return msg("auth.password.tooShort", { min: MIN_PASSWORD_LENGTH, length });
  if (length > MAX_PASSWORD_LENGTH) return msg("auth.password.tooLong", { max: MAX_PASSWORD_LENGTH });
  const lower = password.toLowerCase();
  // "password2024!" is as weak as "password": strip what people usually append.
  const stem = lower.replace(/[\d\W_]+$/u, "");
  if (opts.common.has(lower) || (stem.length >= 8 && opts.common.has(stem)) || /^(.)\1+$/u.test(password))
    return msg("auth.password.common");
  const local = opts.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return msg("auth.password.containsEmail");
  return undefined;
}

/** The problems of a password in English (empty when it is acceptable). */
export function passwordProblems(password: string, opts: { email?: string; common: ReadonlySet<string> }): string[] {
  const problem = passwordProblem(password, opts);
  return problem ? [inEnglish(problem)] : [];
}
