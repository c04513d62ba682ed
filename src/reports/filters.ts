/**
 * The filters of the open data exports, checked against the database before a
 * single byte is written: a mistyped country, region, cycle, strategy,
 * instrument or organisation is an InvalidParameterError that names it.
 */
import { InvalidParameterError } from "../domain/errors";
import type { Repositories } from "../domain/ports";

export const FILTER_NAMES = ["country", "region", "cycle", "strategy", "instrument", "org"] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type RawFilters = Partial<Record<FilterName, string>>;

export const FILTER_LABELS: Record<FilterName, string> = {
  country: "country (ISO alpha-3 code)",
  region: "region (UN M49 code)",
  cycle: "assessment cycle (id)",
  strategy: "strategy (id)",
  instrument: "instrument (id)",
  org: "organisation (slug)",
};

export interface ResolvedFilters {
  /** The filters given, normalised (empty values dropped, country codes upper case), in FILTER_NAMES order. */
  given: RawFilters;
  /** ISO3 codes allowed by country and region together; undefined when neither is given. */
  countries?: ReadonlySet<string>;
  cycleId?: string;
  organisationId?: string;
  /** Items of the chosen strategy (itself and its options) and instrument (itself and its commitments). */
  scope?: ReadonlySet<string>;
}

/** Keeps the known, non-empty filters; anything else in a query string is ignored. */
export function pickFilters(source: Record<string, string | undefined>): RawFilters {
  const out: RawFilters = {};
  for (const name of FILTER_NAMES) {
    const value = source[name]?.trim();
    if (value) out[name] = name === "country" ? value.toUpperCase() : value;
  }
  return out;
}

export async function resolveFilters(repos: Repositories, raw: RawFilters): Promise<ResolvedFilters> {
  const given = pickFilters(raw);
  const resolved: ResolvedFilters = { given };
  let countries: Set<string> | undefined;
  if (given.country) {
    const country = await repos.countries.getCountry(given.country);
    if (!country)
      throw new InvalidParameterError(
        "country",
        `must be the ISO alpha-3 code of a UN member state, such as KEN; '${given.country}' is not one`,
      );
    countries = new Set([country.iso3]);
  }
  if (given.region) {
    const regions = await repos.countries.listRegions();
    if (!regions.some((r) => r.code === given.region))
      throw new InvalidParameterError(
        "region",
        `must be a UN M49 region code such as 002 (Africa); '${given.region}' is not one`,
      );
    const inRegion = new Set((await repos.countries.listCountries({ region: given.region })).map((c) => c.iso3));
    countries = countries ? new Set([...countries].filter((c) => inRegion.has(c))) : inRegion;
  }
  if (countries) resolved.countries = countries;
  if (given.cycle) {
    const cycles = await repos.assessments.listCycles();
    if (!cycles.some((c) => c.id === given.cycle))
      throw new InvalidParameterError(
        "cycle",
        `must be the id of an assessment cycle (${cycles.map((c) => c.id).join(", ") || "there is none yet"}); '${given.cycle}' is not one`,
      );
    resolved.cycleId = given.cycle;
  }
  if (given.org) {
    const org = await repos.accounts.getOrganisationBySlug(given.org);
    if (!org) throw new InvalidParameterError("org", `must be the slug of an organisation; '${given.org}' is not one`);
    resolved.organisationId = org.id;
  }
  const scope = new Set<string>();
  for (const [name, kind, example] of [
    ["strategy", "strategy", "s02"],
    ["instrument", "instrument", "hrc-res-38-5"],
  ] as const) {
    const id = given[name];
    if (!id) continue;
    const item = await repos.framework.getItem(id);
    if (item?.kind !== kind)
      throw new InvalidParameterError(name, `must be the id of a ${kind} such as ${example}; '${id}' is not one`);
    scope.add(id);
    for (const child of await repos.framework.listItems({ parentId: id })) scope.add(child.id);
  }
  if (given.strategy || given.instrument) resolved.scope = scope;
  return resolved;
}

/** The filters as a query string ("" when none), in a stable order: for links and cache keys. */
export function filterQuery(given: RawFilters): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (given[name]) params.set(name, given[name]);
  const text = params.toString();
  return text ? `?${text}` : "";
}
