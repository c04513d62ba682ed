import type { Kysely } from "kysely";

/**
 * Cycles, assessments with their review trail and published history, right of
 * reply, and evidence owned by organisations.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("cycles")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("period_start", "text", (c) => c.notNull())
    .addColumn("period_end", "text", (c) => c.notNull())
    .addColumn("ordinal", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("is_demo", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("assessments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("country_iso3", "text", (c) => c.notNull().references("countries.iso3"))
    .addColumn("cycle_id", "text", (c) => c.notNull().references("cycles.id"))
    .addColumn("item_id", "text", (c) => c.notNull().references("framework_items.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("narrative", "text", (c) => c.notNull())
    .addColumn("confidence", "text", (c) => c.notNull())
    .addColumn("review_state", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("edited_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("submitted_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("assessments_one_per_item", ["organisation_id", "country_iso3", "cycle_id", "item_id"])
    .execute();
  await db.schema.createIndex("assessments_country_cycle").on("assessments").columns(["country_iso3", "cycle_id"]).execute();

  await db.schema
    .createTable("assessment_factors")
    .addColumn("assessment_id", "text", (c) => c.notNull().references("assessments.id").onDelete("cascade"))
    .addColumn("factor_id", "text", (c) => c.notNull().references("framework_items.id"))
    .addColumn("role", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("assessment_factors_pk", ["assessment_id", "factor_id"])
    .execute();

  await db.schema
    .createTable("assessment_evidence")
    .addColumn("assessment_id", "text", (c) => c.notNull().references("assessments.id").onDelete("cascade"))
    .addColumn("evidence_id", "text", (c) => c.notNull().references("evidence.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("assessment_evidence_pk", ["assessment_id", "evidence_id"])
    .execute();

  /** Every published state, newest last: what the public sees and the history it reads. */
  await db.schema
    .createTable("assessment_publications")
    .addColumn("assessment_id", "text", (c) => c.notNull().references("assessments.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("snapshot_json", "text", (c) => c.notNull())
    .addColumn("published_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("methodology_version", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("assessment_publications_pk", ["assessment_id", "version"])
    .execute();

  await db.schema
    .createTable("review_comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("assessment_id", "text", (c) => c.notNull().references("assessments.id").onDelete("cascade"))
    .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("replies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("assessment_id", "text", (c) => c.notNull().references("assessments.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("replies_one_per_org", ["assessment_id", "organisation_id"])
    .execute();

  await db.schema.alterTable("evidence").addColumn("created_by", "text").execute();
  await db.schema.createIndex("evidence_org").on("evidence").columns(["organisation_id", "visibility"]).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("evidence_org").execute();
  await db.schema.alterTable("evidence").dropColumn("created_by").execute();
  for (const t of [
    "replies",
    "review_comments",
    "assessment_publications",
    "assessment_evidence",
    "assessment_factors",
    "assessments",
    "cycles",
  ])
    await db.schema.dropTable(t).execute();
}
