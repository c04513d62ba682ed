/** The facets beside search results: each value a plain link that narrows (or, when chosen, widens) the search. */
import type { SearchResults } from "../../domain/search/search-service";
import type { FacetValue } from "../../domain/search/types";
import { num, t } from "../i18n/t";
import { En } from "../public/content";
import { searchHref } from "./href";
import { type CountriesByIso3, facetLabel, facetName } from "./labels";

/** How many values of a facet are listed; the rest are counted. */
const SHOWN = 12;

const plain = (filters: readonly FacetValue[]) => filters.map(({ facet, value }) => ({ facet, value }));

export function Facets({ results, countries }: { results: SearchResults; countries: CountriesByIso3 }) {
  if (results.facets.length === 0) return null;
  const current = plain(results.filters);
  return (
    <nav class="facets" aria-label={t("search.facets.label")}>
      <h2 class="visually-hidden">{t("search.facets.heading")}</h2>
      {results.facets.map((group) => (
        <section>
          <h3>{facetName(group.facet)}</h3>
          <ul>
            {group.values.slice(0, SHOWN).map((v) => {
              const others = current.filter((f) => !(f.facet === group.facet));
              const href = v.selected
                ? searchHref(results.q, others)
                : searchHref(results.q, [...others, { facet: group.facet, value: v.value }]);
              const { label, fromPack } = facetLabel(group.facet, v.value, v.label, countries);
              return (
                <li>
                  <a href={href} aria-current={v.selected ? "true" : undefined}>
                    <En when={fromPack}>{label}</En>
                    {v.selected ? <span class="visually-hidden"> {t("search.facets.chosen")}</span> : null}
                  </a>{" "}
                  <span class="count">{num(v.count)}</span>
                </li>
              );
            })}
          </ul>
          {group.values.length > SHOWN ? (
            <p class="muted small">{t("search.facets.more", { count: group.values.length - SHOWN })}</p>
          ) : null}
        </section>
      ))}
      {results.estimated ? <p class="muted small">{t("search.facets.estimated")}</p> : null}
    </nav>
  );
}
