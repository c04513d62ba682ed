/**
 * Writes reference data and framework packs. Idempotent: an unchanged pack
 * (same content hash) or unchanged country list writes nothing at all.
 */
import { flattenPack } from "../../domain/framework/flatten-pack";
import { type LoadedPack, PackError } from "../../domain/framework/pack";
import type { ImportCounts, SeedRepository } from "../../domain/ports";
import type { CountriesTable, DB, EvidenceTable, FrameworkItemsTable } from "../database";
import { sourceRows } from "./evidence-repository";

const CHUNK = 200;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

function countsOf(pack: LoadedPack): ImportCounts {
  const flat = flattenPack(pack);
  const items: Record<string, number> = {};
  for (const i of flat.items) items[i.kind] = (items[i.kind] ?? 0) + 1;
  return { items, links: flat.links.length, evidence: flat.evidence.length };
}

export function seedRepository(db: DB): SeedRepository {
  return {
    async importCountries(regions, countries) {
      const existing = await db.selectFrom("countries").selectAll().execute();
      const byIso3 = new Map(existing.map((r) => [r.iso3, r]));
      const rows: CountriesTable[] = countries.map((c) => ({
        iso3: c.iso3,
        iso2: c.iso2,
        m49: c.m49,
        name: c.name,
        official_name: c.officialName,
        region_code: c.regionCode,
        subregion_code: c.subregionCode,
        intermediate_code: c.intermediateCode,
        names_json: JSON.stringify(c.names),
      }));
      const changed = rows.filter((r) => {
        const stored = byIso3.get(r.iso3);
        return !stored || (Object.keys(r) as (keyof CountriesTable)[]).some((k) => r[k] !== stored[k]);
      });
      if (changed.length === 0) return { changed: 0 };
      await db.transaction().execute(async (trx) => {
        // Parents before children so that region foreign keys resolve.
        const ordered = [...regions].sort((a, b) => depth(regions, a.code) - depth(regions, b.code));
        for (const r of ordered)
          await trx
            .insertInto("regions")
            .values({ code: r.code, name: r.name, parent_code: r.parentCode })
            .onConflict((oc) => oc.column("code").doUpdateSet({ name: r.name, parent_code: r.parentCode }))
            .execute();
        await insertChunked(changed, (chunk) =>
          trx
            .insertInto("countries")
            .values(chunk)
            .onConflict((oc) =>
              oc.column("iso3").doUpdateSet((eb) => ({
                iso2: eb.ref("excluded.iso2"),
                m49: eb.ref("excluded.m49"),
                name: eb.ref("excluded.name"),
                official_name: eb.ref("excluded.official_name"),
                region_code: eb.ref("excluded.region_code"),
                subregion_code: eb.ref("excluded.subregion_code"),
                intermediate_code: eb.ref("excluded.intermediate_code"),
                names_json: eb.ref("excluded.names_json"),
              })),
            )
            .execute(),
        );
      });
      return { changed: changed.length };
    },

    async importPack(pack, now) {
      const { id, version } = pack.manifest;
      const counts = countsOf(pack);
      const stored = await db
        .selectFrom("framework_packs")
        .select(["content_hash", "version"])
        .where("id", "=", id)
        .executeTakeFirst();
      if (stored?.content_hash === pack.contentHash) return { packId: id, version, changed: false, counts };

      const flat = flattenPack(pack);
      const ids = flat.items.map((i) => i.id);
      const clash = await db
        .selectFrom("framework_items")
        .select(["id", "pack_id"])
        .where("id", "in", ids)
        .where("pack_id", "<>", id)
        .executeTakeFirst();
      if (clash)
        throw new PackError(id, [
          {
            file: "(pack)",
            recordId: clash.id,
            field: "id",
            message: `is already used by pack '${clash.pack_id}'; ids must be unique across packs`,
          },
        ]);

      // Joins the caller's transaction when there is one (an import writes its audit entry in the same one).
      const inTransaction = (work: (trx: DB) => Promise<void>) => (db.isTransaction ? work(db) : db.transaction().execute(work));
      await inTransaction(async (trx) => {
        const packRow = {
          id,
          version,
          title: pack.manifest.title,
          description: pack.manifest.description,
          language: pack.manifest.language,
          source_json: JSON.stringify(pack.manifest.source),
          content_hash: pack.contentHash,
          loaded_at: now,
        };
        const { id: _id, ...packUpdate } = packRow;
        await trx
          .insertInto("framework_packs")
          .values(packRow)
          .onConflict((oc) => oc.column("id").doUpdateSet(packUpdate))
          .execute();

        // Links and evidence of the pack are replaced whole; items are upserted so
        // that records elsewhere that point at an item keep pointing at it.
        await trx.deleteFrom("item_links").where("pack_id", "=", id).execute();
        await trx.deleteFrom("evidence").where("pack_id", "=", id).execute();

        const itemRows: FrameworkItemsTable[] = flat.items.map((i) => ({
          id: i.id,
          pack_id: id,
          kind: i.kind,
          parent_id: i.parentId,
          ordinal: i.order,
          title: i.title,
          summary: i.summary,
          citation_json: JSON.stringify(i.citation),
          details_json: JSON.stringify(i.details),
        }));
        await insertChunked(itemRows, (chunk) =>
          trx
            .insertInto("framework_items")
            .values(chunk)
            .onConflict((oc) =>
              oc.column("id").doUpdateSet((eb) => ({
                kind: eb.ref("excluded.kind"),
                parent_id: eb.ref("excluded.parent_id"),
                ordinal: eb.ref("excluded.ordinal"),
                title: eb.ref("excluded.title"),
                summary: eb.ref("excluded.summary"),
                citation_json: eb.ref("excluded.citation_json"),
                details_json: eb.ref("excluded.details_json"),
              })),
            )
            .execute(),
        );
        await trx.deleteFrom("framework_items").where("pack_id", "=", id).where("id", "not in", ids).execute();

        await insertChunked(flat.links, (chunk) =>
          trx
            .insertInto("item_links")
            .values(
              chunk.map((l) => ({
                pack_id: id,
                from_id: l.fromId,
                to_id: l.toId,
                type: l.type,
                rationale: l.rationale,
                editorial: l.editorial ? 1 : 0,
              })),
            )
            .execute(),
        );

        const evidenceRows: EvidenceTable[] = flat.evidence.map((e) => ({
          id: e.id,
          pack_id: id,
          organisation_id: null,
          created_by: null,
          type: e.type,
          title: e.title,
          summary: e.summary,
          country_iso3: e.countryIso3,
          body: e.body,
          date_text: e.date,
          visibility: e.visibility,
          citation_json: e.citation ? JSON.stringify(e.citation) : null,
          created_at: now,
          updated_at: now,
        }));
        await insertChunked(evidenceRows, (chunk) => trx.insertInto("evidence").values(chunk).execute());
        const sources = flat.evidence.flatMap((e) => sourceRows(e.id, e.sources));
        await insertChunked(sources, (chunk) => trx.insertInto("evidence_sources").values(chunk).execute());
        const links = flat.evidence.flatMap((e) => e.links.map((item_id) => ({ evidence_id: e.id, item_id })));
        await insertChunked(links, (chunk) => trx.insertInto("evidence_links").values(chunk).execute());
      });
      return { packId: id, version, changed: true, counts };
    },
  };
}

function depth(regions: { code: string; parentCode: string | null }[], code: string): number {
  const parent = regions.find((r) => r.code === code)?.parentCode;
  return parent ? 1 + depth(regions, parent) : 0;
}
