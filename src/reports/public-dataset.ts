/**
 * The whole public dataset as one JSON document with a stable ordering: the
 * same data always gives the same bytes. Only public evidence is included.
 */
import { PUBLIC } from "../domain/framework/catalogue";
import { type FrameworkItem, ITEM_KINDS } from "../domain/framework/types";
import type { Repositories } from "../domain/ports";

export const DATASET_FORMAT = "blueprint-public-dataset/1";

export async function buildPublicDataset(repos: Repositories, origin: string) {
  const [packs, items, links, regions, countries, evidence] = await Promise.all([
    repos.framework.listPacks(),
    repos.framework.listItems(),
    repos.framework.listLinks(),
    repos.countries.listRegions(),
    repos.countries.listCountries(),
    repos.evidence.listEvidence({ visibility: PUBLIC }, { page: 1, perPage: Number.MAX_SAFE_INTEGER }),
  ]);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // Items follow the framework's own order: parents first (instrument, strategy), then position.
  const orderOf = new Map(items.map((i) => [i.id, i.order]));
  const parentOrder = (i: FrameworkItem) => (i.parentId ? (orderOf.get(i.parentId) ?? 0) : 0);
  const inFrameworkOrder = (a: FrameworkItem, b: FrameworkItem) =>
    parentOrder(a) - parentOrder(b) || a.order - b.order || byId(a, b);
  return {
    format: DATASET_FORMAT,
    origin,
    packs: packs.map(({ contentHash, loadedAt, ...p }) => ({ ...p, contentHash })),
    items: Object.fromEntries(ITEM_KINDS.map((k) => [k, items.filter((i) => i.kind === k).sort(inFrameworkOrder)])),
    crosswalk: links,
    regions,
    countries: [...countries].sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1)),
    evidence: evidence.items
      .map(({ organisationId, visibility, createdAt, updatedAt, ...e }) => ({ ...e, url: `${origin}/evidence/${e.id}` }))
      .sort(byId),
  };
}
