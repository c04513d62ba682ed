/**
 * Domain records → API records: camelCase, absolute `url` and `htmlUrl`, nulls
 * instead of absent fields. Fields are picked one by one, never spread, so
 * nothing internal (an evidence record's organisation or visibility) can leak.
 */
import type { Country } from "../../../domain/countries/types";
import type { Evidence } from "../../../domain/evidence/types";
import { KIND_LABELS, type Linked } from "../../../domain/framework/catalogue";
import type { Citation } from "../../../domain/framework/pack-schema";
import type {
  CommitmentDetails,
  FrameworkItem,
  InstrumentDetails,
  ItemKind,
  OptionDetails,
} from "../../../domain/framework/types";
import type {
  CommitmentRecord,
  CountryRecord,
  EvidenceRecord,
  EvidenceRef,
  FrameworkItemRecord,
  InstrumentRecord,
  ItemRef,
  LinkedItem,
  OptionRecord,
} from "./schemas";

export interface Urls {
  /** `{ url, htmlUrl }` for a record whose public path is `/{collection}/{id}`. */
  of(collection: string, id: string): { url: string; htmlUrl: string };
  item(kind: ItemKind, id: string): { url: string; htmlUrl: string };
  country(iso3: string): { url: string; htmlUrl: string };
  evidence(id: string): { url: string; htmlUrl: string };
}

export function urls(origin: string): Urls {
  const of = (collection: string, id: string) => {
    const path = `/${collection}/${encodeURIComponent(id)}`;
    return { url: `${origin}/api/v1${path}`, htmlUrl: `${origin}${path}` };
  };
  return {
    of,
    item: (kind, id) => of(KIND_LABELS[kind].path, id),
    country: (iso3) => of("countries", iso3),
    evidence: (id) => of("evidence", id),
  };
}

export type Presenters = ReturnType<typeof presenters>;

export function presenters(origin: string) {
  const u = urls(origin);

  const citation = (c: Citation) => ({ section: c.section, locator: c.locator ?? null, footnotes: c.footnotes ?? [] });

  const ref = (item: FrameworkItem): ItemRef => ({
    id: item.id,
    kind: item.kind,
    title: item.title,
    ...u.item(item.kind, item.id),
  });

  const linked = ({ item, link }: Linked): LinkedItem => ({ ...ref(item), rationale: link.rationale, editorial: link.editorial });

  const evidenceRef = (e: Evidence): EvidenceRef => ({
    id: e.id,
    type: e.type,
    title: e.title,
    countryIso3: e.countryIso3,
    ...u.evidence(e.id),
  });

  function item(i: FrameworkItem): FrameworkItemRecord {
    return {
      id: i.id,
      kind: i.kind,
      packId: i.packId,
      order: i.order,
      title: i.title,
      summary: i.summary,
      citation: citation(i.citation),
      ...u.item(i.kind, i.id),
    };
  }

  function instrument(i: FrameworkItem): InstrumentRecord {
    const d = i.details as InstrumentDetails;
    return {
      ...item(i),
      type: d.type,
      body: d.body,
      year: d.year,
      symbol: d.symbol ?? null,
      adopted: d.adopted ?? null,
      documentUrl: d.url ?? null,
      core: d.core === true,
    };
  }

  function commitment(i: FrameworkItem): CommitmentRecord {
    const d = i.details as CommitmentDetails;
    const quotation = d.quotation ? { text: d.quotation.text, source: d.quotation.source } : null;
    const r = d.recommendation;
    const recommendation = r
      ? {
          recommendingStates: r.recommendingStates,
          stateUnderReview: r.stateUnderReview,
          country: r.country ?? null,
          session: r.session,
          response: r.response ?? null,
          documentSymbol: r.documentSymbol ?? null,
          themes: r.themes,
        }
      : null;
    return { ...item(i), instrumentId: i.parentId, quotation, recommendation };
  }

  function option(i: FrameworkItem): OptionRecord {
    const d = i.details as OptionDetails;
    return {
      ...item(i),
      strategyId: i.parentId,
      actor: d.actor,
      actors: d.actors ?? null,
      points: d.points ?? [],
      approachCategoryIds: d.approachCategories ?? [],
    };
  }

  function country(c: Country, evidenceCount: number): CountryRecord {
    return {
      iso3: c.iso3,
      iso2: c.iso2,
      m49: c.m49,
      name: c.name,
      officialName: c.officialName,
      regionCode: c.regionCode,
      subregionCode: c.subregionCode,
      intermediateCode: c.intermediateCode,
      names: c.names,
      evidenceCount,
      ...u.country(c.iso3),
    };
  }

  function evidence(e: Evidence): EvidenceRecord {
    return {
      id: e.id,
      packId: e.packId,
      type: e.type,
      title: e.title,
      summary: e.summary,
      countryIso3: e.countryIso3,
      body: e.body,
      date: e.date,
      citation: e.citation ? citation(e.citation) : null,
      sources: e.sources.map((s) => ({
        title: s.title,
        publisher: s.publisher ?? null,
        url: s.url ?? null,
        date: s.date ?? null,
        locator: s.locator ?? null,
        quotation: s.quotation ?? null,
      })),
      itemIds: [...e.links],
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      ...u.evidence(e.id),
    };
  }

  /** The record presenter for each kind of framework item. */
  function byKind(i: FrameworkItem): FrameworkItemRecord {
    if (i.kind === "instrument") return instrument(i);
    if (i.kind === "commitment") return commitment(i);
    if (i.kind === "option") return option(i);
    return item(i);
  }

  return { urls: u, ref, linked, evidenceRef, item, instrument, commitment, option, byKind, country, evidence };
}
