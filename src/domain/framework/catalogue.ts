/**
 * Read services over the framework: each returns one item with what links to
 * it, for public pages, the API and exports alike. Only public evidence is read.
 */
import type { Country } from "../countries/types";
import { type Entity, NotFoundError } from "../errors";
import type { Evidence, Visibility } from "../evidence/types";
import type { Repositories } from "../ports";
import type { Commitment, FrameworkItem, Instrument, ItemKind, ItemLink, PracticalOption } from "./types";

export const PUBLIC: readonly Visibility[] = ["public"];
/** Evidence lists on item pages are complete for the seeded pack; the API pages through the rest. */
const ALL = { page: 1, perPage: 10_000 };

/** What a missing item of each kind is called in a NotFoundError. */
const KIND_ENTITY: Record<ItemKind, Entity> = {
  instrument: "instrument",
  commitment: "commitment",
  strategy: "strategy",
  option: "option",
  factor: "factor",
  approach_category: "approachCategory",
  form_of_abuse: "formOfAbuse",
  legislative_approach: "legislativeApproach",
};

export const KIND_LABELS: Record<ItemKind, { singular: string; plural: string; path: string }> = {
  instrument: { singular: "instrument", plural: "Instruments", path: "instruments" },
  commitment: { singular: "commitment", plural: "Commitments", path: "commitments" },
  strategy: { singular: "strategy", plural: "Strategies", path: "strategies" },
  option: { singular: "practical option", plural: "Practical options", path: "options" },
  factor: { singular: "factor", plural: "Obstacles and opportunities", path: "factors" },
  approach_category: { singular: "approach category", plural: "Approach categories", path: "approach-categories" },
  form_of_abuse: { singular: "form of abuse", plural: "Forms of abuse", path: "forms-of-abuse" },
  legislative_approach: { singular: "legislative approach", plural: "Legislative approaches", path: "legislative-approaches" },
};

export interface Linked<T = FrameworkItem> {
  item: T;
  link: ItemLink;
}

export interface EvidenceByCountry {
  country: Country | null;
  evidence: Evidence[];
}

export function catalogue(repos: Repositories) {
  const { framework, evidence, countries } = repos;

  async function item<T = FrameworkItem>(kind: ItemKind, id: string): Promise<T> {
    const found = await framework.getItem(id);
    if (!found || found.kind !== kind) throw new NotFoundError(KIND_ENTITY[kind], id);
    return found as T;
  }

  /** Items at the other end of links, keeping each link's rationale. */
  async function linked(links: ItemLink[], side: "fromId" | "toId"): Promise<Linked[]> {
    const items = await framework.listItems({ ids: [...new Set(links.map((l) => l[side]))] });
    const byId = new Map(items.map((i) => [i.id, i]));
    return links
      .filter((l) => byId.has(l[side]))
      .map((link) => ({ item: byId.get(link[side]) as FrameworkItem, link }))
      .sort((a, b) => a.item.order - b.item.order || byteCompare(a.item.id, b.item.id));
  }

  async function evidenceFor(itemId: string): Promise<Evidence[]> {
    return (await evidence.listEvidence({ items: [itemId], visibility: PUBLIC }, ALL)).items;
  }

  async function groupByCountry(list: Evidence[]): Promise<EvidenceByCountry[]> {
    const all = await countries.listCountries();
    const byIso = new Map(all.map((c) => [c.iso3, c]));
    const groups = new Map<string, Evidence[]>();
    for (const e of list) {
      const key = e.countryIso3 ?? "";
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    return [...groups.entries()]
      .map(([iso3, ev]) => ({ country: byIso.get(iso3) ?? null, evidence: ev }))
      .sort((a, b) => (a.country?.name ?? "~").localeCompare(b.country?.name ?? "~"));
  }

  return {
    packs: () => framework.listPacks(),
    list: (kind: ItemKind) => framework.listItems({ kind }),
    item,

    async framework() {
      const [strategies, options, factors, approaches, forms, legislative] = await Promise.all([
        framework.listItems({ kind: "strategy" }),
        framework.listItems({ kind: "option" }),
        framework.listItems({ kind: "factor" }),
        framework.listItems({ kind: "approach_category" }),
        framework.listItems({ kind: "form_of_abuse" }),
        framework.listItems({ kind: "legislative_approach" }),
      ]);
      const factorLinks = await framework.listLinks({ type: "addresses_factor" });
      return {
        strategies: strategies.map((s) => ({
          strategy: s,
          options: options.filter((o) => o.parentId === s.id) as PracticalOption[],
          factorIds: factorLinks.filter((l) => l.fromId === s.id).map((l) => l.toId),
        })),
        factors,
        approaches,
        forms,
        legislative,
      };
    },

    async strategy(id: string) {
      const strategy = await item("strategy", id);
      const options = (await framework.listItems({ kind: "option", parentId: id })) as PracticalOption[];
      const factors = await linked(await framework.listLinks({ fromIds: [id], type: "addresses_factor" }), "toId");
      return { strategy, options, factors };
    },

    async option(id: string) {
      const option = await item<PracticalOption>("option", id);
      const [strategy, commitments, factors, approaches, ev] = await Promise.all([
        option.parentId ? framework.getItem(option.parentId) : undefined,
        framework.listLinks({ fromIds: [id], type: "implements" }).then((l) => linked(l, "toId")),
        framework.listLinks({ fromIds: [id], type: "addresses_factor" }).then((l) => linked(l, "toId")),
        framework.listItems({ ids: option.details.approachCategories ?? [] }),
        evidenceFor(id),
      ]);
      return { option, strategy, commitments, factors, approaches, evidence: await groupByCountry(ev) };
    },

    async instrument(id: string) {
      const instrument = await item<Instrument>("instrument", id);
      const commitments = (await framework.listItems({ kind: "commitment", parentId: id })) as Commitment[];
      return { instrument, commitments, evidence: await groupByCountry(await evidenceFor(id)) };
    },

    async commitment(id: string) {
      const commitment = await item<Commitment>("commitment", id);
      const [instrument, options, direct] = await Promise.all([
        commitment.parentId ? framework.getItem(commitment.parentId) : undefined,
        framework.listLinks({ toIds: [id], type: "implements" }).then((l) => linked(l, "fromId")),
        evidenceFor(id),
      ]);
      // Evidence across countries: linked to the commitment itself or to an option that implements it.
      const viaOptions = await Promise.all(options.map((o) => evidenceFor(o.item.id)));
      const seen = new Map<string, Evidence>();
      for (const e of [...direct, ...viaOptions.flat()]) seen.set(e.id, e);
      return { commitment, instrument, options, evidence: await groupByCountry([...seen.values()]) };
    },

    async factor(id: string) {
      const factor = await item("factor", id);
      const links = await linked(await framework.listLinks({ toIds: [id], type: "addresses_factor" }), "fromId");
      return {
        factor,
        strategies: links.filter((l) => l.item.kind === "strategy"),
        options: links.filter((l) => l.item.kind === "option"),
        evidence: await groupByCountry(await evidenceFor(id)),
      };
    },

    async approachCategory(id: string) {
      const category = await item("approach_category", id);
      const options = ((await framework.listItems({ kind: "option" })) as PracticalOption[]).filter((o) =>
        o.details.approachCategories?.includes(id),
      );
      return { category, options };
    },

    /** Forms of abuse and legislative approaches: the item and the evidence about it. */
    async withEvidence(kind: "form_of_abuse" | "legislative_approach", id: string) {
      const found = await item(kind, id);
      return { item: found, evidence: await groupByCountry(await evidenceFor(id)) };
    },
  };
}

export type Catalogue = ReturnType<typeof catalogue>;

function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
