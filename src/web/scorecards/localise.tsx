/**
 * Formatting shared by the scorecard, map, comparison and open data pages:
 * scores and percentages in the reader's language, messages with markup
 * inside them, and the note shown above content that is still only in
 * English. Country and region names come from ../i18n/country-name.ts.
 */
import type { Child } from "hono/jsx";
import type { Locale } from "../../i18n/locales";
import type { MessageValues } from "../../i18n/translate";
import { currentLocale, t } from "../i18n/t";

const formats = new Map<string, Intl.NumberFormat>();
function format(locale: Locale, kind: "one-decimal" | "percent"): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      locale,
      kind === "percent"
        ? { style: "percent", maximumFractionDigits: 0 }
        : { minimumFractionDigits: 1, maximumFractionDigits: 1 },
    );
    formats.set(key, f);
  }
  return f;
}

/** A number with one decimal, as scores are published: 50.0, 50,0. */
export const oneDecimal = (n: number): string => format(currentLocale(), "one-decimal").format(n);

/** A score out of 100, or "not scored". */
export const scoreText = (v: number | null): string => (v === null ? t("scorecards.notScored") : oneDecimal(v));

/** A fraction as a whole percentage: 3%, 3 %. */
export const percent = (fraction: number): string => format(currentLocale(), "percent").format(fraction);

/**
 * A message whose placeholders named in `parts` are markup (a link, <strong>),
 * so that a sentence stays one message that translators can reorder. The
 * placeholders are first filled with markers from Unicode's private use area.
 */
export function rich(key: string, values: MessageValues, parts: Record<string, Child>): Child[] {
  const marked: MessageValues = { ...values };
  for (const name of Object.keys(parts)) marked[name] = `\uE000${name}\uE001`;
  return t(key, marked)
    .split(/\uE000([^\uE001]*)\uE001/)
    .map((piece, i) => (i % 2 === 1 ? parts[piece] : piece));
}

/**
 * Framework pack content is English: marked so, with one note per page saying
 * it is not translated yet. Nothing is added on English pages.
 */
export function NotTranslatedNote() {
  return currentLocale() === "en" ? null : <p class="muted">{t("scorecards.notTranslatedYet")}</p>;
}

/** lang="en" for framework content on a page in another language. */
export const englishContent = (): { lang?: "en" } => (currentLocale() === "en" ? {} : { lang: "en" });
