/**
 * What every table reads besides its own rows: the origin for canonical URLs,
 * the resolved filters, and small lookups (items, cycles, organisations,
 * countries) read once per export. These are bounded by the framework and the
 * number of organisations, not by the number of assessments.
 */
import type { Organisation } from "../domain/accounts/types";
import type { Cycle } from "../domain/assessments/types";
import type { Country, Region } from "../domain/countries/types";
import type { FrameworkItem } from "../domain/framework/types";
import type { Repositories } from "../domain/ports";
import type { ResolvedFilters } from "./filters";
import { byteCompare } from "./table";

/** Rows read per query. Large enough to amortise a round trip, small enough to keep memory flat. */
export const PAGE_SIZE = 1000;

export interface Lookups {
  items: Map<string, FrameworkItem>;
  cycles: Map<string, Cycle>;
  organisations: Map<string, Organisation>;
  countries: Map<string, Country>;
  regions: Map<string, Region>;
}

export interface ExportContext {
  repos: Repositories;
  origin: string;
  filters: ResolvedFilters;
  pageSize: number;
  lookups(): Promise<Lookups>;
  /** The countries the filters allow, in byte order of ISO3. */
  countryCodes(): Promise<string[]>;
}

export function exportContext(
  repos: Repositories,
  origin: string,
  filters: ResolvedFilters,
  pageSize = PAGE_SIZE,
): ExportContext {
  let lookups: Promise<Lookups> | undefined;
  const load = async (): Promise<Lookups> => {
    const [items, cycles, organisations, countries, regions] = await Promise.all([
      repos.framework.listItems(),
      repos.assessments.listCycles(),
      repos.accounts.listOrganisations(),
      repos.countries.listCountries(),
      repos.countries.listRegions(),
    ]);
    return {
      items: new Map(items.map((i) => [i.id, i])),
      cycles: new Map(cycles.map((c) => [c.id, c])),
      organisations: new Map(organisations.map((o) => [o.id, o])),
      countries: new Map(countries.map((c) => [c.iso3, c])),
      regions: new Map(regions.map((r) => [r.code, r])),
    };
  };
  return {
    repos,
    origin,
    filters,
    pageSize,
    lookups: () => {
      lookups ??= load();
      return lookups;
    },
    async countryCodes() {
      const all = [...(await this.lookups()).countries.keys()];
      const allowed = filters.countries;
      return (allowed ? all.filter((c) => allowed.has(c)) : all).sort(byteCompare);
    },
  };
}
