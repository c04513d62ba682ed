/**
 * The search index on SQLite (FTS5) and PostgreSQL (tsvector). Matching uses
 * each database's full-text index; ranking is one SQL expression over the
 * stored terms that both databases compute to the same integers, and ties
 * break the same way, so both return the same results in the same order.
 */
import { type InsertObject, type RawBuilder, sql } from "kysely";
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
import type { Database, DB, DialectName } from "../database";
import { toFts5, toTsquery, tsvectorLiteral } from "./search-sql";

const BATCH = 400;
const TITLE_WEIGHT = 3;
const TEXT_WEIGHT = 1;

const chunks = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

const spaced = (terms: readonly string[]) => ` ${terms.join(" ")} `;

function kindRank(kind: SearchKind): number {
  const i = SEARCH_KINDS.indexOf(kind);
  return i < 0 ? SEARCH_KINDS.length : i;
}

export function searchRepository(db: DB, dialect: DialectName): SearchRepository {
  const postgres = dialect === "postgres";
  const contains = (column: string, pattern: string) =>
    postgres ? sql`strpos(${sql.ref(column)}, ${pattern}) > 0` : sql`instr(${sql.ref(column)}, ${pattern}) > 0`;

  async function removeDocNos(docNos: number[]): Promise<void> {
    for (const part of chunks(docNos, BATCH)) {
      await db.deleteFrom("search_facets").where("doc_no", "in", part).execute();
      if (!postgres) await sql`delete from search_fts where rowid in (${sql.join(part)})`.execute(db);
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

  async function insert(documents: readonly SearchDocument[]): Promise<void> {
    const rows: InsertObject<Database, "search_documents">[] = documents.map((d) => ({
      key: d.key,
      kind: d.kind,
      kind_rank: kindRank(d.kind),
      ref_id: d.refId,
      title: d.title,
      body_text: d.text,
      path: d.path,
      date: d.date,
      visibility: d.visibility,
      organisation_id: d.organisationId,
      term_count: d.titleTerms.length + d.bodyTerms.length,
      title_terms: spaced(d.titleTerms),
      body_terms: spaced(d.bodyTerms),
      ...(postgres ? { tsv: sql<string>`${tsvectorLiteral(d.titleTerms, d.bodyTerms)}::tsvector` } : {}),
    }));
    const inserted = await db.insertInto("search_documents").values(rows).returning(["doc_no", "key"]).execute();
    const docNo = new Map(inserted.map((r) => [r.key, Number(r.doc_no)]));
    if (!postgres)
      await sql`insert into search_fts (rowid, title, body) values ${sql.join(
        documents.map((d) => sql`(${docNo.get(d.key)}, ${d.titleTerms.join(" ")}, ${d.bodyTerms.join(" ")})`),
      )}`.execute(db);
    const facets = documents.flatMap((d) =>
      d.facets.map((f) => ({ doc_no: docNo.get(d.key) as number, facet: f.facet, value: f.value })),
    );
    for (const part of chunks(facets, BATCH * 4)) await db.insertInto("search_facets").values(part).execute();
  }

  /** Public records, and confidential ones of the organisations the searcher may see them for. */
  function audienceCondition(request: StorageSearch): RawBuilder<boolean> {
    const ors: RawBuilder<unknown>[] = [sql`d.visibility = 'public'`];
    for (const g of request.audience.grants) {
      const visibilities = g.visibilities.filter((v): v is Exclude<Visibility, "public"> => v !== ("public" as Visibility));
      if (visibilities.length)
        ors.push(sql`(d.organisation_id = ${g.organisationId} and d.visibility in (${sql.join(visibilities)}))`);
    }
    return sql<boolean>`(${sql.join(ors, sql` or `)})`;
  }

  function matching(request: StorageSearch): RawBuilder<unknown> {
    const filters = request.filters.map(
      (f) => sql`and d.doc_no in (select doc_no from search_facets where facet = ${f.facet} and value = ${f.value})`,
    );
    const from = postgres
      ? sql`from search_documents d where d.tsv @@ ${toTsquery(request.match)}::tsquery`
      : sql`from search_fts f join search_documents d on d.doc_no = f.rowid where search_fts match ${toFts5(request.match)}`;
    return sql`${from} and ${audienceCondition(request)} ${sql.join(filters, sql` `)}`;
  }

  function scoreExpression(request: StorageSearch): RawBuilder<number> {
    if (request.score.length === 0) return sql<number>`0`;
    const present = (column: string, patterns: string[]) =>
      sql`(${sql.join(
        patterns.map((p) => contains(column, p)),
        sql` or `,
      )})`;
    const parts = request.score.map(
      (g) =>
        sql`(case when ${present("d.title_terms", g.patterns)} then ${sql.lit(TITLE_WEIGHT)} else 0 end + case when ${present(
          "d.body_terms",
          g.patterns,
        )} then ${sql.lit(TEXT_WEIGHT)} else 0 end)`,
    );
    return sql<number>`(${sql.join(parts, sql` + `)})`;
  }

  return {
    async upsert(documents) {
      for (const part of chunks(documents, BATCH)) {
        await removeDocNos(
          await docNosWhere(
            "key",
            part.map((d) => d.key),
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
    async search(request) {
      const where = matching(request);
      const keyOrder = postgres ? sql`d.key collate "C"` : sql`d.key`;
      const hitsQuery = sql<StoredHit & { ref_id: string; body_text: string; organisation_id: string | null }>`
        select d.key, d.kind, d.ref_id, d.title, d.body_text, d.path, d.date, d.visibility, d.organisation_id, ${scoreExpression(request)} as score
        ${where}
        order by score desc, d.kind_rank, d.term_count, ${keyOrder}
        limit ${request.limit} offset ${request.offset}`;
      const facetsQuery = sql<{ facet: string; value: string; n: number | string }>`
        select facet, value, count(*) as n from search_facets
        where doc_no in (select d.doc_no ${where})
        group by facet, value`;
      const [hits, facets] = await Promise.all([hitsQuery.execute(db), facetsQuery.execute(db)]);
      const counted = facets.rows
        .filter((f) => (FACETS as readonly string[]).includes(f.facet))
        .map((f) => ({ facet: f.facet as FacetName, value: f.value, count: Number(f.n) }));
      return {
        // Every document has exactly one type: the type counts add up to the number of matches.
        total: counted.filter((f) => f.facet === "type").reduce((sum, f) => sum + f.count, 0),
        hits: hits.rows.map((r) => ({
          key: r.key,
          kind: r.kind as SearchKind,
          refId: r.ref_id,
          title: r.title,
          text: r.body_text,
          path: r.path,
          date: r.date,
          visibility: r.visibility as Visibility,
          organisationId: r.organisation_id,
          score: Number(r.score),
        })),
        facets: counted,
      };
    },
  };
}
