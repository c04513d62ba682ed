/**
 * Finds interface text left in English on a page in another language: every
 * English catalogue message of the given areas that has no placeholder, is at
 * least two words long and reads differently in the page's language must not
 * appear in the page's visible text. Text marked lang="en" (content not
 * translated yet, such as a framework item's title) is left out of the check.
 */
import { catalogues } from "../../src/i18n/catalogue";
import type { Locale } from "../../src/i18n/locales";

export function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, " ")
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
    .replace(/<([a-z0-9]+)\b[^>]*\blang="en"[^>]*>[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");
}

/** English messages of `areas` found in the visible text of a page in `locale`. */
export function englishLeftIn(html: string, locale: Locale, areas: string[]): string[] {
  const all = catalogues();
  const text = visibleText(html);
  const found: string[] = [];
  for (const [key, english] of all.en) {
    if (!areas.some((a) => key.startsWith(`${a}.`))) continue;
    if (english.includes("{") || !/\S\s+\S/.test(english.trim())) continue;
    if (all[locale].get(key) === english) continue;
    if (text.includes(english)) found.push(`${key}: "${english}"`);
  }
  return found;
}
