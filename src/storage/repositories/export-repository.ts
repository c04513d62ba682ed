/**
 * Reads for the open data exports. Every list is a keyset page: the caller
 * passes the last key it saw, so each query costs the same however far the
 * export has gone, and nothing is held beyond one page.
 */
import type { Publication } from "../../domain/assessments/types";
import type { ExportRepository } from "../../domain/ports";
import type { DB, DialectName } from "../database";
import { byteOrder } from "../dialects/ordering";
import { hydrate } from "./evidence-repository";

/** Large IN lists are sent in chunks: both engines cap the number of bound parameters. */
const CHUNK = 500;

export function exportRepository(db: DB, dialect: DialectName): ExportRepository {
  return {
    async latestPublicationsPage(filter, after, limit) {
      // Driven from the assessments of one country (their index), keyed on a.id: PostgreSQL then plans
      // index scans even before statistics exist; started from the publications it scanned them all.
      let q = db
        .selectFrom("assessments as a")
        .innerJoin("assessment_publications as p", "p.assessment_id", "a.id")
        .selectAll("p")
        .where("a.country_iso3", "=", filter.countryIso3)
        .where("p.version", "=", (eb) =>
          eb
            .selectFrom("assessment_publications as q")
            .select((e) => e.fn.max("q.version").as("v"))
            .whereRef("q.assessment_id", "=", "a.id"),
        );
      if (filter.cycleId) q = q.where("a.cycle_id", "=", filter.cycleId);
      if (filter.organisationId) q = q.where("a.organisation_id", "=", filter.organisationId);
      if (filter.itemIds) {
        if (filter.itemIds.length === 0) return [];
        q = q.where("a.item_id", "in", [...filter.itemIds]);
      }
      if (after !== null) q = q.where(byteOrder(dialect, "a.id"), ">", after);
      const rows = await q.orderBy(byteOrder(dialect, "a.id")).limit(limit).execute();
      return rows.map(
        (r): Publication => ({
          assessmentId: r.assessment_id,
          version: Number(r.version),
          snapshot: JSON.parse(r.snapshot_json),
          publishedBy: r.published_by,
          publishedAt: r.published_at,
          methodologyVersion: r.methodology_version,
        }),
      );
    },

    async publicEvidencePage(filter, after, limit) {
      let q = db.selectFrom("evidence").selectAll().where("visibility", "=", "public");
      if (filter.countryIso3s) {
        if (filter.countryIso3s.length === 0) return [];
        q = q.where("country_iso3", "in", [...filter.countryIso3s]);
      }
      if (filter.organisationId) q = q.where("organisation_id", "=", filter.organisationId);
      if (filter.itemIds) {
        if (filter.itemIds.length === 0) return [];
        const linked = db
          .selectFrom("evidence_links")
          .select("evidence_id")
          .where("item_id", "in", [...filter.itemIds]);
        q = q.where("id", "in", linked);
      }
      if (after !== null) q = q.where(byteOrder(dialect, "id"), ">", after);
      const rows = await q.orderBy(byteOrder(dialect, "id")).limit(limit).execute();
      return hydrate(db, rows);
    },

    async publicEvidenceIds(ids) {
      const found = new Set<string>();
      const unique = [...new Set(ids)];
      for (let i = 0; i < unique.length; i += CHUNK) {
        const rows = await db
          .selectFrom("evidence")
          .select("id")
          .where("visibility", "=", "public")
          .where("id", "in", unique.slice(i, i + CHUNK))
          .execute();
        for (const r of rows) found.add(r.id);
      }
      return found;
    },

    async publicOrganisationIds() {
      const [assessing, recording] = await Promise.all([
        db
          .selectFrom("assessments as a")
          .select("a.organisation_id as id")
          .distinct()
          .where((eb) =>
            eb.exists(eb.selectFrom("assessment_publications as p").select("p.version").whereRef("p.assessment_id", "=", "a.id")),
          )
          .execute(),
        db
          .selectFrom("evidence")
          .select("organisation_id as id")
          .distinct()
          .where("visibility", "=", "public")
          .where("organisation_id", "is not", null)
          .execute(),
      ]);
      return [...new Set([...assessing, ...recording].map((r) => r.id!))].sort();
    },

    async stamps() {
      const [packs, evidence, publications, organisations, cycles, countries] = await Promise.all([
        db
          .selectFrom("framework_packs")
          .select((e) => [e.fn.max("loaded_at").as("at"), e.fn.countAll<number | string>().as("n")])
          .executeTakeFirstOrThrow(),
        db
          .selectFrom("evidence")
          .where("visibility", "=", "public")
          .select((e) => [e.fn.max("updated_at").as("at"), e.fn.countAll<number | string>().as("n")])
          .executeTakeFirstOrThrow(),
        db
          .selectFrom("assessment_publications")
          .select((e) => [e.fn.max("published_at").as("at"), e.fn.countAll<number | string>().as("n")])
          .executeTakeFirstOrThrow(),
        db
          .selectFrom("organisations")
          .select((e) => [e.fn.max("updated_at").as("at"), e.fn.countAll<number | string>().as("n")])
          .executeTakeFirstOrThrow(),
        db
          .selectFrom("cycles")
          .select((e) => e.fn.countAll<number | string>().as("n"))
          .executeTakeFirstOrThrow(),
        db
          .selectFrom("countries")
          .select((e) => e.fn.countAll<number | string>().as("n"))
          .executeTakeFirstOrThrow(),
      ]);
      return {
        packsLoadedAt: packs.at ?? null,
        packs: Number(packs.n),
        publicEvidenceUpdatedAt: evidence.at ?? null,
        publicEvidence: Number(evidence.n),
        publishedAt: publications.at ?? null,
        publications: Number(publications.n),
        organisationsUpdatedAt: organisations.at ?? null,
        organisations: Number(organisations.n),
        cycles: Number(cycles.n),
        countries: Number(countries.n),
      };
    },
  };
}
