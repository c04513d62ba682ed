/**
 * Search documents built from Blueprint's records: framework items,
 * countries, evidence and published assessments. Facets (instrument,
 * strategy, factor, form of abuse) follow the framework's crosswalk, so
 * evidence linked to a practical option is found under its strategy and under
 * the instruments whose commitments that option answers.
 */

import type { Publication } from "../assessments/types";
import { STATUS_LABELS } from "../assessments/types";
import type { Country } from "../countries/types";
import type { Evidence } from "../evidence/types";
import { KIND_LABELS } from "../framework/catalogue";
import type { CommitmentDetails, FrameworkItem, InstrumentDetails, ItemLink, OptionDetails } from "../framework/types";
import { analyse } from "./analyze";
import type { FacetName, FacetValue, SearchDocument, SearchKind } from "./types";

/** Text kept for snippets; the index holds the analysed terms of the whole text (up to MAX_TERMS). */
const SNIPPET_SOURCE_CHARS = 3000;
/** PostgreSQL positions stop at 16,383: both databases index the same first terms. */
export const MAX_TERMS = 16_000;

const FACET_OF_KIND: Partial<Record<FrameworkItem["kind"], FacetName>> = {
  instrument: "instrument",
  strategy: "strategy",
  factor: "factor",
  form_of_abuse: "form",
};

/** For each framework item, the instruments, strategies, factors and forms of abuse it belongs to. */
export class FrameworkGraph {
  private readonly byId: Map<string, FrameworkItem>;
  private readonly neighbours = new Map<string, string[]>();
  private readonly cache = new Map<string, FacetValue[]>();

  constructor(items: readonly FrameworkItem[], links: readonly ItemLink[]) {
    this.byId = new Map(items.map((i) => [i.id, i]));
    const add = (a: string, b: string) => {
      const list = this.neighbours.get(a) ?? [];
      list.push(b);
      this.neighbours.set(a, list);
    };
    for (const l of links) {
      add(l.fromId, l.toId);
      add(l.toId, l.fromId);
    }
  }

  item(id: string): FrameworkItem | undefined {
    return this.byId.get(id);
  }

  /** The year an item dates from: an instrument's adoption, a commitment's instrument. */
  year(item: FrameworkItem): number | null {
    const instrument = item.kind === "instrument" ? item : item.parentId ? this.byId.get(item.parentId) : undefined;
    return instrument?.kind === "instrument" ? ((instrument.details as InstrumentDetails).year ?? null) : null;
  }

  /**
   * The item itself and its parent when they are facet kinds, and the same for
   * the items it is linked to (one step along the crosswalk).
   */
  facets(id: string): FacetValue[] {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const out = new Map<string, FacetValue>();
    const own = (itemId: string) => {
      const item = this.byId.get(itemId);
      if (!item) return;
      for (const i of [item, item.parentId ? this.byId.get(item.parentId) : undefined]) {
        const facet = i && FACET_OF_KIND[i.kind];
        if (i && facet) out.set(`${facet}:${i.id}`, { facet, value: i.id });
      }
    };
    own(id);
    for (const n of this.neighbours.get(id) ?? []) own(n);
    const list = [...out.values()];
    this.cache.set(id, list);
    return list;
  }
}

function regionFacets(country: Country | undefined): FacetValue[] {
  if (!country) return [];
  return [country.regionCode, country.subregionCode, country.intermediateCode]
    .filter((c): c is string => !!c)
    .map((value) => ({ facet: "region", value }));
}

function unique(facets: FacetValue[]): FacetValue[] {
  const seen = new Map(facets.map((f) => [`${f.facet}\u0000${f.value}`, f]));
  return [...seen.values()].sort((a, b) => (a.facet + a.value < b.facet + b.value ? -1 : 1));
}

function document(
  kind: SearchKind,
  refId: string,
  fields: Omit<SearchDocument, "key" | "kind" | "refId" | "titleTerms" | "bodyTerms" | "text"> & {
    body: string;
    language?: string;
  },
): SearchDocument {
  const { body, language, ...rest } = fields;
  const titleTerms = analyse(fields.title, language ? { language } : {});
  const bodyTerms = analyse(body, language ? { language } : {}).slice(0, Math.max(0, MAX_TERMS - titleTerms.length));
  return {
    key: `${kind}:${refId}`,
    kind,
    refId,
    ...rest,
    text: body.length > SNIPPET_SOURCE_CHARS ? body.slice(0, SNIPPET_SOURCE_CHARS) : body,
    facets: unique([{ facet: "type", value: kind }, ...fields.facets]),
    titleTerms,
    bodyTerms,
  };
}

const yearFacet = (year: number | string | null | undefined): FacetValue[] =>
  year ? [{ facet: "year", value: String(year).slice(0, 4) }] : [];

export function itemDocument(
  item: FrameworkItem,
  graph: FrameworkGraph,
  countries: ReadonlyMap<string, Country> = new Map(),
): SearchDocument {
  const parts = [item.summary];
  const details = item.details as Partial<CommitmentDetails & OptionDetails & InstrumentDetails>;
  // A UN recommendation: found by who made it, to whom, when and on what; filtered by the state under review.
  const r = details.recommendation;
  const reviewed = r?.country ? countries.get(r.country) : undefined;
  if (r) parts.push([...r.recommendingStates, r.stateUnderReview, r.session, r.documentSymbol ?? "", ...r.themes].join("\n"));
  if (details.quotation && details.quotation.text !== item.summary) parts.push(details.quotation.text);
  if (details.points) parts.push(...details.points);
  if (details.symbol) parts.push(details.symbol);
  if (details.actors) parts.push(details.actors);
  return document(item.kind, item.id, {
    title: item.title,
    body: parts.join("\n"),
    path: `/${KIND_LABELS[item.kind].path}/${item.id}`,
    date: details.adopted ?? null,
    visibility: "public",
    organisationId: null,
    facets: [
      ...graph.facets(item.id),
      ...yearFacet(graph.year(item)),
      ...(r?.country ? [{ facet: "country" as const, value: r.country }, ...regionFacets(reviewed)] : []),
    ],
  });
}

export function countryDocument(country: Country): SearchDocument {
  // The names in the six UN languages (and more) are all searchable.
  const names = [...new Set([country.officialName, ...Object.values(country.names)])].filter((n) => n !== country.name);
  return document("country", country.iso3, {
    title: country.name,
    body: [country.iso3, ...names].join("\n"),
    path: `/countries/${country.iso3}`,
    date: null,
    visibility: "public",
    organisationId: null,
    facets: [{ facet: "country", value: country.iso3 }, ...regionFacets(country)],
  });
}

export function evidenceDocument(evidence: Evidence, graph: FrameworkGraph, country: Country | undefined): SearchDocument {
  const sources = evidence.sources.map((s) => [s.title, s.publisher, s.quotation].filter(Boolean).join(" — "));
  return document("evidence", evidence.id, {
    title: evidence.title,
    body: [evidence.summary, evidence.body ?? "", ...sources].filter(Boolean).join("\n"),
    path: `/evidence/${evidence.id}`,
    date: evidence.date,
    visibility: evidence.visibility,
    organisationId: evidence.organisationId,
    facets: [
      ...evidence.links.flatMap((id) => graph.facets(id)),
      ...(evidence.countryIso3 ? [{ facet: "country" as const, value: evidence.countryIso3 }] : []),
      ...regionFacets(country),
      ...yearFacet(evidence.date),
    ],
  });
}

/** A published assessment: the newest publication, found by its item, country, narrative and factors. */
export function assessmentDocument(
  publication: Publication,
  graph: FrameworkGraph,
  country: Country | undefined,
  organisationName: string,
): SearchDocument {
  const { snapshot } = publication;
  const item = graph.item(snapshot.itemId);
  const factorTitles = [...snapshot.obstacles, ...snapshot.enablers].map((id) => graph.item(id)?.title ?? "");
  return document("assessment", publication.assessmentId, {
    title: `${country?.name ?? snapshot.countryIso3}: ${item?.title ?? snapshot.itemId}`,
    body: [`${STATUS_LABELS[snapshot.status]}. ${organisationName}.`, snapshot.narrative, ...factorTitles.filter(Boolean)].join(
      "\n",
    ),
    path: `/assessments/${encodeURIComponent(publication.assessmentId)}`,
    date: publication.publishedAt.slice(0, 10),
    visibility: "public",
    organisationId: snapshot.organisationId,
    facets: [
      ...graph.facets(snapshot.itemId),
      ...[...snapshot.obstacles, ...snapshot.enablers].map((value) => ({ facet: "factor" as const, value })),
      { facet: "country", value: snapshot.countryIso3 },
      ...regionFacets(country),
      ...yearFacet(publication.publishedAt),
    ],
  });
}
