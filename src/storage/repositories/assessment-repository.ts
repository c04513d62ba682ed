import type { Assessment, Confidence, Cycle, Publication, ReviewState, Status } from "../../domain/assessments/types";
import type { AssessmentRepository } from "../../domain/ports";
import type { AssessmentsTable, CyclesTable, DB, DialectName } from "../database";
import { byteOrder } from "../dialects/ordering";

function toCycle(r: CyclesTable): Cycle {
  return {
    id: r.id,
    name: r.name,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    order: Number(r.ordinal),
    status: r.status as Cycle["status"],
    isDemo: Number(r.is_demo) === 1,
    createdAt: r.created_at,
  };
}

function row(a: Assessment): AssessmentsTable {
  return {
    id: a.id,
    organisation_id: a.organisationId,
    country_iso3: a.countryIso3,
    cycle_id: a.cycleId,
    item_id: a.itemId,
    status: a.status,
    narrative: a.narrative,
    confidence: a.confidence,
    review_state: a.reviewState,
    version: a.version,
    edited_by: a.editedBy,
    submitted_by: a.submittedBy,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

export function assessmentRepository(db: DB, dialect: DialectName): AssessmentRepository {
  /** Rows to assessments, with their factors and evidence in two more queries. */
  async function hydrate(rows: AssessmentsTable[]): Promise<Assessment[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [factors, evidence] = await Promise.all([
      db.selectFrom("assessment_factors").selectAll().where("assessment_id", "in", ids).execute(),
      db.selectFrom("assessment_evidence").selectAll().where("assessment_id", "in", ids).execute(),
    ]);
    const sorted = (xs: string[]) => xs.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return rows.map((r) => ({
      id: r.id,
      organisationId: r.organisation_id,
      countryIso3: r.country_iso3,
      cycleId: r.cycle_id,
      itemId: r.item_id,
      status: r.status as Status,
      narrative: r.narrative,
      confidence: r.confidence as Confidence,
      obstacles: sorted(factors.filter((f) => f.assessment_id === r.id && f.role === "obstacle").map((f) => f.factor_id)),
      enablers: sorted(factors.filter((f) => f.assessment_id === r.id && f.role === "enabler").map((f) => f.factor_id)),
      evidenceIds: sorted(evidence.filter((e) => e.assessment_id === r.id).map((e) => e.evidence_id)),
      reviewState: r.review_state as ReviewState,
      version: Number(r.version),
      editedBy: r.edited_by,
      submittedBy: r.submitted_by,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }

  async function writeLinks(a: Assessment): Promise<void> {
    await db.deleteFrom("assessment_factors").where("assessment_id", "=", a.id).execute();
    await db.deleteFrom("assessment_evidence").where("assessment_id", "=", a.id).execute();
    const factors = [
      ...a.obstacles.map((factor_id) => ({ assessment_id: a.id, factor_id, role: "obstacle" })),
      ...a.enablers
        .filter((f) => !a.obstacles.includes(f))
        .map((factor_id) => ({ assessment_id: a.id, factor_id, role: "enabler" })),
    ];
    if (factors.length) await db.insertInto("assessment_factors").values(factors).execute();
    if (a.evidenceIds.length)
      await db
        .insertInto("assessment_evidence")
        .values(a.evidenceIds.map((evidence_id) => ({ assessment_id: a.id, evidence_id })))
        .execute();
  }

  const toPublication = (r: {
    assessment_id: string;
    version: number;
    snapshot_json: string;
    published_by: string;
    published_at: string;
    methodology_version: string;
  }): Publication => ({
    assessmentId: r.assessment_id,
    version: Number(r.version),
    snapshot: JSON.parse(r.snapshot_json),
    publishedBy: r.published_by,
    publishedAt: r.published_at,
    methodologyVersion: r.methodology_version,
  });

  return {
    async listCycles() {
      const rows = await db.selectFrom("cycles").selectAll().orderBy("ordinal").orderBy(byteOrder(dialect, "id")).execute();
      return rows.map(toCycle);
    },
    async getCycle(id) {
      const r = await db.selectFrom("cycles").selectAll().where("id", "=", id).executeTakeFirst();
      return r ? toCycle(r) : undefined;
    },
    async createCycle(c) {
      await db
        .insertInto("cycles")
        .values({
          id: c.id,
          name: c.name,
          period_start: c.periodStart,
          period_end: c.periodEnd,
          ordinal: c.order,
          status: c.status,
          is_demo: c.isDemo ? 1 : 0,
          created_at: c.createdAt,
        })
        .execute();
    },
    async setCycleStatus(id, status) {
      await db.updateTable("cycles").set({ status }).where("id", "=", id).execute();
    },

    async get(id) {
      const r = await db.selectFrom("assessments").selectAll().where("id", "=", id).executeTakeFirst();
      return r ? (await hydrate([r]))[0] : undefined;
    },
    async find(key) {
      const r = await db
        .selectFrom("assessments")
        .selectAll()
        .where("organisation_id", "=", key.organisationId)
        .where("country_iso3", "=", key.countryIso3)
        .where("cycle_id", "=", key.cycleId)
        .where("item_id", "=", key.itemId)
        .executeTakeFirst();
      return r ? (await hydrate([r]))[0] : undefined;
    },
    async insert(a) {
      await db.insertInto("assessments").values(row(a)).execute();
      await writeLinks(a);
    },
    async update(a, expectedVersion) {
      const { id, organisation_id, country_iso3, cycle_id, item_id, created_at, ...changes } = row(a);
      const res = await db
        .updateTable("assessments")
        .set(changes)
        .where("id", "=", id)
        .where("version", "=", expectedVersion)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) return false;
      await writeLinks(a);
      return true;
    },
    async listForWorkspace(organisationId, countryIso3, cycleId) {
      const rows = await db
        .selectFrom("assessments")
        .selectAll()
        .where("organisation_id", "=", organisationId)
        .where("country_iso3", "=", countryIso3)
        .where("cycle_id", "=", cycleId)
        .execute();
      return hydrate(rows);
    },

    async addPublication(p) {
      await db
        .insertInto("assessment_publications")
        .values({
          assessment_id: p.assessmentId,
          version: p.version,
          snapshot_json: JSON.stringify(p.snapshot),
          published_by: p.publishedBy,
          published_at: p.publishedAt,
          methodology_version: p.methodologyVersion,
        })
        .execute();
    },
    async listPublications(assessmentId) {
      const rows = await db
        .selectFrom("assessment_publications")
        .selectAll()
        .where("assessment_id", "=", assessmentId)
        .orderBy("version")
        .execute();
      return rows.map(toPublication);
    },
    async latestPublications(filter) {
      let q = db
        .selectFrom("assessment_publications as p")
        .innerJoin("assessments as a", "a.id", "p.assessment_id")
        .selectAll("p")
        .where("p.version", "=", (eb) =>
          eb
            .selectFrom("assessment_publications as q")
            .select((e) => e.fn.max("q.version").as("v"))
            .whereRef("q.assessment_id", "=", "p.assessment_id"),
        );
      if (filter.countryIso3) q = q.where("a.country_iso3", "=", filter.countryIso3);
      if (filter.cycleId) q = q.where("a.cycle_id", "=", filter.cycleId);
      if (filter.itemId) q = q.where("a.item_id", "=", filter.itemId);
      const rows = await q.orderBy(byteOrder(dialect, "p.assessment_id")).execute();
      return rows.map(toPublication);
    },

    async addComment(c) {
      await db
        .insertInto("review_comments")
        .values({
          id: c.id,
          assessment_id: c.assessmentId,
          author_id: c.authorId,
          version: c.version,
          body: c.body,
          created_at: c.createdAt,
        })
        .execute();
    },
    async listComments(assessmentId) {
      const rows = await db
        .selectFrom("review_comments")
        .selectAll()
        .where("assessment_id", "=", assessmentId)
        .orderBy("created_at")
        .orderBy(byteOrder(dialect, "id"))
        .execute();
      return rows.map((r) => ({
        id: r.id,
        assessmentId: r.assessment_id,
        authorId: r.author_id,
        version: Number(r.version),
        body: r.body,
        createdAt: r.created_at,
      }));
    },
    async upsertReply(r) {
      await db
        .insertInto("replies")
        .values({
          id: r.id,
          assessment_id: r.assessmentId,
          organisation_id: r.organisationId,
          author_id: r.authorId,
          body: r.body,
          created_at: r.createdAt,
          updated_at: r.updatedAt,
        })
        .onConflict((oc) =>
          oc
            .columns(["assessment_id", "organisation_id"])
            .doUpdateSet({ body: r.body, author_id: r.authorId, updated_at: r.updatedAt }),
        )
        .execute();
    },
    async deleteAllOfOrganisation(organisationId) {
      const ids = db.selectFrom("assessments").select("id").where("organisation_id", "=", organisationId);
      // Children first: SQLite enforces the cascades too, but explicit deletes read the same on both engines.
      for (const t of [
        "assessment_publications",
        "review_comments",
        "replies",
        "assessment_factors",
        "assessment_evidence",
      ] as const)
        await db.deleteFrom(t).where("assessment_id", "in", ids).execute();
      const res = await db.deleteFrom("assessments").where("organisation_id", "=", organisationId).executeTakeFirst();
      return Number(res.numDeletedRows);
    },
    async deleteCycle(id) {
      await db.deleteFrom("cycles").where("id", "=", id).execute();
    },
    async listReplies(assessmentIds) {
      if (assessmentIds.length === 0) return [];
      const rows = await db
        .selectFrom("replies")
        .selectAll()
        .where("assessment_id", "in", [...assessmentIds])
        .execute();
      return rows.map((r) => ({
        id: r.id,
        assessmentId: r.assessment_id,
        organisationId: r.organisation_id,
        authorId: r.author_id,
        body: r.body,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }));
    },
  };
}
