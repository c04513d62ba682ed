/** Shadow report drafts and their versions (migration 007), the same on SQLite and PostgreSQL. */
import type { Kysely } from "kysely";
import type {
  Audience,
  ReportDraft,
  ReportDraftRepository,
  ReportDraftVersion,
  ReportLanguage,
  ReportTemplate,
} from "../../domain/reports/types";
import type { DB } from "../database";

export interface ReportDraftsTable {
  id: string;
  organisation_id: string;
  country_iso3: string;
  cycle_id: string;
  template: string;
  language: string;
  audience: string;
  /** JSON array of organisation ids. */
  coalition_json: string;
  word_limit: number | null;
  title: string;
  created_by: string;
  created_at: string;
  current_version: number;
  updated_at: string;
}

export interface ReportDraftVersionsTable {
  draft_id: string;
  version: number;
  executive_summary: string;
  recommendations: string;
  note: string;
  saved_by: string;
  saved_at: string;
}

/** The tables this repository adds to the database's (kept here so that the drafts feature stays in its own files). */
interface DraftTables {
  report_drafts: ReportDraftsTable;
  report_draft_versions: ReportDraftVersionsTable;
}

function toDraft(r: ReportDraftsTable): ReportDraft {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    countryIso3: r.country_iso3,
    cycleId: r.cycle_id,
    template: r.template as ReportTemplate,
    lang: r.language as ReportLanguage,
    audience: r.audience as Audience,
    coalitionIds: JSON.parse(r.coalition_json) as string[],
    wordLimit: r.word_limit === null ? null : Number(r.word_limit),
    title: r.title,
    createdBy: r.created_by,
    createdAt: r.created_at,
    currentVersion: Number(r.current_version),
    updatedAt: r.updated_at,
  };
}

function toVersion(r: ReportDraftVersionsTable): ReportDraftVersion {
  return {
    draftId: r.draft_id,
    version: Number(r.version),
    executiveSummary: r.executive_summary,
    recommendations: r.recommendations,
    note: r.note,
    savedBy: r.saved_by,
    savedAt: r.saved_at,
  };
}

const versionRow = (v: ReportDraftVersion): ReportDraftVersionsTable => ({
  draft_id: v.draftId,
  version: v.version,
  executive_summary: v.executiveSummary,
  recommendations: v.recommendations,
  note: v.note,
  saved_by: v.savedBy,
  saved_at: v.savedAt,
});

export function reportDraftsRepository(database: DB): ReportDraftRepository {
  const db = database as unknown as Kysely<DraftTables>;
  return {
    async create(d, first) {
      await db
        .insertInto("report_drafts")
        .values({
          id: d.id,
          organisation_id: d.organisationId,
          country_iso3: d.countryIso3,
          cycle_id: d.cycleId,
          template: d.template,
          language: d.lang,
          audience: d.audience,
          coalition_json: JSON.stringify(d.coalitionIds),
          word_limit: d.wordLimit,
          title: d.title,
          created_by: d.createdBy,
          created_at: d.createdAt,
          current_version: d.currentVersion,
          updated_at: d.updatedAt,
        })
        .execute();
      await db.insertInto("report_draft_versions").values(versionRow(first)).execute();
    },

    async get(id) {
      const r = await db.selectFrom("report_drafts").selectAll().where("id", "=", id).executeTakeFirst();
      return r ? toDraft(r) : undefined;
    },

    async listForOrganisation(organisationId) {
      const rows = await db.selectFrom("report_drafts").selectAll().where("organisation_id", "=", organisationId).execute();
      // Sorted here, in byte order, so that both engines list alike whatever their collation.
      return rows
        .map(toDraft)
        .sort((a, b) => (a.updatedAt === b.updatedAt ? (a.id < b.id ? 1 : -1) : a.updatedAt < b.updatedAt ? 1 : -1));
    },

    async addVersion(v, expectedVersion) {
      // The counter moves only from the version the author saw: of two saves on top of one version, one wins.
      const res = await db
        .updateTable("report_drafts")
        .set({ current_version: v.version, updated_at: v.savedAt })
        .where("id", "=", v.draftId)
        .where("current_version", "=", expectedVersion)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) return false;
      await db.insertInto("report_draft_versions").values(versionRow(v)).execute();
      return true;
    },

    async listVersions(draftId) {
      const rows = await db
        .selectFrom("report_draft_versions")
        .selectAll()
        .where("draft_id", "=", draftId)
        .orderBy("version", "desc")
        .execute();
      return rows.map(toVersion);
    },

    async getVersion(draftId, version) {
      const r = await db
        .selectFrom("report_draft_versions")
        .selectAll()
        .where("draft_id", "=", draftId)
        .where("version", "=", version)
        .executeTakeFirst();
      return r ? toVersion(r) : undefined;
    },
  };
}
