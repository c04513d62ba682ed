/** Content translations (migration 009), the same on SQLite and PostgreSQL. */
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Visibility } from "../../domain/evidence/types";
import type {
  ContentRef,
  ContentTranslation,
  EntityType,
  EvidenceText,
  LoadedTranslations,
  PublishedNarrative,
  TranslationKey,
  TranslationRepository,
} from "../../domain/translations/types";
import type { Locale } from "../../i18n/locales";
import type { AssessmentsTable, Database, DB, DialectName, EvidenceTable } from "../database";
import { byteOrder } from "../dialects/ordering";

export interface ContentTranslationsTable {
  entity_type: string;
  entity_id: string;
  field: string;
  locale: string;
  text: string;
  source_hash: string;
  translated_by: string | null;
  updated_at: string;
}

/** What migration 009 adds to the database's tables (kept here so that the feature stays in its own files). */
type TranslationDatabase = Omit<Database, "evidence" | "assessments"> & {
  content_translations: ContentTranslationsTable;
  evidence: EvidenceTable & { original_language: string };
  assessments: AssessmentsTable & { original_language: string };
};

/** Ids per IN list: far below both engines' limits on bound parameters. */
const CHUNK = 500;

const toTranslation = (r: ContentTranslationsTable): ContentTranslation => ({
  entityType: r.entity_type as EntityType,
  entityId: r.entity_id,
  field: r.field,
  locale: r.locale as Locale,
  text: r.text,
  sourceHash: r.source_hash,
  translatedBy: r.translated_by,
  updatedAt: r.updated_at,
});

const rowOf = (t: ContentTranslation): ContentTranslationsTable => ({
  entity_type: t.entityType,
  entity_id: t.entityId,
  field: t.field,
  locale: t.locale,
  text: t.text,
  source_hash: t.sourceHash,
  translated_by: t.translatedBy,
  updated_at: t.updatedAt,
});

function chunks(refs: readonly ContentRef[]): Map<EntityType, string[]>[] {
  const unique = [...new Map(refs.map((r) => [`${r.type}:${r.id}`, r])).values()];
  const out: Map<EntityType, string[]>[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const byType = new Map<EntityType, string[]>();
    for (const r of unique.slice(i, i + CHUNK)) byType.set(r.type, [...(byType.get(r.type) ?? []), r.id]);
    out.push(byType);
  }
  return out;
}

export function translationRepository(database: DB, dialect: DialectName): TranslationRepository {
  const db = database as unknown as Kysely<TranslationDatabase>;

  /**
   * The translations and, in the same statement, one row per record carrying
   * its original language (marked by an empty field, which no translation has).
   */
  function loadQuery(byType: Map<EntityType, string[]>, locale: Locale | undefined) {
    let q = db
      .selectFrom("content_translations")
      .select(["entity_type", "entity_id", "field", "locale", "text", "source_hash", "translated_by", "updated_at"])
      .where((eb) => eb.or([...byType].map(([type, ids]) => eb.and([eb("entity_type", "=", type), eb("entity_id", "in", ids)]))));
    if (locale) q = q.where("locale", "=", locale);
    // A UNION matches columns by position: every branch lists them in the order of the first.
    const languageRow = (type: EntityType, id: string, language: RawBuilder<string>) => [
      sql<string>`${sql.lit(type)}`.as("entity_type"),
      sql.ref<string>(id).as("entity_id"),
      sql<string>`''`.as("field"),
      sql<string>`''`.as("locale"),
      language.as("text"),
      sql<string>`''`.as("source_hash"),
      sql<string | null>`null`.as("translated_by"),
      sql<string>`''`.as("updated_at"),
    ];
    const items = byType.get("framework_item");
    const evidence = byType.get("evidence");
    const assessments = byType.get("assessment");
    let all = q;
    if (items)
      all = all.unionAll(
        db
          .selectFrom("framework_items as i")
          .innerJoin("framework_packs as p", "p.id", "i.pack_id")
          .select(languageRow("framework_item", "i.id", sql.ref<string>("p.language")))
          .where("i.id", "in", items),
      );
    if (evidence)
      all = all.unionAll(
        db
          .selectFrom("evidence as e")
          .leftJoin("framework_packs as p", "p.id", "e.pack_id")
          // The packs' own evidence is in its pack's language.
          .select(
            languageRow("evidence", "e.id", sql<string>`coalesce(${sql.ref("p.language")}, ${sql.ref("e.original_language")})`),
          )
          .where("e.id", "in", evidence),
      );
    if (assessments)
      all = all.unionAll(
        db
          .selectFrom("assessments as a")
          .select(languageRow("assessment", "a.id", sql.ref<string>("a.original_language")))
          .where("a.id", "in", assessments),
      );
    return all;
  }

  const evidenceBase = () =>
    db.selectFrom("evidence").select(["id", "pack_id", "organisation_id", "title", "summary", "body", "visibility"]);
  type EvidenceQuery = ReturnType<typeof evidenceBase>;
  async function evidenceTexts(narrow: (q: EvidenceQuery) => EvidenceQuery): Promise<EvidenceText[]> {
    const rows = await narrow(evidenceBase()).orderBy(byteOrder(dialect, "title")).orderBy(byteOrder(dialect, "id")).execute();
    return rows.map((r) => ({
      id: r.id,
      packId: r.pack_id,
      organisationId: r.organisation_id,
      title: r.title,
      summary: r.summary,
      body: r.body,
      visibility: r.visibility as Visibility,
    }));
  }

  return {
    async upsert(t) {
      const row = rowOf(t);
      await db
        .insertInto("content_translations")
        .values(row)
        .onConflict((oc) =>
          oc.columns(["entity_type", "entity_id", "field", "locale"]).doUpdateSet({
            text: row.text,
            source_hash: row.source_hash,
            translated_by: row.translated_by,
            updated_at: row.updated_at,
          }),
        )
        .execute();
    },

    async remove(key) {
      const res = await db
        .deleteFrom("content_translations")
        .where("entity_type", "=", key.entityType)
        .where("entity_id", "=", key.entityId)
        .where("field", "=", key.field)
        .where("locale", "=", key.locale)
        .executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    async replaceIf(key, expected, next) {
      const where = (t: TranslationKey) => ({
        entity_type: t.entityType,
        entity_id: t.entityId,
        field: t.field,
        locale: t.locale,
      });
      if (expected) {
        const unchanged = {
          ...where(expected),
          text: expected.text,
          source_hash: expected.sourceHash,
          updated_at: expected.updatedAt,
        };
        if (!next) {
          const res = await db
            .deleteFrom("content_translations")
            .where((eb) => eb.and(unchanged))
            .executeTakeFirst();
          return Number(res.numDeletedRows) > 0;
        }
        const { text, source_hash, translated_by, updated_at } = rowOf(next);
        const res = await db
          .updateTable("content_translations")
          .set({ text, source_hash, translated_by, updated_at })
          .where((eb) => eb.and(unchanged))
          .executeTakeFirst();
        return Number(res.numUpdatedRows) > 0;
      }
      if (next) {
        // A row already there, even one another transaction is committing, turns the insert into nothing.
        const res = await db
          .insertInto("content_translations")
          .values(rowOf(next))
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
      }
      const found = await db
        .selectFrom("content_translations")
        .select("field")
        .where((eb) => eb.and(where(key)))
        .executeTakeFirst();
      return found === undefined;
    },

    async purgeOrphans() {
      let removed = 0;
      for (const [type, table] of [
        ["framework_item", "framework_items"],
        ["evidence", "evidence"],
        ["assessment", "assessments"],
      ] as const) {
        const res = await db
          .deleteFrom("content_translations")
          .where("entity_type", "=", type)
          .where("entity_id", "not in", db.selectFrom(table).select("id"))
          .executeTakeFirst();
        removed += Number(res.numDeletedRows);
      }
      return removed;
    },

    async load(refs, locale) {
      const out: LoadedTranslations = { languages: new Map(), translations: [] };
      for (const byType of chunks(refs)) {
        for (const r of await loadQuery(byType, locale).execute()) {
          if (r.field === "") out.languages.set(`${r.entity_type}:${r.entity_id}`, r.text);
          else out.translations.push(toTranslation(r));
        }
      }
      // One order on both engines: by record, field, then language.
      const key = (t: ContentTranslation) => `${t.entityType}\u0000${t.entityId}\u0000${t.field}\u0000${t.locale}`;
      out.translations.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      return out;
    },

    async setOriginalLanguage(ref, language) {
      if (ref.type === "evidence")
        await db.updateTable("evidence").set({ original_language: language }).where("id", "=", ref.id).execute();
      else if (ref.type === "assessment")
        await db.updateTable("assessments").set({ original_language: language }).where("id", "=", ref.id).execute();
      else throw new Error("a framework item is in its pack's language");
    },

    async packEvidence() {
      return evidenceTexts((q) => q.where("pack_id", "is not", null));
    },

    async organisationEvidence(organisationId, visibilities) {
      if (visibilities.length === 0) return [];
      return evidenceTexts((q) => q.where("organisation_id", "=", organisationId).where("visibility", "in", [...visibilities]));
    },

    async publishedNarratives(organisationId) {
      const rows = await db
        .selectFrom("assessment_publications as p")
        .innerJoin("assessments as a", "a.id", "p.assessment_id")
        .select(["p.assessment_id", "a.organisation_id", "a.country_iso3", "a.item_id", "a.cycle_id", "p.snapshot_json"])
        .where("a.organisation_id", "=", organisationId)
        .where("p.version", "=", (eb) =>
          eb
            .selectFrom("assessment_publications as q")
            .select((e) => e.fn.max("q.version").as("v"))
            .whereRef("q.assessment_id", "=", "p.assessment_id"),
        )
        .orderBy(byteOrder(dialect, "a.country_iso3"))
        .orderBy(byteOrder(dialect, "a.item_id"))
        .orderBy(byteOrder(dialect, "a.cycle_id"))
        .execute();
      return rows.map(
        (r): PublishedNarrative => ({
          assessmentId: r.assessment_id,
          organisationId: r.organisation_id,
          countryIso3: r.country_iso3,
          itemId: r.item_id,
          cycleId: r.cycle_id,
          narrative: String((JSON.parse(r.snapshot_json) as { narrative?: unknown }).narrative ?? ""),
        }),
      );
    },
  };
}
