/** Crosswalk: the typed links between framework items, each with its rationale. */
import { byteCompare, type Row, type TableSpec } from "../table";
import { itemUrl } from "../urls";

export const crosswalkTable: TableSpec = {
  id: "crosswalk",
  title: "Crosswalk",
  description:
    "Typed links between framework items: a practical option implements a commitment, a strategy or option addresses a factor. Each carries its rationale.",
  columns: [
    { name: "pack_id", type: "string", description: "Framework pack the link belongs to.", hxl: "#meta+pack", width: 18 },
    { name: "from_id", type: "string", description: "Item the link starts from.", hxl: "#indicator+code+from", width: 18 },
    {
      name: "from_kind",
      type: "string",
      description: "Kind of the item it starts from.",
      hxl: "#indicator+type+from",
      width: 12,
    },
    { name: "to_id", type: "string", description: "Item the link points to.", hxl: "#indicator+code+to", width: 22 },
    { name: "to_kind", type: "string", description: "Kind of the item it points to.", hxl: "#indicator+type+to", width: 12 },
    {
      name: "type",
      type: "string",
      description: "implements (option → commitment), addresses_factor (strategy or option → factor) or related.",
      hxl: "#meta+type",
      width: 16,
    },
    { name: "rationale", type: "string", description: "Why the items are linked.", hxl: "#description", width: 80 },
    {
      name: "editorial",
      type: "boolean",
      description: "true when the link is the project's judgement rather than the source's words.",
      hxl: "#meta+editorial",
      width: 10,
    },
    {
      name: "url",
      type: "string",
      description: "Canonical URL of the page of the item it starts from.",
      hxl: "#meta+url",
      width: 40,
    },
    {
      name: "to_url",
      type: "string",
      description: "Canonical URL of the page of the item it points to.",
      hxl: "#meta+url+to",
      width: 40,
    },
  ],
  primaryKey: ["from_id", "to_id", "type"],
  filters: ["strategy", "instrument"],
  async *pages(ctx) {
    const [{ items }, links] = await Promise.all([ctx.lookups(), ctx.repos.framework.listLinks()]);
    const scope = ctx.filters.scope;
    const rows: Row[] = links
      .filter((l) => !scope || scope.has(l.fromId) || scope.has(l.toId))
      .sort((a, b) => byteCompare(a.fromId, b.fromId) || byteCompare(a.toId, b.toId) || byteCompare(a.type, b.type))
      .map((l) => {
        const from = items.get(l.fromId);
        const to = items.get(l.toId);
        return [
          l.packId,
          l.fromId,
          from?.kind ?? null,
          l.toId,
          to?.kind ?? null,
          l.type,
          l.rationale,
          l.editorial,
          from ? itemUrl(ctx.origin, from) : null,
          to ? itemUrl(ctx.origin, to) : null,
        ];
      });
    for (let i = 0; i < rows.length; i += ctx.pageSize) yield rows.slice(i, i + ctx.pageSize);
  },
};
