import { type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * Files uploaded to the workspace's import screen, kept between the preview
 * and the confirmation so that the server applies exactly the bytes it
 * checked (never a copy sent back by the browser): bound to the person and the
 * organisation, expiring, deleted when confirmed or replaced. In the database
 * rather than on disk so that every instance behind a load balancer sees them.
 *
 * Also who revoked an API token, so that its owner can be told when an
 * organisation administrator revoked it (null on tokens revoked before), and
 * an index to list the tokens that act in an organisation.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable("import_uploads")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("cycle_id", "text", (c) => c.notNull().references("cycles.id").onDelete("cascade"))
    .addColumn("file_name", "text", (c) => c.notNull())
    // Bytes as bytes: a BLOB on SQLite, bytea on PostgreSQL; both drivers take and give Uint8Array/Buffer.
    .addColumn("content", postgres ? sql`bytea` : sql`blob`, (c) => c.notNull())
    .addColumn("content_sha256", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("import_uploads_owner").on("import_uploads").columns(["user_id", "organisation_id"]).execute();
  await db.schema.createIndex("import_uploads_expiry").on("import_uploads").column("expires_at").execute();

  await db.schema.alterTable("api_tokens").addColumn("revoked_by", "text").execute();
  // An organisation's administrators list the tokens that act in it.
  await db.schema.createIndex("api_tokens_organisation").on("api_tokens").column("organisation_id").execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("api_tokens_organisation").execute();
  await db.schema.alterTable("api_tokens").dropColumn("revoked_by").execute();
  await db.schema.dropTable("import_uploads").execute();
}
