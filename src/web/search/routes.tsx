/** GET /search: the search page, for everyone; signed-in members also find their organisation's confidential evidence. */
import { Hono } from "hono";
import { etag } from "hono/etag";
import { searchService } from "../../domain/search/search-service";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { facetFilters, searchQuery } from "./params";
import { SearchView } from "./views";

export function searchRoutes(deps: WebDeps) {
  const app = new Hono<AppEnv>();
  const search = searchService(deps.repos);
  const origin = deps.config.publicOrigin;

  app.get("/search", requires("public.read"), etag(), async (c) => {
    const parsed = searchQuery.safeParse(c.req.query());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const results = await search.search(c.get("actor"), { q: "", filters: [], page: 1 });
      c.status(400);
      return c.html(
        <SearchView
          origin={origin}
          results={results}
          error={`The ${String(issue?.path[0] ?? "search")} ${issue?.message ?? "is not valid"}.`}
        />,
      );
    }
    const { q, page } = parsed.data;
    const results = await search.search(c.get("actor"), { q, filters: facetFilters(parsed.data), page });
    // Shared caches may keep a signed-out search briefly; signed-in answers are private (security headers).
    c.header("Cache-Control", "public, max-age=60");
    return c.html(<SearchView origin={origin} results={results} />);
  });

  return app;
}
