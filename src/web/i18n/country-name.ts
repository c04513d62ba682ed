/**
 * Country and region names in the reader's language. Countries carry their
 * names in every UN language (world-countries, src/reference/countries.ts);
 * the UN M49 region names are in the `public` catalogue (`public.region.<code>`).
 * Both fall back to the English name, so a new country or region still shows.
 */

import type { Country, Region } from "../../domain/countries/types";
import { catalogues } from "../../i18n/catalogue";
import type { Locale } from "../../i18n/locales";
import { translate } from "../../i18n/translate";
import { currentLocale } from "./t";

/** `country.names[locale]`, else the English common name. */
export function countryName(country: Pick<Country, "name" | "names">, locale: Locale = currentLocale()): string {
  return locale === "en" ? country.name : (country.names?.[locale] ?? country.name);
}

/** An M49 region's name in the reader's language, else its English name. */
export function regionName(region: Pick<Region, "code" | "name">, locale: Locale = currentLocale()): string {
  const key = `public.region.${region.code}`;
  return catalogues().en.has(key) ? translate(locale, key) : region.name;
}

const collators = new Map<Locale, Intl.Collator>();

/** Orders countries by their name in the reader's language (Chinese by pinyin, as ICU sorts it). */
export function byCountryName(
  locale: Locale = currentLocale(),
): (a: Pick<Country, "name" | "names">, b: Pick<Country, "name" | "names">) => number {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: "base" });
    collators.set(locale, collator);
  }
  const c = collator;
  return (a, b) => c.compare(countryName(a, locale), countryName(b, locale));
}
