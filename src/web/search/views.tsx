/** The search page: the form, results with highlighted snippets, facets as plain links, paging. No script. */

import type { SearchHit, SearchResults } from "../../domain/search/search-service";
import type { FacetValue } from "../../domain/search/types";
import { refOfDocument } from "../../domain/translations/search";
import type { LocalisedText } from "../../domain/translations/types";
import { countryName } from "../i18n/country-name";
import { num, t } from "../i18n/t";
import { En, english, langOf, NotTranslatedNote, OutdatedNote, type PageTranslations, untranslated } from "../public/content";
import { kindName, partialDate } from "../public/labels";
import { Page } from "../public/layout";
import { Facets } from "./facets";
import { SearchHelp } from "./help";
import { searchHref } from "./href";
import { type CountriesByIso3, facetLabel, problemText } from "./labels";

export { searchHref } from "./href";

const plain = (filters: readonly FacetValue[]) => filters.map(({ facet, value }) => ({ facet, value }));

/**
 * A hit's title in the reader's language when someone translated it, else the
 * original marked with its language; its snippet is from the original text.
 * A published assessment is titled with an item and a country, in English.
 */
function hitTexts(h: SearchHit, tr: PageTranslations): { title: LocalisedText; snippetLang: LocalisedText } {
  const ref = refOfDocument(h);
  if (!ref || h.kind === "assessment" || !tr) return { title: english(h.title), snippetLang: english("") };
  return { title: tr.text(ref, "title", h.title), snippetLang: { ...english(""), lang: tr.languageOf(ref) } };
}

function Hits({ results, countries, tr }: { results: SearchResults; countries: CountriesByIso3; tr: PageTranslations }) {
  return (
    <ol class="hits" start={(results.page - 1) * results.perPage + 1}>
      {results.hits.map((h) => {
        const country = h.kind === "country" ? countries.get(h.refId) : undefined;
        const { title, snippetLang } = hitTexts(h, tr);
        return (
          <li>
            <p class="kicker">
              {kindName(h.kind)}
              {h.date ? ` · ${partialDate(h.date)}` : ""}
              {h.confidential ? <strong class="badge"> {t("search.confidential")}</strong> : null}
            </p>
            <h3 {...(country ? {} : langOf(title))}>
              <a href={h.path}>{country ? countryName(country) : title.text}</a>
              {country ? null : <OutdatedNote value={title} />}
            </h3>
            <p class="snippet" {...(country ? {} : langOf(snippetLang))}>
              {h.snippet.cutStart ? "… " : ""}
              {h.snippet.parts.map((p) => (p.hit ? <mark>{p.text}</mark> : p.text))}
              {h.snippet.cutEnd ? " …" : ""}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

/** Whether a hit shows text that is not in the reader's language (the page's one note is due). */
const untranslatedHit = (h: SearchHit, tr: PageTranslations) => {
  if (h.kind === "country") return false;
  const { title, snippetLang } = hitTexts(h, tr);
  return untranslated([title, snippetLang]);
};

function Paging({ results }: { results: SearchResults }) {
  const pages = Math.min(Math.ceil(results.total / results.perPage), 50);
  if (pages <= 1) return null;
  const filters = plain(results.filters);
  return (
    <nav class="paging" aria-label={t("search.paging.label")}>
      {results.page > 1 ? (
        <a rel="prev" href={searchHref(results.q, filters, results.page - 1)}>
          {t("search.paging.previous")}
        </a>
      ) : null}{" "}
      <span>{t("search.paging.page", { page: num(results.page), pages: num(pages) })}</span>{" "}
      {results.page < pages ? (
        <a rel="next" href={searchHref(results.q, filters, results.page + 1)}>
          {t("search.paging.next")}
        </a>
      ) : null}
    </nav>
  );
}

export function SearchView({
  results,
  origin,
  error,
  countries = new Map(),
  translations,
}: {
  results: SearchResults;
  origin: string;
  error?: string;
  countries?: CountriesByIso3;
  /** The hits' translations into the reader's language and their original languages (one read). */
  translations?: PageTranslations;
}) {
  const filters = plain(results.filters);
  const heading = t("search.title");
  const summary = results.q
    ? t("search.summary", { estimated: results.estimated ? "yes" : "no", count: results.total, q: results.q })
    : heading;
  return (
    <Page
      title={results.q ? t("search.pageTitle", { q: results.q }) : heading}
      path={searchHref(results.q, filters, results.page)}
      origin={origin}
      crumbs={[{ label: heading }]}
      json={`/api/v1${searchHref(results.q, filters, results.page)}`}
      description={t("search.description")}
    >
      <h1>{heading}</h1>
      <search>
        <form method="get" action="/search" class="search-form">
          <label for="search-q">{t("search.label")}</label>
          <div class="row">
            <input id="search-q" type="search" name="q" value={results.q} maxlength={500} aria-describedby="search-help" />
            {filters.map((f) => (
              <input type="hidden" name={f.facet} value={f.value} />
            ))}
            <button type="submit">{t("search.button")}</button>
          </div>
          <p id="search-help" class="hint">
            {t("search.hint")}
          </p>
        </form>
      </search>
      <SearchHelp />
      {results.filters.length ? (
        <p class="filters">
          {t("search.showingOnly")}{" "}
          {results.filters.map((f) => {
            const { label, fromPack } = facetLabel(f.facet, f.value, f.label, countries);
            return (
              <>
                <a
                  class="chip"
                  href={searchHref(
                    results.q,
                    filters.filter((o) => !(o.facet === f.facet && o.value === f.value)),
                  )}
                >
                  <En when={fromPack}>{label}</En> <span aria-hidden="true">×</span>
                  <span class="visually-hidden"> {t("search.removeFilter")}</span>
                </a>{" "}
              </>
            );
          })}
        </p>
      ) : null}
      {error || (results.problem && results.q.trim()) ? (
        <p class="notice" role="alert">
          {error ?? problemText(results.problem ?? "")}
        </p>
      ) : null}
      {results.q && !results.problem ? (
        <>
          <h2>{summary}</h2>
          {results.ignored.length ? (
            <p class="muted">{t("search.ignored", { words: results.ignored.join(t("public.listSeparator")) })}</p>
          ) : null}
          {results.total === 0 ? (
            <p>{t("search.nothing")}</p>
          ) : (
            <>
              <NotTranslatedNote when={results.hits.some((h) => untranslatedHit(h, translations))} />
              <div class="search-layout">
                <div>
                  <Hits results={results} countries={countries} tr={translations} />
                  <Paging results={results} />
                </div>
                <Facets results={results} countries={countries} />
              </div>
            </>
          )}
        </>
      ) : null}
    </Page>
  );
}
