/** The search page: the form, results with highlighted snippets, facets as plain links, paging. No script. */

import type { SearchResults } from "../../domain/search/search-service";
import type { FacetValue } from "../../domain/search/types";
import { Page } from "../public/layout";

/** The address of a search: query, filters and page, in a stable order. */
export function searchHref(q: string, filters: readonly FacetValue[], page = 1): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  for (const f of filters) params.set(f.facet, f.value);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `/search?${s}` : "/search";
}

const plain = (filters: readonly FacetValue[]) => filters.map(({ facet, value }) => ({ facet, value }));

function Help() {
  return (
    <details class="search-help">
      <summary>How to search</summary>
      <ul>
        <li>
          Every word must appear: <code>online harassment</code>. Word forms count: <code>woman</code> finds “women”.
        </li>
        <li>
          An exact phrase in quotes: <code>"technology-facilitated violence"</code>.
        </li>
        <li>
          Either word: <code>survivor OR victim</code>. Leave a word out with a minus: <code>data -protection</code>.
        </li>
        <li>
          Words that start the same: <code>cyber*</code>.
        </li>
        <li>Search in any of the six UN languages; accents and Arabic spelling variants do not matter.</li>
      </ul>
    </details>
  );
}

function Facets({ results }: { results: SearchResults }) {
  if (results.facets.length === 0) return null;
  const current = plain(results.filters);
  return (
    <nav class="facets" aria-label="Refine the results">
      <h2 class="visually-hidden">Refine</h2>
      {results.facets.map((group) => (
        <section>
          <h3>{group.name}</h3>
          <ul>
            {group.values.slice(0, 12).map((v) => {
              const others = current.filter((f) => !(f.facet === group.facet));
              const href = v.selected
                ? searchHref(results.q, others)
                : searchHref(results.q, [...others, { facet: group.facet, value: v.value }]);
              return (
                <li>
                  <a href={href} aria-current={v.selected ? "true" : undefined}>
                    {v.label}
                    {v.selected ? <span class="visually-hidden"> (chosen; follow to remove)</span> : null}
                  </a>{" "}
                  <span class="count">{v.count.toLocaleString("en")}</span>
                </li>
              );
            })}
          </ul>
          {group.values.length > 12 ? <p class="muted small">and {group.values.length - 12} more</p> : null}
        </section>
      ))}
      {results.estimated ? <p class="muted small">So many results: these counts are estimates.</p> : null}
    </nav>
  );
}

function Hits({ results }: { results: SearchResults }) {
  return (
    <ol class="hits" start={(results.page - 1) * results.perPage + 1}>
      {results.hits.map((h) => (
        <li>
          <p class="kicker">
            {h.kindName}
            {h.date ? ` · ${h.date}` : ""}
            {h.confidential ? <strong class="badge"> Confidential: your organisation only</strong> : null}
          </p>
          <h3>
            <a href={h.path}>{h.title}</a>
          </h3>
          <p class="snippet">
            {h.snippet.cutStart ? "… " : ""}
            {h.snippet.parts.map((p) => (p.hit ? <mark>{p.text}</mark> : p.text))}
            {h.snippet.cutEnd ? " …" : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}

function Paging({ results }: { results: SearchResults }) {
  const pages = Math.min(Math.ceil(results.total / results.perPage), 50);
  if (pages <= 1) return null;
  const filters = plain(results.filters);
  return (
    <nav class="paging" aria-label="Result pages">
      {results.page > 1 ? (
        <a rel="prev" href={searchHref(results.q, filters, results.page - 1)}>
          ← Previous
        </a>
      ) : null}{" "}
      <span>
        Page {results.page} of {pages}
      </span>{" "}
      {results.page < pages ? (
        <a rel="next" href={searchHref(results.q, filters, results.page + 1)}>
          Next →
        </a>
      ) : null}
    </nav>
  );
}

export function SearchView({ results, origin, error }: { results: SearchResults; origin: string; error?: string }) {
  const filters = plain(results.filters);
  const summary = results.q
    ? `${results.estimated ? "About " : ""}${results.total.toLocaleString("en")} ${results.total === 1 ? "result" : "results"} for “${results.q}”`
    : "Search";
  return (
    <Page
      title={results.q ? `${results.q} · Search` : "Search"}
      path={searchHref(results.q, filters, results.page)}
      origin={origin}
      crumbs={[{ label: "Search" }]}
      json={`/api/v1${searchHref(results.q, filters, results.page)}`}
      description="Search commitments, practical options, instruments, countries, evidence and published assessments."
    >
      <h1>Search</h1>
      <search>
        <form method="get" action="/search" class="search-form">
          <label for="search-q">Search commitments, options, instruments, countries, evidence and assessments</label>
          <div class="row">
            <input id="search-q" type="search" name="q" value={results.q} maxlength={500} aria-describedby="search-help" />
            {filters.map((f) => (
              <input type="hidden" name={f.facet} value={f.value} />
            ))}
            <button type="submit">Search</button>
          </div>
          <p id="search-help" class="hint">
            Phrases in quotes, OR between words, a minus to leave a word out, * after the start of a word.
          </p>
        </form>
      </search>
      <Help />
      {results.filters.length ? (
        <p class="filters">
          Showing only:{" "}
          {results.filters.map((f) => (
            <>
              <a
                class="chip"
                href={searchHref(
                  results.q,
                  filters.filter((o) => !(o.facet === f.facet && o.value === f.value)),
                )}
              >
                {f.label} <span aria-hidden="true">×</span>
                <span class="visually-hidden"> (remove this filter)</span>
              </a>{" "}
            </>
          ))}
        </p>
      ) : null}
      {error || (results.problem && results.q.trim()) ? (
        <p class="notice" role="alert">
          {error ?? results.problem}
        </p>
      ) : null}
      {results.q && !results.problem ? (
        <>
          <h2>{summary}</h2>
          {results.ignored.length ? (
            <p class="muted">Left out as too common or too short: {results.ignored.join(", ")}.</p>
          ) : null}
          {results.total === 0 ? (
            <p>Nothing matches. Try fewer words, another word form, or remove a filter.</p>
          ) : (
            <div class="search-layout">
              <div>
                <Hits results={results} />
                <Paging results={results} />
              </div>
              <Facets results={results} />
            </div>
          )}
        </>
      ) : null}
    </Page>
  );
}
