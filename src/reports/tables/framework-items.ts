/** Framework items: instruments, commitments, strategies, options, factors and the other kinds of every pack. */
import { type FrameworkItem, ITEM_KINDS } from "../../domain/framework/types";
import type { ExportContext } from "../context";
import { byteCompare, type Row, type TableSpec } from "../table";
import { itemUrl } from "../urls";

/** ITEM_KINDS order, then the parent's position (instrument, strategy), then the item's own position. */
export function frameworkOrder(items: Iterable<FrameworkItem>): FrameworkItem[] {
  const list = [...items];
  const orderOf = new Map(list.map((i) => [i.id, i.order]));
  const parentOrder = (i: FrameworkItem) => (i.parentId ? (orderOf.get(i.parentId) ?? 0) : 0);
  return list.sort(
    (a, b) =>
      ITEM_KINDS.indexOf(a.kind) - ITEM_KINDS.indexOf(b.kind) ||
      parentOrder(a) - parentOrder(b) ||
      a.order - b.order ||
      byteCompare(a.id, b.id),
  );
}

export const citationText = (c: FrameworkItem["citation"] | null) =>
  c
    ? [c.section, c.locator, c.footnotes?.length ? `footnotes ${c.footnotes.join(", ")}` : undefined].filter(Boolean).join(", ")
    : null;

export const frameworkItemsTable: TableSpec = {
  id: "framework-items",
  title: "Framework items",
  description:
    "Every item of the framework packs: instruments, commitments, strategies, practical options, factors, approach categories, forms of abuse and legislative approaches.",
  columns: [
    { name: "id", type: "string", description: "Stable id of the item.", hxl: "#indicator+code", width: 22 },
    { name: "pack_id", type: "string", description: "Framework pack the item belongs to.", hxl: "#meta+pack", width: 18 },
    {
      name: "kind",
      type: "string",
      description: "instrument, commitment, strategy, option, factor, approach_category, form_of_abuse or legislative_approach.",
      hxl: "#indicator+type",
      width: 14,
    },
    {
      name: "parent_id",
      type: "string",
      description: "The instrument of a commitment, the strategy of an option; empty otherwise.",
      hxl: "#indicator+code+parent",
      width: 18,
    },
    { name: "order", type: "integer", description: "Position within its parent or kind.", hxl: "#meta+order", width: 8 },
    { name: "title", type: "string", description: "Title, in the project's words.", hxl: "#indicator+name", width: 50 },
    { name: "summary", type: "string", description: "Summary, in the project's words.", hxl: "#description", width: 80 },
    {
      name: "citation",
      type: "string",
      description: "Where the source paper says it: section, locator, footnotes.",
      hxl: "#meta+source",
      width: 30,
    },
    {
      name: "details",
      type: "string",
      description:
        "Kind-specific fields as JSON: an instrument's type, body, year, symbol, adoption date and URL; a commitment's quotation; an option's actor and approach categories.",
      hxl: "#meta+details",
      width: 40,
    },
    { name: "url", type: "string", description: "Canonical URL of the item's public page.", hxl: "#meta+url", width: 40 },
  ],
  primaryKey: ["id"],
  filters: ["strategy", "instrument"],
  async *pages(ctx: ExportContext) {
    const { items } = await ctx.lookups();
    const scope = ctx.filters.scope;
    const rows: Row[] = frameworkOrder(items.values())
      .filter((i) => !scope || scope.has(i.id))
      .map((i) => [
        i.id,
        i.packId,
        i.kind,
        i.parentId,
        i.order,
        i.title,
        i.summary,
        citationText(i.citation),
        Object.keys(i.details).length ? JSON.stringify(i.details) : null,
        itemUrl(ctx.origin, i),
      ]);
    for (let i = 0; i < rows.length; i += ctx.pageSize) yield rows.slice(i, i + ctx.pageSize);
  },
};
