/** Moments on the account pages (sessions, sign-ins, two-factor), to the minute, in UTC. */
import type { Locale } from "../../i18n/locales";
import { currentLocale, t } from "../i18n/t";

const formats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * English keeps the compact "2026-05-01 14:30 UTC" that the API token list on
 * the same page uses; other languages get their own date and time order,
 * digits and month names.
 */
export function when(iso: string): string {
  const locale = currentLocale();
  if (locale === "en") return t("account.timeUtc", { time: iso.replace("T", " ").slice(0, 16) });
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
    formats.set(locale, format);
  }
  const date = new Date(iso);
  return t("account.timeUtc", { time: Number.isNaN(date.getTime()) ? iso : format.format(date) });
}
