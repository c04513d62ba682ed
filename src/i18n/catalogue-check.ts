/**
 * The catalogue check run by `npm test`: every language has exactly English's
 * keys, every message parses as ICU MessageFormat, and every translation uses
 * the same placeholders (name and kind) as the English message.
 */
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import type { Catalogue } from "./catalogue";
import { DEFAULT_LOCALE, type Locale } from "./locales";

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "text",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.select]: "select",
  [TYPE.plural]: "plural",
};

/** `name:kind` of every placeholder, nested ones included, sorted. */
export function placeholders(elements: MessageFormatElement[]): string[] {
  const found = new Set<string>();
  const walk = (list: MessageFormatElement[]) => {
    for (const el of list) {
      const kind = KIND[el.type];
      if (kind && "value" in el) found.add(`${el.value}:${kind}`);
      if (el.type === TYPE.select || el.type === TYPE.plural) for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(elements);
  return [...found].sort();
}

export function checkCatalogues(all: Record<Locale, Catalogue>): string[] {
  const problems: string[] = [];
  const english = all[DEFAULT_LOCALE];
  const parsed = (locale: Locale, key: string, message: string) => {
    try {
      return parse(message, { ignoreTag: true, requiresOtherClause: true });
    } catch (err) {
      problems.push(`${locale} ${key}: does not parse as ICU MessageFormat (${(err as Error).message})`);
      return undefined;
    }
  };
  for (const [locale, catalogue] of Object.entries(all) as [Locale, Catalogue][]) {
    for (const key of english.keys()) if (!catalogue.has(key)) problems.push(`${locale} ${key}: missing`);
    for (const [key, message] of catalogue) {
      const source = english.get(key);
      if (source === undefined) {
        problems.push(`${locale} ${key}: not in English (a key English no longer has)`);
        continue;
      }
      if (message.trim() === "") problems.push(`${locale} ${key}: empty`);
      const own = parsed(locale, key, message);
      const base = locale === DEFAULT_LOCALE ? own : parsed(DEFAULT_LOCALE, key, source);
      if (!own || !base || locale === DEFAULT_LOCALE) continue;
      const [a, b] = [placeholders(base).join(", "), placeholders(own).join(", ")];
      if (a !== b) problems.push(`${locale} ${key}: placeholders {${b}} differ from English {${a}}`);
    }
  }
  return [...new Set(problems)];
}
