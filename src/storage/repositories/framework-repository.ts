import type { FrameworkItem, ItemKind, ItemLink, LinkType, PackInfo } from "../../domain/framework/types";
import type { FrameworkRepository, ItemFilter, LinkFilter } from "../../domain/ports";
import type { DB, DialectName, FrameworkItemsTable, FrameworkPacksTable, ItemLinksTable } from "../database";
import { byteOrder } from "../dialects/ordering";

export function toItem(row: FrameworkItemsTable): FrameworkItem {
  return {
    id: row.id,
    packId: row.pack_id,
    kind: row.kind as ItemKind,
    parentId: row.parent_id,
    order: Number(row.ordinal),
    title: row.title,
    summary: row.summary,
    citation: JSON.parse(row.citation_json),
    details: JSON.parse(row.details_json),
  };
}

function toLink(row: ItemLinksTable): ItemLink {
  return {
    packId: row.pack_id,
    fromId: row.from_id,
    toId: row.to_id,
    type: row.type as LinkType,
    rationale: row.rationale,
    editorial: Number(row.editorial) === 1,
  };
}

function toPack(row: FrameworkPacksTable): PackInfo {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    description: row.description,
    language: row.language,
    source: JSON.parse(row.source_json),
    contentHash: row.content_hash,
    loadedAt: row.loaded_at,
  };
}

export function frameworkRepository(db: DB, dialect: DialectName): FrameworkRepository {
  return {
    async listPacks() {
      const rows = await db.selectFrom("framework_packs").selectAll().orderBy("id").execute();
      return rows.map(toPack);
    },

    async listItems(filter: ItemFilter = {}) {
      if (filter.ids && filter.ids.length === 0) return [];
      let q = db.selectFrom("framework_items").selectAll();
      if (filter.kind) q = q.where("kind", "=", filter.kind);
      if (filter.parentId) q = q.where("parent_id", "=", filter.parentId);
      if (filter.ids) q = q.where("id", "in", [...filter.ids]);
      const rows = await q
        .orderBy(byteOrder(dialect, "kind"))
        .orderBy(byteOrder(dialect, "parent_id"))
        .orderBy("ordinal")
        .orderBy(byteOrder(dialect, "id"))
        .execute();
      return rows.map(toItem);
    },

    async getItem(id) {
      const row = await db.selectFrom("framework_items").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? toItem(row) : undefined;
    },

    async listLinks(filter: LinkFilter = {}) {
      if (filter.fromIds?.length === 0 || filter.toIds?.length === 0) return [];
      let q = db.selectFrom("item_links").selectAll();
      if (filter.fromIds) q = q.where("from_id", "in", [...filter.fromIds]);
      if (filter.toIds) q = q.where("to_id", "in", [...filter.toIds]);
      if (filter.type) q = q.where("type", "=", filter.type);
      const rows = await q
        .orderBy(byteOrder(dialect, "from_id"))
        .orderBy(byteOrder(dialect, "to_id"))
        .orderBy(byteOrder(dialect, "type"))
        .execute();
      return rows.map(toLink);
    },
  };
}
