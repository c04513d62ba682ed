/** List envelopes: `{ data, meta: { page, perPage, total }, links: { self, next, prev } }` with absolute URLs. */
import type { Page, PageRequest } from "../../../domain/pagination";

export interface ListBody<T> {
  data: T[];
  meta: { page: number; perPage: number; total: number };
  links: { self: string; next: string | null; prev: string | null };
}

/** One page of a list already held in memory (framework items, countries). */
export function pageOf<T>(all: readonly T[], { page, perPage }: PageRequest): Page<T> {
  const start = (page - 1) * perPage;
  return { items: all.slice(start, start + perPage), page, perPage, total: all.length };
}

/** The request URL on the public origin, with `page` replaced. */
function withPage(requestUrl: string, origin: string, page?: number): string {
  const url = new URL(requestUrl);
  const params = new URLSearchParams(url.search);
  if (page !== undefined) params.set("page", String(page));
  const query = params.toString();
  return `${origin}${url.pathname}${query ? `?${query}` : ""}`;
}

/**
 * Wraps presented records with paging metadata. `prev` from a page past the end
 * points at the last page that has records, so a client can always step back.
 */
export function listBody<T, R>(page: Page<T>, data: R[], requestUrl: string, origin: string): ListBody<R> {
  const lastPage = Math.max(1, Math.ceil(page.total / page.perPage));
  return {
    data,
    meta: { page: page.page, perPage: page.perPage, total: page.total },
    links: {
      self: withPage(requestUrl, origin),
      next: page.page < lastPage ? withPage(requestUrl, origin, page.page + 1) : null,
      prev: page.page > 1 ? withPage(requestUrl, origin, Math.min(page.page - 1, lastPage)) : null,
    },
  };
}
