/** GET /search: the search page, for everyone; signed-in members also find their organisation's confidential evidence. */
import { Hono } from "hono";
import { etag } from "hono/etag";
import type { Country } from "../../domain/countries/types";
import { MAX_QUERY_LENGTH } from "../../domain/search/query";
import type { SearchResults } from "../../domain/search/search-service";
import { MAX_PAGE, searchService } from "../../domain/search/search-service";
import { SEARCH_KINDS } from "../../domain/search/types";
import { refOfDocument } from "../../domain/translations/search";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { currentLocale, num, t } from "../i18n/t";
import { pageTranslations } from "../public/content";
import { facetFilters, searchQuery } from "./params";
import { SearchView } from "./views";

/** Countries change only when reference data is loaded: read them at most once a minute, for names in every language. */
const COUNTRIES_TTL_MS = 60_000;

/** Why a parameter was refused, in the reader's language; the API keeps the schema's English messages. */
function parameterProblem(parameter: string): string {
  switch (parameter) {
    case "q":
      return t("search.invalid.q", { max: num(MAX_QUERY_LENGTH) });
    case "page":
      return t("search.invalid.page", { max: num(MAX_PAGE) });
    case "type":
      return t("search.invalid.type", { types: SEARCH_KINDS.join(", ") });
    case "instrument":
    case "strategy":
    case "factor":
    case "form":
      return t("search.invalid.item", { parameter });
    case "country":
    case "region":
    case "year":
      return t(`search.invalid.${parameter}`);
    default:
      return t("search.invalid.other", { parameter });
  }
}

export function searchRoutes(deps: WebDeps) {
  const app = new Hono<AppEnv>();
  const search = searchService(deps.repos);
  const origin = deps.config.publicOrigin;
  let countries: { at: number; byIso3: Promise<Map<string, Country>> } | undefined;
  const countriesByIso3 = () => {
    if (!countries || Date.now() - countries.at > COUNTRIES_TTL_MS) {
      const byIso3 = deps.repos.countries.listCountries().then((list) => new Map(list.map((c) => [c.iso3, c])));
      countries = { at: Date.now(), byIso3 };
      byIso3.catch(() => {
        countries = undefined; // a failed read is not kept
      });
    }
    return countries.byIso3;
  };

  /** The hits' translations into the reader's language, and the languages they were written in: one read. */
  const hitTranslations = (results: SearchResults) =>
    pageTranslations(
      deps.repos,
      results.hits.flatMap((h) => refOfDocument(h) ?? []),
      currentLocale(),
    );

  app.get("/search", requires("public.read"), etag(), async (c) => {
    const parsed = searchQuery.safeParse(c.req.query());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const [results, byIso3] = await Promise.all([
        search.search(c.get("actor"), { q: "", filters: [], page: 1 }),
        countriesByIso3(),
      ]);
      c.status(400);
      return c.html(
        <SearchView
          origin={origin}
          results={results}
          countries={byIso3}
          error={parameterProblem(String(issue?.path[0] ?? ""))}
        />,
      );
    }
    const { q, page } = parsed.data;
    const [results, byIso3] = await Promise.all([
      search.search(c.get("actor"), { q, filters: facetFilters(parsed.data), page }),
      countriesByIso3(),
    ]);
    const translations = await hitTranslations(results);
    // Shared caches may keep a signed-out search briefly; signed-in answers are private (security headers).
    c.header("Cache-Control", "public, max-age=60");
    return c.html(<SearchView origin={origin} results={results} countries={byIso3} translations={translations} />);
  });

  return app;
}
