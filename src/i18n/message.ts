/**
 * A message to show a person, as a catalogue key and its values, so that the
 * domain can say what went wrong without choosing a language: the web layer
 * puts it in the reader's language (web/i18n/problems.ts); logs, the CLI and
 * the API get English.
 */
import { type MessageValues, translate } from "./translate";

export interface Message {
  readonly key: string;
  readonly values?: MessageValues;
}

export const msg = (key: string, values?: MessageValues): Message => ({ key, values });

/** The English text of a message; a plain string is already English. */
export const inEnglish = (m: string | Message): string => (typeof m === "string" ? m : translate("en", m.key, m.values));
