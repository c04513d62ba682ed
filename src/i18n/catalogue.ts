/**
 * Message catalogues: src/i18n/messages/<locale>/<area>.json, each a flat object
 * of ICU MessageFormat strings. A message's key is `<area>.<key>`, so
 * `messages/fr/layout.json` {"skip": "…"} is `layout.skip` in French. Every
 * language holds the same keys as English (catalogue-check.ts says when not).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LOCALES, type Locale } from "./locales";

export type Catalogue = ReadonlyMap<string, string>;

const MESSAGES_DIR = fileURLToPath(new URL("./messages", import.meta.url));

export function loadCatalogue(locale: Locale, dir = MESSAGES_DIR): Catalogue {
  const messages = new Map<string, string>();
  const localeDir = join(dir, locale);
  for (const file of readdirSync(localeDir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const area = file.slice(0, -".json".length);
    const entries = JSON.parse(readFileSync(join(localeDir, file), "utf8")) as Record<string, unknown>;
    for (const [key, value] of Object.entries(entries)) {
      if (typeof value !== "string") throw new Error(`${locale}/${file}: "${key}" is not a string`);
      messages.set(`${area}.${key}`, value);
    }
  }
  return messages;
}

let loaded: Record<Locale, Catalogue> | undefined;

/** Every language's catalogue, read once. */
export function catalogues(): Record<Locale, Catalogue> {
  loaded ??= Object.fromEntries(LOCALES.map((l) => [l, loadCatalogue(l)])) as Record<Locale, Catalogue>;
  return loaded;
}
