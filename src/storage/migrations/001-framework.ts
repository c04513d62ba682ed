import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("framework_packs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("version", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("source_json", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("loaded_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("framework_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("pack_id", "text", (c) => c.notNull().references("framework_packs.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("parent_id", "text")
    .addColumn("ordinal", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("citation_json", "text", (c) => c.notNull())
    .addColumn("details_json", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("framework_items_kind").on("framework_items").columns(["kind", "ordinal"]).execute();
  await db.schema.createIndex("framework_items_parent").on("framework_items").column("parent_id").execute();

  await db.schema
    .createTable("item_links")
    .addColumn("pack_id", "text", (c) => c.notNull().references("framework_packs.id"))
    .addColumn("from_id", "text", (c) => c.notNull().references("framework_items.id"))
    .addColumn("to_id", "text", (c) => c.notNull().references("framework_items.id"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("rationale", "text", (c) => c.notNull())
    .addColumn("editorial", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("item_links_pk", ["from_id", "to_id", "type"])
    .execute();
  await db.schema.createIndex("item_links_to").on("item_links").column("to_id").execute();

  await db.schema
    .createTable("regions")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("parent_code", "text")
    .execute();

  await db.schema
    .createTable("countries")
    .addColumn("iso3", "text", (c) => c.primaryKey())
    .addColumn("iso2", "text", (c) => c.notNull().unique())
    .addColumn("m49", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("official_name", "text", (c) => c.notNull())
    .addColumn("region_code", "text", (c) => c.notNull().references("regions.code"))
    .addColumn("subregion_code", "text", (c) => c.notNull().references("regions.code"))
    .addColumn("intermediate_code", "text", (c) => c.references("regions.code"))
    .addColumn("names_json", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("evidence")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("pack_id", "text", (c) => c.references("framework_packs.id"))
    .addColumn("organisation_id", "text")
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("country_iso3", "text", (c) => c.references("countries.iso3"))
    .addColumn("body", "text")
    .addColumn("date_text", "text")
    .addColumn("visibility", "text", (c) => c.notNull())
    .addColumn("citation_json", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("evidence_country").on("evidence").columns(["country_iso3", "visibility"]).execute();

  await db.schema
    .createTable("evidence_sources")
    .addColumn("evidence_id", "text", (c) => c.notNull().references("evidence.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("publisher", "text")
    .addColumn("url", "text")
    .addColumn("date_text", "text")
    .addColumn("locator", "text")
    .addColumn("quotation", "text")
    .addPrimaryKeyConstraint("evidence_sources_pk", ["evidence_id", "position"])
    .execute();

  await db.schema
    .createTable("evidence_links")
    .addColumn("evidence_id", "text", (c) => c.notNull().references("evidence.id").onDelete("cascade"))
    .addColumn("item_id", "text", (c) => c.notNull().references("framework_items.id"))
    .addPrimaryKeyConstraint("evidence_links_pk", ["evidence_id", "item_id"])
    .execute();
  await db.schema.createIndex("evidence_links_item").on("evidence_links").column("item_id").execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "evidence_links",
    "evidence_sources",
    "evidence",
    "countries",
    "regions",
    "item_links",
    "framework_items",
    "framework_packs",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
