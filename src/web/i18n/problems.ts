/** Domain messages in the reader's language (see src/i18n/message.ts). */
import { FormError } from "../../domain/auth/errors";
import type { Message } from "../../i18n/message";
import { t } from "./t";

export const localise = (m: string | Message): string => (typeof m === "string" ? m : t(m.key, m.values));

/** A form's problems by field, each in the reader's language. */
export function localProblems(e: FormError): Record<string, string> {
  return Object.fromEntries(Object.entries(e.messages).map(([field, m]) => [field, localise(m)]));
}

/** An error's message in the reader's language when it was made from catalogue messages, else its English text. */
export function localMessage(e: Error & { text?: Message }): string {
  if (e instanceof FormError) return Object.values(localProblems(e)).join(" ");
  return e.text ? localise(e.text) : e.message;
}
