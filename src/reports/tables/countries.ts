/** Countries: the 193 UN member states with their M49 regions and names in the UN languages. */
import { PUBLIC } from "../../domain/framework/catalogue";
import type { Column, Row, TableSpec } from "../table";
import { countryUrl } from "../urls";

/** The UN's other official languages (English is `name`). */
const LANGUAGES = ["ar", "zh", "fr", "ru", "es"] as const;
const LANGUAGE_NAMES = { ar: "Arabic", zh: "Chinese", fr: "French", ru: "Russian", es: "Spanish" };

const nameColumns: Column[] = LANGUAGES.map((lang) => ({
  name: `name__${lang}`,
  type: "string",
  description: `Common name in ${LANGUAGE_NAMES[lang]}.`,
  hxl: `#country+name+i_${lang}`,
  width: 24,
}));

export const countriesTable: TableSpec = {
  id: "countries",
  title: "Countries",
  description: "The UN member states with their ISO codes, UN M49 region, sub-region and intermediate region.",
  columns: [
    { name: "iso3", type: "string", description: "ISO 3166-1 alpha-3 code.", hxl: "#country+code+iso3", width: 8 },
    { name: "iso2", type: "string", description: "ISO 3166-1 alpha-2 code.", hxl: "#country+code+iso2", width: 8 },
    { name: "m49", type: "string", description: "UN M49 numeric code (three digits).", hxl: "#country+code+m49", width: 8 },
    { name: "name", type: "string", description: "Common name in English.", hxl: "#country+name", width: 24 },
    { name: "official_name", type: "string", description: "Official name in English.", hxl: "#country+name+official", width: 36 },
    { name: "region_code", type: "string", description: "UN M49 region code.", hxl: "#region+code", width: 8 },
    { name: "region_name", type: "string", description: "UN M49 region.", hxl: "#region+name", width: 14 },
    { name: "subregion_code", type: "string", description: "UN M49 sub-region code.", hxl: "#region+code+sub", width: 8 },
    { name: "subregion_name", type: "string", description: "UN M49 sub-region.", hxl: "#region+name+sub", width: 24 },
    {
      name: "intermediate_code",
      type: "string",
      description: "UN M49 intermediate region code, where M49 defines one.",
      hxl: "#region+code+intermediate",
      width: 8,
    },
    {
      name: "intermediate_name",
      type: "string",
      description: "UN M49 intermediate region, where M49 defines one.",
      hxl: "#region+name+intermediate",
      width: 24,
    },
    ...nameColumns,
    {
      name: "public_evidence",
      type: "integer",
      description: "Number of public evidence records about the country.",
      hxl: "#indicator+num+evidence",
      width: 10,
    },
    { name: "url", type: "string", description: "Canonical URL of the country's public page.", hxl: "#meta+url", width: 40 },
  ],
  primaryKey: ["iso3"],
  filters: ["country", "region"],
  async *pages(ctx) {
    const [{ countries, regions }, codes, counts] = await Promise.all([
      ctx.lookups(),
      ctx.countryCodes(),
      ctx.repos.evidence.countByCountry(PUBLIC),
    ]);
    const regionName = (code: string | null) => (code ? (regions.get(code)?.name ?? null) : null);
    const rows: Row[] = codes.map((iso3) => {
      const c = countries.get(iso3)!;
      return [
        c.iso3,
        c.iso2,
        c.m49,
        c.name,
        c.officialName,
        c.regionCode,
        regionName(c.regionCode),
        c.subregionCode,
        regionName(c.subregionCode),
        c.intermediateCode,
        regionName(c.intermediateCode),
        ...LANGUAGES.map((lang) => c.names[lang] ?? null),
        counts.get(c.iso3) ?? 0,
        countryUrl(ctx.origin, c.iso3),
      ];
    });
    for (let i = 0; i < rows.length; i += ctx.pageSize) yield rows.slice(i, i + ctx.pageSize);
  },
};
