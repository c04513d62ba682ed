/**
 * Search's words in the reader's language. The search service labels facets,
 * result kinds and problems in English (the API's language); the page puts
 * them in the reader's language from the catalogues, by facet and value.
 */
import type { Country } from "../../domain/countries/types";
import { MAX_QUERY_LENGTH, parseQuery } from "../../domain/search/query";
import type { FacetName, SearchKind } from "../../domain/search/types";
import { countryName, regionName } from "../i18n/country-name";
import { num, t } from "../i18n/t";
import { kindName } from "../public/labels";

export type CountriesByIso3 = ReadonlyMap<string, Country>;

/** Result kinds whose titles and text come from a framework pack, in English. */
const FROM_PACK = new Set<SearchKind>([
  "commitment",
  "option",
  "strategy",
  "instrument",
  "factor",
  "form_of_abuse",
  "legislative_approach",
  "approach_category",
]);
export const packKind = (kind: SearchKind) => FROM_PACK.has(kind);

export const facetName = (facet: FacetName): string => t(`search.facet.${facet}`);

/** A facet value's label and whether it is English pack content (framework item titles). */
export function facetLabel(
  facet: FacetName,
  value: string,
  english: string,
  countries: CountriesByIso3,
): { label: string; fromPack: boolean } {
  switch (facet) {
    case "type":
      return { label: kindName(value as SearchKind), fromPack: false };
    case "region":
      return { label: regionName({ code: value, name: english }), fromPack: false };
    case "country": {
      const country = countries.get(value);
      return { label: country ? countryName(country) : english, fromPack: false };
    }
    case "year":
      return { label: value, fromPack: false };
    default:
      return { label: english, fromPack: true };
  }
}

/**
 * The query parser's problems, recognised by what it answers for a query of
 * each kind (not by their wording), each with its catalogue message.
 */
const PROBLEMS: [string | undefined, () => string][] = [
  [parseQuery("").problem, () => t("search.problem.empty")],
  [parseQuery("x".repeat(MAX_QUERY_LENGTH + 1)).problem, () => t("search.problem.tooLong", { max: num(MAX_QUERY_LENGTH) })],
  [parseQuery("-word").problem, () => t("search.problem.onlyExcluded")],
  [parseQuery("a").problem, () => t("search.problem.noWord")],
];

export function problemText(problem: string): string {
  return PROBLEMS.find(([english]) => english === problem)?.[1]() ?? problem;
}
