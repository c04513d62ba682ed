import type { Kysely } from "kysely";

/**
 * Shadow report drafts and their versions. A draft names what the report is
 * generated from (organisation, country, cycle, template, language, audience,
 * coalition); each version holds what people wrote (executive summary,
 * recommendations) and is never changed once saved. `current_version` is the
 * counter a save compares and swaps.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("report_drafts")
    .addColumn("id", "text", (c) => c.primaryKey())
    // A draft goes with its organisation, and with a (demonstration) cycle that is removed.
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("country_iso3", "text", (c) => c.notNull().references("countries.iso3"))
    .addColumn("cycle_id", "text", (c) => c.notNull().references("cycles.id").onDelete("cascade"))
    .addColumn("template", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("audience", "text", (c) => c.notNull())
    .addColumn("coalition_json", "text", (c) => c.notNull())
    .addColumn("word_limit", "integer")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("current_version", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("report_drafts_organisation").on("report_drafts").column("organisation_id").execute();

  await db.schema
    .createTable("report_draft_versions")
    .addColumn("draft_id", "text", (c) => c.notNull().references("report_drafts.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("executive_summary", "text", (c) => c.notNull())
    .addColumn("recommendations", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("saved_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("saved_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("report_draft_versions_pk", ["draft_id", "version"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("report_draft_versions").execute();
  await db.schema.dropTable("report_drafts").execute();
}
