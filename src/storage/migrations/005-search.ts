import { type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * The search index: one row per searchable record with its analysed terms
 * (analysis happens in the application, the same for both databases), the
 * facet values it can be filtered by, and the full-text index over the terms:
 * an FTS5 table on SQLite, a tsvector column with a GIN index on PostgreSQL.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  let documents = db.schema
    .createTable("search_documents")
    .addColumn("doc_no", "integer", (c) => (postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey()))
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("kind_rank", "integer", (c) => c.notNull())
    .addColumn("ref_id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body_text", "text", (c) => c.notNull())
    .addColumn("path", "text", (c) => c.notNull())
    .addColumn("date", "text")
    .addColumn("visibility", "text", (c) => c.notNull())
    .addColumn("organisation_id", "text")
    .addColumn("term_count", "integer", (c) => c.notNull())
    // " term term ... ": whole-term lookups (ranking) are substring searches for " term ".
    .addColumn("title_terms", "text", (c) => c.notNull())
    .addColumn("body_terms", "text", (c) => c.notNull());
  if (postgres) documents = documents.addColumn("tsv", sql`tsvector`, (c) => c.notNull());
  await documents.execute();
  await db.schema.createIndex("search_documents_org").on("search_documents").column("organisation_id").execute();
  if (postgres) await sql`create index search_documents_tsv on search_documents using gin (tsv)`.execute(db);
  // Terms are pre-analysed and space-separated: the ascii tokenizer splits on spaces only and keeps every other character.
  else
    await sql`create virtual table search_fts using fts5(title, body, content='', contentless_delete=1, tokenize='ascii')`.execute(
      db,
    );

  await db.schema
    .createTable("search_facets")
    .addColumn("doc_no", "integer", (c) => c.notNull().references("search_documents.doc_no").onDelete("cascade"))
    .addColumn("facet", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("search_facets_pk", ["facet", "value", "doc_no"])
    .execute();
  await db.schema.createIndex("search_facets_doc").on("search_facets").columns(["doc_no", "facet", "value"]).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("search_facets").execute();
  await sql`drop table if exists search_fts`.execute(db);
  await db.schema.dropTable("search_documents").execute();
}
