/**
 * Keeps the search index current: every write that changes a searchable
 * record calls one of these inside its own transaction, and `rebuild` makes
 * the whole index again (after seeding, or with `blueprint search reindex`).
 * Documents carry the terms of their records' translations (translations/search.ts).
 */
import type { Publication } from "../assessments/types";
import type { Country } from "../countries/types";
import type { Evidence } from "../evidence/types";
import type { Repositories } from "../ports";
import { withContentTranslations } from "../translations/search";
import { assessmentDocument, countryDocument, evidenceDocument, FrameworkGraph, itemDocument } from "./documents";
import { SEARCH_KINDS, type SearchDocument } from "./types";

const ALL_VISIBILITIES = ["public", "organisation", "restricted"] as const;
const PAGE = 2_000;

async function graphOf(repos: Repositories): Promise<FrameworkGraph> {
  const [items, links] = await Promise.all([repos.framework.listItems(), repos.framework.listLinks()]);
  return new FrameworkGraph(items, links);
}

async function countriesOf(repos: Repositories): Promise<Map<string, Country>> {
  return new Map((await repos.countries.listCountries()).map((c) => [c.iso3, c]));
}

async function organisationName(repos: Repositories, id: string, cache: Map<string, string>): Promise<string> {
  let name = cache.get(id);
  if (name === undefined) {
    name = (await repos.accounts.getOrganisation(id))?.name ?? "";
    cache.set(id, name);
  }
  return name;
}

/** Indexes one evidence record (or several) in the caller's transaction. */
export async function indexEvidence(tx: Repositories, evidence: readonly Evidence[]): Promise<void> {
  if (evidence.length === 0) return;
  const [graph, countries] = await Promise.all([graphOf(tx), countriesOf(tx)]);
  await tx.search.upsert(
    await withContentTranslations(
      tx,
      evidence.map((e) => evidenceDocument(e, graph, e.countryIso3 ? countries.get(e.countryIso3) : undefined)),
    ),
  );
}

/** Indexes the newest publication of assessments, replacing what the index held for them. */
export async function indexPublications(tx: Repositories, publications: readonly Publication[]): Promise<void> {
  if (publications.length === 0) return;
  const [graph, countries] = await Promise.all([graphOf(tx), countriesOf(tx)]);
  const names = new Map<string, string>();
  const documents: SearchDocument[] = [];
  for (const p of publications)
    documents.push(
      assessmentDocument(
        p,
        graph,
        countries.get(p.snapshot.countryIso3),
        await organisationName(tx, p.snapshot.organisationId, names),
      ),
    );
  await tx.search.upsert(await withContentTranslations(tx, documents));
}

/** Removes an organisation's evidence and assessments from the index (when they are deleted). */
export async function unindexOrganisation(tx: Repositories, organisationId: string): Promise<void> {
  await tx.search.removeOrganisation(organisationId);
}

export interface RebuildCounts {
  items: number;
  countries: number;
  evidence: number;
  assessments: number;
}

/** Rebuilds the whole index in one transaction: readers see the old index until it commits. */
export async function rebuildSearchIndex(repos: Repositories): Promise<RebuildCounts> {
  const counts = await rebuild(repos);
  await repos.search.optimise();
  return counts;
}

function rebuild(repos: Repositories): Promise<RebuildCounts> {
  return repos.transaction(async (tx) => {
    await tx.search.removeKinds(SEARCH_KINDS);
    const [graph, countries, items] = await Promise.all([graphOf(tx), countriesOf(tx), tx.framework.listItems()]);
    await tx.search.upsert(
      await withContentTranslations(
        tx,
        items.map((i) => itemDocument(i, graph, countries)),
      ),
    );
    await tx.search.upsert([...countries.values()].map(countryDocument));
    let evidence = 0;
    for (let page = 1; ; page++) {
      const batch = await tx.evidence.listEvidence({ visibility: ALL_VISIBILITIES }, { page, perPage: PAGE });
      await tx.search.upsert(
        await withContentTranslations(
          tx,
          batch.items.map((e) => evidenceDocument(e, graph, e.countryIso3 ? countries.get(e.countryIso3) : undefined)),
        ),
      );
      evidence += batch.items.length;
      if (batch.items.length < PAGE) break;
    }
    const publications = await tx.assessments.latestPublications({});
    await indexPublications(tx, publications);
    return { items: items.length, countries: countries.size, evidence, assessments: publications.length };
  });
}
