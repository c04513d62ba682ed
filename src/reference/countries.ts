/**
 * The 193 UN member states: codes and localised names from the maintained
 * `world-countries` package, UN M49 regions from data/reference/m49.yaml.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import type { Country, Region } from "../domain/countries/types";

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  unMember: boolean;
  name: { common: string; official: string };
  translations: Record<string, { common: string; official: string }>;
}

const m49Schema = z.object({
  regions: z.array(z.object({ code: z.string(), name: z.string(), parent: z.string().optional() })),
  countries: z.array(
    z.object({
      iso3: z.string().length(3),
      m49: z.string().length(3),
      region: z.string(),
      subregion: z.string(),
      intermediate: z.string().optional(),
    }),
  ),
});

/** world-countries' translation keys (ISO 639-3) to the BCP 47 codes Blueprint uses. */
const LANGUAGES: Record<string, string> = {
  ara: "ar",
  zho: "zh",
  fra: "fr",
  rus: "ru",
  spa: "es",
  por: "pt",
  deu: "de",
  ita: "it",
  jpn: "ja",
  kor: "ko",
  nld: "nl",
  pol: "pl",
  tur: "tr",
  urd: "ur",
  per: "fa",
  swe: "sv",
};

export interface CountryReference {
  regions: Region[];
  countries: Country[];
}

export function loadCountryReference(file = join(process.cwd(), "data/reference/m49.yaml")): CountryReference {
  const m49 = m49Schema.parse(parse(readFileSync(file, "utf8")));
  const world = require("world-countries") as WorldCountry[];
  const byIso3 = new Map(world.map((c) => [c.cca3, c]));
  const countries = m49.countries.map((m): Country => {
    const w = byIso3.get(m.iso3);
    if (!w) throw new Error(`${file}: ${m.iso3} is not in the world-countries package`);
    const names: Record<string, string> = { en: w.name.common };
    for (const [key, lang] of Object.entries(LANGUAGES)) {
      const t = w.translations[key];
      if (t) names[lang] = t.common;
    }
    return {
      iso3: m.iso3,
      iso2: w.cca2,
      m49: m.m49,
      name: w.name.common,
      officialName: w.name.official,
      regionCode: m.region,
      subregionCode: m.subregion,
      intermediateCode: m.intermediate ?? null,
      names,
    };
  });
  const regions = m49.regions.map((r): Region => ({ code: r.code, name: r.name, parentCode: r.parent ?? null }));
  return { regions, countries };
}
