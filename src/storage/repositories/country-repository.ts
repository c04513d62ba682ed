import type { Country, Region } from "../../domain/countries/types";
import type { CountryRepository } from "../../domain/ports";
import type { CountriesTable, DB } from "../database";

const collator = new Intl.Collator("en", { sensitivity: "base" });

function toCountry(row: CountriesTable): Country {
  return {
    iso3: row.iso3,
    iso2: row.iso2,
    m49: row.m49,
    name: row.name,
    officialName: row.official_name,
    regionCode: row.region_code,
    subregionCode: row.subregion_code,
    intermediateCode: row.intermediate_code,
    names: JSON.parse(row.names_json),
  };
}

export function countryRepository(db: DB): CountryRepository {
  return {
    async listRegions() {
      const rows = await db.selectFrom("regions").selectAll().orderBy("code").execute();
      return rows.map((r): Region => ({ code: r.code, name: r.name, parentCode: r.parent_code }));
    },

    async listCountries(filter = {}) {
      let q = db.selectFrom("countries").selectAll();
      const region = filter.region;
      if (region)
        q = q.where((eb) =>
          eb.or([eb("region_code", "=", region), eb("subregion_code", "=", region), eb("intermediate_code", "=", region)]),
        );
      const rows = await q.execute();
      // Sorted by name for people, not by the database's collation.
      return rows.map(toCountry).sort((a, b) => collator.compare(a.name, b.name));
    },

    async getCountry(iso3) {
      const row = await db.selectFrom("countries").selectAll().where("iso3", "=", iso3).executeTakeFirst();
      return row ? toCountry(row) : undefined;
    },
  };
}
