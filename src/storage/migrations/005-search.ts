import { type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * The search index: one row per searchable record, the facet values it can be
 * filtered and counted by, and the full-text index over its analysed terms
 * (analysis happens in the application, the same for both databases): an
 * FTS5 table on SQLite, a tsvector column with GIN indexes on PostgreSQL.
 *
 * `doc_no` is computed by the application from the record's kind, length and
 * key (see search-repository.ts): ordering by it is the ranking's tie-break,
 * and `doc_no % 64 = 0` is the fixed sample that large result sets are
 * estimated from, the same on both databases.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  let documents = db.schema
    .createTable("search_documents")
    .addColumn("doc_no", "bigint", (c) => c.primaryKey())
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("ref_id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body_text", "text", (c) => c.notNull())
    .addColumn("path", "text", (c) => c.notNull())
    .addColumn("date", "text")
    .addColumn("visibility", "text", (c) => c.notNull())
    .addColumn("organisation_id", "text");
  // Every term with the facet and audience tokens, and the title's terms alone (for the ranking tiers).
  if (postgres)
    documents = documents
      .addColumn("tsv", sql`tsvector`, (c) => c.notNull())
      .addColumn("title_tsv", sql`tsvector`, (c) => c.notNull())
      // Facet values as "facet␟value": counted from the rows a search reads anyway, without a join.
      .addColumn("facets", sql`text[]`, (c) => c.notNull());
  await documents.execute();
  await db.schema.createIndex("search_documents_org").on("search_documents").column("organisation_id").execute();
  await db.schema.createIndex("search_documents_kind").on("search_documents").column("kind").execute();
  if (postgres) {
    await sql`create index search_documents_tsv on search_documents using gin (tsv)`.execute(db);
    await sql`create index search_documents_sample on search_documents using gin (tsv) where doc_no % 64 = 0`.execute(db);
    await sql`create index search_documents_title on search_documents using gin (title_tsv)`.execute(db);
  } else {
    // Terms come analysed and space-separated: the ascii tokenizer splits on spaces only and keeps every other
    // character. `meta` holds the facet and audience tokens, so that filters are full-text matches too.
    // Prefix indexes of 2 to 4 characters keep "cyber*" from merging the lists of every term that starts so.
    await sql`create virtual table search_fts using fts5(title, body, meta, content='', contentless_delete=1, tokenize='ascii', prefix='2 3 4')`.execute(
      db,
    );
  }

  // SQLite: facet values in a table clustered by document, read for the documents a search finds.
  if (!postgres)
    await db.schema
      .createTable("search_facets")
      .addColumn("doc_no", "bigint", (c) => c.notNull())
      .addColumn("facet", "text", (c) => c.notNull())
      .addColumn("value", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("search_facets_pk", ["doc_no", "facet", "value"])
      .modifyEnd(sql`without rowid`)
      .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("search_facets").ifExists().execute();
  await sql`drop table if exists search_fts`.execute(db);
  await db.schema.dropTable("search_documents").execute();
}
