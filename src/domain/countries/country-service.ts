/** Countries with their public evidence, grouped as the country page shows it. */
import { NotFoundError } from "../errors";
import { PUBLIC } from "../framework/catalogue";
import type { Repositories } from "../ports";
import type { Country } from "./types";

export interface CountryListing {
  country: Country;
  evidenceCount: number;
}

export function countryService(repos: Repositories) {
  return {
    regions: () => repos.countries.listRegions(),

    async list(filter: { region?: string; hasEvidence?: boolean } = {}): Promise<CountryListing[]> {
      const [list, counts] = await Promise.all([
        repos.countries.listCountries(filter.region ? { region: filter.region } : {}),
        repos.evidence.countByCountry(PUBLIC),
      ]);
      return list
        .map((country) => ({ country, evidenceCount: counts.get(country.iso3) ?? 0 }))
        .filter((c) => filter.hasEvidence === undefined || c.evidenceCount > 0 === filter.hasEvidence);
    },

    async get(iso3: string): Promise<Country> {
      const country = await repos.countries.getCountry(iso3.toUpperCase());
      if (!country) throw new NotFoundError("country", iso3);
      return country;
    },

    /** The country, its public evidence, and that evidence grouped by strategy and by factor. */
    async profile(iso3: string) {
      const country = await this.get(iso3);
      const { items: evidence } = await repos.evidence.listEvidence(
        { country: country.iso3, visibility: PUBLIC },
        { page: 1, perPage: 10_000 },
      );
      const linkedIds = [...new Set(evidence.flatMap((e) => e.links))];
      const [linkedItems, strategies, factors] = await Promise.all([
        repos.framework.listItems({ ids: linkedIds }),
        repos.framework.listItems({ kind: "strategy" }),
        repos.framework.listItems({ kind: "factor" }),
      ]);
      const strategyOf = new Map(linkedItems.filter((i) => i.kind === "option").map((o) => [o.id, o.parentId]));
      const byStrategy = strategies
        .map((strategy) => ({
          strategy,
          evidence: evidence.filter((e) => e.links.some((l) => l === strategy.id || strategyOf.get(l) === strategy.id)),
        }))
        .filter((g) => g.evidence.length > 0);
      const byFactor = factors
        .map((factor) => ({ factor, evidence: evidence.filter((e) => e.links.includes(factor.id)) }))
        .filter((g) => g.evidence.length > 0);
      return { country, evidence, byStrategy, byFactor, items: new Map(linkedItems.map((i) => [i.id, i])) };
    },
  };
}

export type CountryService = ReturnType<typeof countryService>;
