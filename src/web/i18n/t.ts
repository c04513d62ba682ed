/**
 * Translation in views and routes. The language of the request (put on the
 * context by ./locale.ts) is read from the request context, so views call
 * `t("area.key", { values })` without passing a language around; outside a
 * request (the CLI, a unit test of a view) it is English.
 */
import { tryGetContext } from "hono/context-storage";
import { DEFAULT_LOCALE, direction, type Locale, localisedPath } from "../../i18n/locales";
import { formatDate, formatNumber, type MessageValues, translate } from "../../i18n/translate";
import type { AppEnv } from "../env";

export function currentLocale(): Locale {
  return tryGetContext<AppEnv>()?.get("locale") ?? DEFAULT_LOCALE;
}

export function t(key: string, values?: MessageValues): string {
  return translate(currentLocale(), key, values);
}

/** A number in the reader's language (digits, grouping). */
export const num = (n: number): string => formatNumber(currentLocale(), n);

/** A date in the reader's language. */
export const date = (iso: string, style: "long" | "medium" = "long"): string => formatDate(currentLocale(), iso, style);

export const currentDirection = (): "rtl" | "ltr" => direction(currentLocale());

/** This page's path in the reader's language, for links written out in full (canonical, hreflang). */
export const here = (path: string): string => localisedPath(path, currentLocale());
