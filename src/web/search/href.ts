import type { FacetValue } from "../../domain/search/types";

/** The address of a search: query, filters and page, in a stable order. */
export function searchHref(q: string, filters: readonly FacetValue[], page = 1): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  for (const f of filters) params.set(f.facet, f.value);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `/search?${s}` : "/search";
}
