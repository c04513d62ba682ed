/**
 * Dates, numbers, plurals and lists in a report's language, through Intl, so
 * that each language's messages (./en.ts, ./fr.ts, ...) say "2 815 mots" or
 * "21 слово" as a reader of that language expects.
 */
import type { ReportLanguage } from "../model";

/**
 * The Intl locale of each report language. British English, as the UN writes
 * it; Arabic with Western digits, as UN Arabic documents print them.
 */
export const INTL_LOCALE: Record<ReportLanguage, string> = {
  en: "en-GB",
  fr: "fr",
  es: "es",
  ar: "ar-u-nu-latn",
  ru: "ru",
  zh: "zh-Hans",
};

const numbers = new Map<string, Intl.NumberFormat>();

/** A number with the language's digits, grouping and decimal sign ("2 815", "57,3"); at most `maxDecimals` decimals. */
export function formatNumber(lang: ReportLanguage, n: number, maxDecimals = 3): string {
  const key = `${lang}:${maxDecimals}`;
  let format = numbers.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: maxDecimals });
    numbers.set(key, format);
  }
  return format.format(n);
}

/** A calendar date, long form ("1 April 2026", "1 avril 2026", "2026年4月1日"), in UTC so it never shifts a day. */
export function formatDate(iso: string, lang: ReportLanguage): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));
}

/**
 * The form of a word that goes with the count `n` in `lang`: Russian has
 * one (1, 21), few (2–4, 22) and many (5–20, 25); French counts 0 as one.
 */
export function plural(lang: ReportLanguage, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) {
  return forms[new Intl.PluralRules(INTL_LOCALE[lang]).select(n)] ?? forms.other;
}

/** "A and B", "A, B et C", "A和B": a conjunction of a few words. */
export function listAnd(lang: ReportLanguage, items: readonly string[]): string {
  return new Intl.ListFormat(INTL_LOCALE[lang], { type: "conjunction" }).format(items);
}

/** Arabic is written right to left; the other report languages left to right. */
export const textDirection = (lang: ReportLanguage): "rtl" | "ltr" => (lang === "ar" ? "rtl" : "ltr");
