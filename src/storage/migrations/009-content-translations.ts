import type { Kysely } from "kysely";

/**
 * Content translations: one row per (record, field, language) with the text,
 * who saved it, when, and a hash of the original it was made from (a changed
 * original makes the translation "out of date"). Records are named by type and
 * id (framework_item, evidence, assessment), so no foreign key: a pack
 * reloaded with the same ids keeps its translations.
 *
 * Also the language evidence and assessments are written in. Existing rows
 * are English; framework items (and a pack's own evidence) take their pack's
 * language (framework_packs.language).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("content_translations")
    .addColumn("entity_type", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("source_hash", "text", (c) => c.notNull())
    // A translation outlives the account of the person who made it.
    .addColumn("translated_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("content_translations_pk", ["entity_type", "entity_id", "field", "locale"])
    .execute();

  await db.schema
    .alterTable("evidence")
    .addColumn("original_language", "text", (c) => c.notNull().defaultTo("en"))
    .execute();
  await db.schema
    .alterTable("assessments")
    .addColumn("original_language", "text", (c) => c.notNull().defaultTo("en"))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("assessments").dropColumn("original_language").execute();
  await db.schema.alterTable("evidence").dropColumn("original_language").execute();
  await db.schema.dropTable("content_translations").execute();
}
