/**
 * The search index on SQLite (FTS5) and PostgreSQL (tsvector). Everything a
 * search asks (the words, the filters, who may see what) is one full-text
 * match; ranking tiers are full-text matches too, read in document-number
 * order, so a page of results never has to score every match. Counts are
 * exact up to EXACT_LIMIT matches; above, they are estimated from the fixed
 * 1-in-64 sample of documents whose number is a multiple of 64.
 */
import { sql } from "kysely";
import type { Visibility } from "../../domain/evidence/types";
import type { SearchRepository } from "../../domain/ports";
import {
  FACETS,
  type FacetName,
  SEARCH_KINDS,
  type SearchDocument,
  type SearchKind,
  type StorageSearch,
  type StoredHit,
} from "../../domain/search/types";
import type { DB, DialectName } from "../database";
import {
  baseQuery,
  type Dialect,
  fts5,
  metaTokens,
  type TitleTier,
  titleTiers,
  titleTsvectorLiteral,
  tsquery,
  tsvectorLiteral,
} from "./search-sql";

const BATCH = 400;
/** Below this many matches, counts are exact. */
export const EXACT_LIMIT = 5_000;
export const SAMPLE = 64;
const FACET_SEPARATOR = "\u001f";

const chunks = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/** FNV-1a, 32 bits: a stable hash of a key, the same in every process. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The document number: kind (commitments first), then length in terms
 * (shorter first), then a hash of the key. Below 2^48, safe in JavaScript and
 * in a bigint. Its last six bits are the hash's, so `doc_no % 64 = 0` picks a
 * fixed pseudo-random sample.
 */
export function documentNumber(d: SearchDocument): number {
  const rank = Math.max(0, SEARCH_KINDS.indexOf(d.kind));
  const length = Math.min(d.titleTerms.length + d.bodyTerms.length, 4095);
  return rank * 2 ** 44 + length * 2 ** 32 + hash32(d.key);
}

interface HitRow {
  key: string;
  kind: string;
  ref_id: string;
  title: string;
  body_text: string;
  path: string;
  date: string | null;
  visibility: string;
  organisation_id: string | null;
}

export function searchRepository(db: DB, dialect: DialectName): SearchRepository {
  const postgres = dialect === "postgres";
  const d: Dialect = postgres ? tsquery : fts5;

  // The same two questions on each database: which records come first, and how many per facet value.
  const hitsSql = (base: string, tier: TitleTier, limit: number) => {
    if (postgres) {
      const title =
        tier.include && tier.exclude
          ? `(${tier.include} & !${tier.exclude})`
          : (tier.include ?? (tier.exclude ? `!${tier.exclude}` : undefined));
      return sql<HitRow>`select key, kind, ref_id, title, body_text, path, date, visibility, organisation_id
          from search_documents where tsv @@ ${base}::tsquery ${title ? sql`and title_tsv @@ ${title}::tsquery` : sql``}
          order by doc_no limit ${limit}`;
    }
    let query = tier.include ? d.and([base, tier.include]) : base;
    if (tier.exclude) query = d.not(query, tier.exclude);
    return sql<HitRow>`select d.key, d.kind, d.ref_id, d.title, d.body_text, d.path, d.date, d.visibility, d.organisation_id
          from search_fts f join search_documents d on d.doc_no = f.rowid
          where search_fts match ${query} order by f.rowid limit ${limit}`;
  };
  const facetsSql = (query: string, sample: boolean) =>
    postgres
      ? sql<{ facet: string; value: string; n: string | number }>`select split_part(f, ${FACET_SEPARATOR}, 1) as facet,
          split_part(f, ${FACET_SEPARATOR}, 2) as value, count(*) as n
          from search_documents d cross join lateral unnest(d.facets) as f
          where d.tsv @@ ${query}::tsquery ${sample ? sql`and d.doc_no % 64 = 0` : sql``} group by f`
      : sql<{ facet: string; value: string; n: string | number }>`select facet, value, count(*) as n from search_facets
          where doc_no in (select rowid from search_fts where search_fts match ${query} ${
            sample ? sql`and rowid % 64 = 0` : sql``
          }) group by facet, value`;

  async function removeDocNos(docNos: number[]): Promise<void> {
    for (const part of chunks(docNos, BATCH)) {
      if (!postgres) {
        await db.deleteFrom("search_facets").where("doc_no", "in", part).execute();
        await sql`delete from search_fts where rowid in (${sql.join(part)})`.execute(db);
      }
      await db.deleteFrom("search_documents").where("doc_no", "in", part).execute();
    }
  }

  async function docNosWhere(column: "key" | "organisation_id" | "kind", values: readonly string[]): Promise<number[]> {
    const out: number[] = [];
    for (const part of chunks(values, BATCH)) {
      const rows = await db.selectFrom("search_documents").select("doc_no").where(column, "in", part).execute();
      out.push(...rows.map((r) => Number(r.doc_no)));
    }
    return out;
  }

  /** Document numbers for new documents; on the rare hash collision, the next free number. */
  async function numbers(documents: readonly SearchDocument[]): Promise<number[]> {
    const wanted = documents.map(documentNumber);
    const taken = new Set(
      (await db.selectFrom("search_documents").select("doc_no").where("doc_no", "in", wanted).execute()).map((r) =>
        Number(r.doc_no),
      ),
    );
    const out: number[] = [];
    for (const n of wanted) {
      let free = n;
      while (taken.has(free)) {
        free++;
        const row = await db.selectFrom("search_documents").select("doc_no").where("doc_no", "=", free).executeTakeFirst();
        if (row) taken.add(free);
      }
      taken.add(free);
      out.push(free);
    }
    return out;
  }

  async function insert(documents: readonly SearchDocument[]): Promise<void> {
    const docNos = await numbers(documents);
    await db
      .insertInto("search_documents")
      .values(
        documents.map((doc, i) => ({
          doc_no: docNos[i] as number,
          key: doc.key,
          kind: doc.kind,
          ref_id: doc.refId,
          title: doc.title,
          body_text: doc.text,
          path: doc.path,
          date: doc.date,
          visibility: doc.visibility,
          organisation_id: doc.organisationId,
          ...(postgres
            ? {
                tsv: sql<string>`${tsvectorLiteral(doc)}::tsvector`,
                title_tsv: sql<string>`${titleTsvectorLiteral(doc)}::tsvector`,
                facets: doc.facets.map((f) => `${f.facet}${FACET_SEPARATOR}${f.value}`),
              }
            : {}),
        })),
      )
      .execute();
    if (postgres) return;
    await sql`insert into search_fts (rowid, title, body, meta) values ${sql.join(
      documents.map(
        (doc, i) => sql`(${docNos[i]}, ${doc.titleTerms.join(" ")}, ${doc.bodyTerms.join(" ")}, ${metaTokens(doc).join(" ")})`,
      ),
    )}`.execute(db);
    const facets = documents.flatMap((doc, i) =>
      doc.facets.map((f) => ({ doc_no: docNos[i] as number, facet: f.facet, value: f.value })),
    );
    for (const part of chunks(facets, BATCH * 4)) await db.insertInto("search_facets").values(part).execute();
  }

  return {
    async upsert(documents) {
      for (const part of chunks(documents, BATCH)) {
        await removeDocNos(
          await docNosWhere(
            "key",
            part.map((doc) => doc.key),
          ),
        );
        await insert(part);
      }
    },
    async remove(keys) {
      await removeDocNos(await docNosWhere("key", keys));
    },
    async removeOrganisation(organisationId) {
      await removeDocNos(await docNosWhere("organisation_id", [organisationId]));
    },
    async removeKinds(kinds) {
      await removeDocNos(await docNosWhere("kind", kinds));
    },
    async count() {
      const row = await db
        .selectFrom("search_documents")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async optimise() {
      if (postgres) await sql`analyze search_documents`.execute(db);
      else {
        await sql`insert into search_fts (search_fts) values ('optimize')`.execute(db);
        await sql`analyze search_documents`.execute(db);
        await sql`analyze search_facets`.execute(db);
      }
    },
    async search(request: StorageSearch) {
      const base = baseQuery(d, request.match, request.filters, request.audience);
      // Facet counts over the sample first; when they promise few matches, over every match. Every document
      // has exactly one type, so the type counts add up to the number of matches.
      const countFacets = async (sample: boolean) =>
        (await facetsSql(base, sample).execute(db)).rows
          .filter((f) => (FACETS as readonly string[]).includes(f.facet))
          .map((f) => ({ facet: f.facet as FacetName, value: f.value, count: Number(f.n) * (sample ? SAMPLE : 1) }));
      const totalOf = (list: { facet: string; count: number }[]) =>
        list.filter((f) => f.facet === "type").reduce((sum, f) => sum + f.count, 0);
      let facets = await countFacets(true);
      const estimated = totalOf(facets) > EXACT_LIMIT;
      if (!estimated) facets = await countFacets(false);
      const total = totalOf(facets);

      // Tier by tier, each in document-number order, until the page is full.
      const wanted = request.offset + request.limit;
      const rows: HitRow[] = [];
      for (const tier of titleTiers(d, request.groups)) {
        if (rows.length >= wanted || total === 0) break;
        rows.push(...(await hitsSql(base, tier, wanted - rows.length).execute(db)).rows);
      }

      return {
        total,
        estimated,
        hits: rows.slice(request.offset).map(
          (r): StoredHit => ({
            key: r.key,
            kind: r.kind as SearchKind,
            refId: r.ref_id,
            title: r.title,
            text: r.body_text,
            path: r.path,
            date: r.date,
            visibility: r.visibility as Visibility,
            organisationId: r.organisation_id,
          }),
        ),
        facets,
      };
    },
  };
}
