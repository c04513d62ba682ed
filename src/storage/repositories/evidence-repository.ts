import type { ExpressionBuilder } from "kysely";
import type { Evidence, EvidenceAccess, EvidenceSource, EvidenceType, Visibility } from "../../domain/evidence/types";
import type { EvidenceRepository } from "../../domain/ports";
import type { Database, DB, DialectName, EvidenceSourcesTable, EvidenceTable } from "../database";
import { byteOrder } from "../dialects/ordering";

/** Evidence sources as rows, in their order: used by the seed and by organisations' evidence alike. */
export function sourceRows(evidenceId: string, sources: readonly EvidenceSource[]): EvidenceSourcesTable[] {
  return sources.map((s, position) => ({
    evidence_id: evidenceId,
    position,
    title: s.title,
    publisher: s.publisher ?? null,
    url: s.url ?? null,
    date_text: s.date ?? null,
    locator: s.locator ?? null,
    quotation: s.quotation ?? null,
  }));
}

function toSource(row: EvidenceSourcesTable): EvidenceSource {
  const s: EvidenceSource = { title: row.title };
  if (row.publisher) s.publisher = row.publisher;
  if (row.url) s.url = row.url;
  if (row.date_text) s.date = row.date_text;
  if (row.locator) s.locator = row.locator;
  if (row.quotation) s.quotation = row.quotation;
  return s;
}

/** Loads sources and links for a page of evidence rows in two queries. */
export async function hydrate(db: DB, rows: EvidenceTable[]): Promise<Evidence[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [sources, links] = await Promise.all([
    db
      .selectFrom("evidence_sources")
      .selectAll()
      .where("evidence_id", "in", ids)
      .orderBy("evidence_id")
      .orderBy("position")
      .execute(),
    db
      .selectFrom("evidence_links")
      .selectAll()
      .where("evidence_id", "in", ids)
      .orderBy("evidence_id")
      .orderBy("item_id")
      .execute(),
  ]);
  return rows.map((row) => ({
    id: row.id,
    packId: row.pack_id,
    organisationId: row.organisation_id,
    type: row.type as EvidenceType,
    title: row.title,
    summary: row.summary,
    countryIso3: row.country_iso3,
    body: row.body,
    date: row.date_text,
    visibility: row.visibility as Visibility,
    citation: row.citation_json ? JSON.parse(row.citation_json) : null,
    sources: sources.filter((s) => s.evidence_id === row.id).map(toSource),
    links: links.filter((l) => l.evidence_id === row.id).map((l) => l.item_id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/**
 * The visibility rule, in one place: records of the listed visibilities (public
 * callers list only "public"), or one organisation's own confidential records
 * for its members. Another organisation's confidential records never match.
 */
function visible(
  eb: ExpressionBuilder<Database, "evidence">,
  visibility: readonly Visibility[],
  access: EvidenceAccess | undefined,
) {
  const ors = [];
  if (visibility.length) ors.push(eb("visibility", "in", [...visibility]));
  if (access?.visibilities.length)
    ors.push(eb.and([eb("organisation_id", "=", access.organisationId), eb("visibility", "in", [...access.visibilities])]));
  return ors.length ? eb.or(ors) : eb.val(false);
}

export function evidenceRepository(db: DB, dialect: DialectName): EvidenceRepository {
  return {
    async listEvidence(filter, { page, perPage }) {
      if (filter.visibility.length === 0 && !filter.access) return { items: [], page, perPage, total: 0 };
      let q = db.selectFrom("evidence").where((eb) => visible(eb, filter.visibility, filter.access));
      if (filter.country) q = q.where("country_iso3", "=", filter.country);
      if (filter.type) q = q.where("type", "=", filter.type);
      for (const item of filter.items ?? [])
        q = q.where("id", "in", db.selectFrom("evidence_links").select("evidence_id").where("item_id", "=", item));
      const [{ total }] = (await q.select((eb) => eb.fn.countAll<number | string>().as("total")).execute()) as [
        { total: number | string },
      ];
      const rows = await q
        .selectAll()
        .orderBy(byteOrder(dialect, "country_iso3", "~"))
        .orderBy(byteOrder(dialect, "date_text"))
        .orderBy(byteOrder(dialect, "id"))
        .limit(perPage)
        .offset((page - 1) * perPage)
        .execute();
      return { items: await hydrate(db, rows), page, perPage, total: Number(total) };
    },

    async getEvidence(id, visibility, access) {
      if (visibility.length === 0 && !access) return undefined;
      const row = await db
        .selectFrom("evidence")
        .selectAll()
        .where("id", "=", id)
        .where((eb) => visible(eb, visibility, access))
        .executeTakeFirst();
      return row ? (await hydrate(db, [row]))[0] : undefined;
    },

    async create(e, createdBy) {
      await db
        .insertInto("evidence")
        .values({
          id: e.id,
          pack_id: null,
          organisation_id: e.organisationId,
          type: e.type,
          title: e.title,
          summary: e.summary,
          country_iso3: e.countryIso3,
          body: e.body,
          date_text: e.date,
          visibility: e.visibility,
          citation_json: e.citation ? JSON.stringify(e.citation) : null,
          created_at: e.createdAt,
          updated_at: e.updatedAt,
          created_by: createdBy,
        })
        .execute();
      if (e.sources.length) await db.insertInto("evidence_sources").values(sourceRows(e.id, e.sources)).execute();
      if (e.links.length)
        await db
          .insertInto("evidence_links")
          .values([...new Set(e.links)].map((item_id) => ({ evidence_id: e.id, item_id })))
          .execute();
    },

    async getVersioned(id, visibility, access) {
      if (visibility.length === 0 && !access) return undefined;
      const row = await db
        .selectFrom("evidence")
        .selectAll()
        .where("id", "=", id)
        .where((eb) => visible(eb, visibility, access))
        .executeTakeFirst();
      if (!row) return undefined;
      // Read with the row, so the version always describes the content returned with it.
      return { ...(await hydrate(db, [row]))[0]!, version: Number(row.version ?? 1) };
    },

    async update(e, expectedVersion) {
      const res = await db
        .updateTable("evidence")
        .set({
          type: e.type,
          title: e.title,
          summary: e.summary,
          country_iso3: e.countryIso3,
          date_text: e.date,
          visibility: e.visibility,
          updated_at: e.updatedAt,
          version: e.version,
        })
        .where("id", "=", e.id)
        .where("version", "=", expectedVersion)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) return false;
      await db.deleteFrom("evidence_sources").where("evidence_id", "=", e.id).execute();
      await db.deleteFrom("evidence_links").where("evidence_id", "=", e.id).execute();
      if (e.sources.length) await db.insertInto("evidence_sources").values(sourceRows(e.id, e.sources)).execute();
      if (e.links.length)
        await db
          .insertInto("evidence_links")
          .values([...new Set(e.links)].map((item_id) => ({ evidence_id: e.id, item_id })))
          .execute();
      return true;
    },

    async countByCountry(visibility) {
      const counts = new Map<string, number>();
      if (visibility.length === 0) return counts;
      const rows = await db
        .selectFrom("evidence")
        .select(["country_iso3", (eb) => eb.fn.countAll<number | string>().as("n")])
        .where("visibility", "in", [...visibility])
        .where("country_iso3", "is not", null)
        .groupBy("country_iso3")
        .execute();
      for (const r of rows) if (r.country_iso3) counts.set(r.country_iso3, Number(r.n));
      return counts;
    },
  };
}
