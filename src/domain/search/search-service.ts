/**
 * Search for people: parses the query, asks the index for what the searcher
 * may see, and returns results with highlighted snippets and labelled facets.
 */
import type { Actor } from "../accounts/types";
import { evidenceAccess } from "../evidence/access";
import { KIND_LABELS } from "../framework/catalogue";
import type { Repositories } from "../ports";
import { parseQuery } from "./query";
import { type Snippet, snippet } from "./snippet";
import { FACETS, type FacetName, type FacetValue, type SearchAudience, type SearchKind, type StoredHit } from "./types";

export const PER_PAGE = 20;
export const MAX_PAGE = 50;

export const KIND_NAMES: Record<SearchKind, string> = {
  ...Object.fromEntries(Object.entries(KIND_LABELS).map(([k, v]) => [k, v.singular[0]?.toUpperCase() + v.singular.slice(1)])),
  evidence: "Evidence",
  country: "Country",
  assessment: "Published assessment",
} as Record<SearchKind, string>;

export const FACET_NAMES: Record<FacetName, string> = {
  type: "Type",
  instrument: "Instrument",
  strategy: "Strategy",
  factor: "Obstacle or opportunity",
  form: "Form of abuse",
  country: "Country",
  region: "Region",
  year: "Year",
};

export interface SearchParams {
  q: string;
  filters: FacetValue[];
  page: number;
}

export interface SearchHit extends Omit<StoredHit, "text" | "organisationId"> {
  kindName: string;
  snippet: Snippet;
  confidential: boolean;
}

export interface FacetGroup {
  facet: FacetName;
  name: string;
  values: { value: string; label: string; count: number; selected: boolean }[];
}

export interface SearchResults {
  q: string;
  filters: (FacetValue & { label: string })[];
  page: number;
  perPage: number;
  total: number;
  /** True when the total and the facet counts are estimates (very large result sets), rounded. */
  estimated: boolean;
  hits: SearchHit[];
  facets: FacetGroup[];
  /** Why nothing was searched, when nothing was. */
  problem?: string;
  /** Words the search left out. */
  ignored: string[];
}

/** Public records for everyone; an organisation's confidential evidence for the members who may see it. */
export function audienceOf(actor: Actor): SearchAudience {
  return {
    grants: actor.memberships
      .map((m) => evidenceAccess(actor, m.organisationId))
      .filter((a): a is NonNullable<typeof a> => a !== undefined),
  };
}

/** An estimate to two significant figures: 70,350 → 70,000. */
export function roughly(n: number): number {
  if (n < 100) return n;
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}

/** Facet labels change only when packs or countries are loaded: read them at most once a minute. */
const LABELS_TTL_MS = 60_000;

export function searchService(repos: Repositories) {
  let labels: { at: number; label: Promise<(facet: FacetName, value: string) => string> } | undefined;
  function labeller() {
    const now = Date.now();
    if (!labels || now - labels.at > LABELS_TTL_MS) {
      const label = readLabels();
      labels = { at: now, label };
      label.catch(() => {
        labels = undefined; // a failed read is not kept
      });
    }
    return labels.label;
  }

  async function readLabels() {
    const [items, countries, regions] = await Promise.all([
      repos.framework.listItems(),
      repos.countries.listCountries(),
      repos.countries.listRegions(),
    ]);
    const names = new Map<string, string>();
    for (const i of items) names.set(i.id, i.title);
    for (const c of countries) names.set(`country:${c.iso3}`, c.name);
    for (const r of regions) names.set(`region:${r.code}`, r.name);
    return (facet: FacetName, value: string): string => {
      if (facet === "type") return KIND_NAMES[value as SearchKind] ?? value;
      if (facet === "year") return value;
      if (facet === "country" || facet === "region") return names.get(`${facet}:${value}`) ?? value;
      return names.get(value) ?? value;
    };
  }

  return {
    async search(actor: Actor, params: SearchParams): Promise<SearchResults> {
      const parsed = parseQuery(params.q);
      const page = Math.min(Math.max(1, Math.trunc(params.page) || 1), MAX_PAGE);
      const label = await labeller();
      const base = {
        q: params.q,
        filters: params.filters.map((f) => ({ ...f, label: label(f.facet, f.value) })),
        page,
        perPage: PER_PAGE,
        ignored: parsed.ignored,
      };
      if (!parsed.match) return { ...base, total: 0, estimated: false, hits: [], facets: [], problem: parsed.problem as string };
      const stored = await repos.search.search({
        match: parsed.match,
        groups: parsed.groups,
        filters: params.filters,
        audience: audienceOf(actor),
        offset: (page - 1) * PER_PAGE,
        limit: PER_PAGE,
      });
      const selected = new Set(params.filters.map((f) => `${f.facet}\u0000${f.value}`));
      const facets: FacetGroup[] = FACETS.map((facet) => ({
        facet,
        name: FACET_NAMES[facet],
        values: stored.facets
          .filter((f) => f.facet === facet)
          .map((f) => ({
            value: f.value,
            label: label(facet, f.value),
            count: stored.estimated ? roughly(f.count) : f.count,
            selected: selected.has(`${facet}\u0000${f.value}`),
          }))
          .sort((a, b) =>
            facet === "year" ? Number(b.value) - Number(a.value) : b.count - a.count || a.label.localeCompare(b.label, "en"),
          ),
      })).filter((g) => g.values.length > 0);
      // Confidential evidence has no public page: it opens in its organisation's space.
      const slugs = new Map<string, string>();
      for (const h of stored.hits)
        if (h.visibility !== "public" && h.organisationId && !slugs.has(h.organisationId))
          slugs.set(h.organisationId, (await repos.accounts.getOrganisation(h.organisationId))?.slug ?? "");
      return {
        ...base,
        total: stored.estimated ? roughly(stored.total) : stored.total,
        estimated: stored.estimated,
        hits: stored.hits.map(({ text, organisationId, ...hit }) => ({
          ...hit,
          path:
            hit.visibility !== "public" && organisationId
              ? `/orgs/${slugs.get(organisationId)}/evidence/${encodeURIComponent(hit.refId)}`
              : hit.path,
          kindName: KIND_NAMES[hit.kind] ?? hit.kind,
          snippet: snippet(text, parsed.highlight),
          confidential: hit.visibility !== "public",
        })),
        facets,
      };
    },
  };
}

export type SearchService = ReturnType<typeof searchService>;
