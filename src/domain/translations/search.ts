/**
 * Translations in the search index: a record's document also holds the terms
 * of its translations (a translated title among the title's terms), each
 * analysed in its own language, so that a search in French finds a record
 * written in English once someone has translated it. The document keeps the
 * record's key, visibility and organisation: a translation is found exactly
 * where the record is, never more widely.
 */
import { ITEM_KINDS } from "../framework/types";
import type { Repositories } from "../ports";
import { analyse } from "../search/analyze";
import { FrameworkGraph, itemDocument, MAX_TERMS } from "../search/documents";
import type { SearchDocument } from "../search/types";
import type { ContentRef, ContentTranslation } from "./types";

/** The record a search document is built from, when it is one that can be translated. */
export function refOfDocument(doc: Pick<SearchDocument, "kind" | "refId">): ContentRef | undefined {
  if ((ITEM_KINDS as readonly string[]).includes(doc.kind)) return { type: "framework_item", id: doc.refId };
  if (doc.kind === "evidence" || doc.kind === "assessment") return { type: doc.kind, id: doc.refId };
  return undefined;
}

/** The document with the terms of these translations added after its own. */
export function withTranslatedTerms(doc: SearchDocument, translations: readonly ContentTranslation[]): SearchDocument {
  if (translations.length === 0) return doc;
  const titleTerms = [...doc.titleTerms];
  const bodyTerms = [...doc.bodyTerms];
  for (const t of translations) {
    const terms = analyse(t.text, { language: t.locale });
    (t.field === "title" ? titleTerms : bodyTerms).push(...terms);
  }
  // Both databases index the same first terms (PostgreSQL positions stop at 16,383).
  const titles = titleTerms.slice(0, MAX_TERMS);
  return { ...doc, titleTerms: titles, bodyTerms: bodyTerms.slice(0, Math.max(0, MAX_TERMS - titles.length)) };
}

/** Adds to each document the translations of its record (one read for the whole batch). */
export async function withContentTranslations(
  repos: Pick<Repositories, "translations">,
  documents: readonly SearchDocument[],
): Promise<SearchDocument[]> {
  const refs = documents.flatMap((d) => refOfDocument(d) ?? []);
  if (refs.length === 0) return [...documents];
  const { translations } = await repos.translations.load(refs);
  if (translations.length === 0) return [...documents];
  const byKey = new Map<string, ContentTranslation[]>();
  for (const t of translations) {
    const key = `${t.entityType}:${t.entityId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), t]);
  }
  return documents.map((d) => {
    const ref = refOfDocument(d);
    return ref ? withTranslatedTerms(d, byKey.get(`${ref.type}:${ref.id}`) ?? []) : d;
  });
}

/** Indexes one framework item again, with its translations (after one of them changed). */
export async function indexFrameworkItem(tx: Repositories, id: string): Promise<void> {
  const [items, links, countries] = await Promise.all([
    tx.framework.listItems(),
    tx.framework.listLinks(),
    tx.countries.listCountries(),
  ]);
  const item = items.find((i) => i.id === id);
  if (!item) return;
  const doc = itemDocument(item, new FrameworkGraph(items, links), new Map(countries.map((c) => [c.iso3, c])));
  await tx.search.upsert(await withContentTranslations(tx, [doc]));
}
