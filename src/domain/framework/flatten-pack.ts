/** Turns a loaded pack into the flat items, links and evidence that storage keeps. */
import type { Evidence } from "../evidence/types";
import type { LoadedPack } from "./pack";
import type { SimpleItemInput } from "./pack-schema";
import type { FrameworkItem, ItemKind, ItemLink } from "./types";

export interface FlatPack {
  items: FrameworkItem[];
  links: ItemLink[];
  evidence: Omit<Evidence, "createdAt" | "updatedAt">[];
}

/** Drops undefined fields so that stored JSON is stable. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function flattenPack(pack: LoadedPack): FlatPack {
  const packId = pack.manifest.id;
  const items: FrameworkItem[] = [];
  const simple = (kind: ItemKind, list: SimpleItemInput[]) => {
    for (const r of list)
      items.push({
        id: r.id,
        packId,
        kind,
        parentId: null,
        order: r.order,
        title: r.title,
        summary: r.summary,
        citation: r.citation,
        details: {},
      });
  };

  pack.instruments.forEach((r, i) => {
    const { id, title, summary, citation, ...details } = r;
    items.push({
      id,
      packId,
      kind: "instrument",
      parentId: null,
      order: i + 1,
      title,
      summary,
      citation,
      details: compact(details),
    });
  });
  for (const r of pack.commitments)
    items.push({
      id: r.id,
      packId,
      kind: "commitment",
      parentId: r.instrument,
      order: r.order,
      title: r.title,
      summary: r.summary,
      citation: r.citation,
      details: compact({ quotation: r.quotation, recommendation: r.recommendation }),
    });
  for (const s of pack.strategies) {
    items.push({
      id: s.id,
      packId,
      kind: "strategy",
      parentId: null,
      order: s.order,
      title: s.title,
      summary: s.summary,
      citation: s.citation,
      details: {},
    });
    for (const o of s.options)
      items.push({
        id: o.id,
        packId,
        kind: "option",
        parentId: s.id,
        order: o.order,
        title: o.title,
        summary: o.summary,
        citation: o.citation,
        details: compact({ actor: o.actor, actors: o.actors, points: o.points, approachCategories: o.approachCategories }),
      });
  }
  simple("factor", pack.factors);
  simple("approach_category", pack.approachCategories);
  simple("form_of_abuse", pack.formsOfAbuse);
  simple("legislative_approach", pack.legislativeApproaches);

  const links: ItemLink[] = pack.crosswalk.map((l) => ({
    packId,
    fromId: l.from,
    toId: l.to,
    type: l.type,
    rationale: l.rationale,
    editorial: l.editorial,
  }));

  const evidence = pack.evidence.map((e) => ({
    id: e.id,
    packId,
    organisationId: null,
    type: e.type,
    title: e.title,
    summary: e.summary,
    countryIso3: e.country ?? null,
    body: e.body ?? null,
    date: e.date ?? null,
    visibility: "public" as const,
    citation: e.citation,
    sources: e.sources.map(compact),
    links: [...new Set(e.links)].sort(),
  }));

  return { items, links, evidence };
}
