/**
 * Formats catalogue messages with intl-messageformat, compiling each message
 * once per language. A key missing from a translation falls back to English
 * (the catalogue check keeps that from shipping); a key missing from English is
 * a programming error and throws.
 */
import { IntlMessageFormat, type PrimitiveType } from "intl-messageformat";
import { catalogues } from "./catalogue";
import { DEFAULT_LOCALE, type Locale } from "./locales";

export type MessageValues = Record<string, PrimitiveType>;

const compiled = new Map<string, IntlMessageFormat>();

export class UnknownMessageError extends Error {
  constructor(key: string) {
    super(`No message "${key}" in the English catalogue (src/i18n/messages/en/)`);
  }
}

export function translate(locale: Locale, key: string, values?: MessageValues): string {
  const all = catalogues();
  const own = all[locale].get(key);
  const source = own ?? all[DEFAULT_LOCALE].get(key);
  if (source === undefined) throw new UnknownMessageError(key);
  const lang = own === undefined ? DEFAULT_LOCALE : locale;
  const cacheKey = `${lang}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(source, lang, undefined, { ignoreTag: true });
    compiled.set(cacheKey, format);
  }
  return String(format.format(values));
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(locale: Locale, n: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(n);
}

/** A calendar date (YYYY-MM-DD or a full ISO time) in the reader's language, in UTC so it never shifts a day. */
export function formatDate(locale: Locale, iso: string, style: "long" | "medium" = "long"): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: "UTC" }).format(date);
}
