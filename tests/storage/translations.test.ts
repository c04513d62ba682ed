/**
 * The translation repository on every database: add, replace and remove
 * translations, also only if unchanged since read (compare and set); one read returns the translations of many records with each
 * record's original language (a pack's for framework items and pack evidence,
 * the recorded one for evidence and assessments, English by default); the
 * translators' lists; and a translation outlives its translator's account.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Evidence } from "../../src/domain/evidence/types";
import type { ContentRef, ContentTranslation } from "../../src/domain/translations/types";
import type { Storage } from "../../src/storage";
import { seededStorage, testDatabases } from "../support/databases";

const NOW = "2026-02-01T10:00:00.000Z";

for (const database of testDatabases())
  describe(`content translations on ${database.name}`, () => {
    let storage: Storage & { cleanup(): Promise<void> };
    let userId: string;
    let orgId: string;

    const translation = (over: Partial<ContentTranslation> = {}): ContentTranslation => ({
      entityType: "framework_item",
      entityId: "csw67-c01",
      field: "title",
      locale: "fr",
      text: "Mettre fin à toute violence à l’égard des femmes",
      sourceHash: "fnv1a64:0000000000000001",
      translatedBy: userId,
      updatedAt: NOW,
      ...over,
    });

    const evidence = (id: string, visibility: Evidence["visibility"], title = `Record ${id}`): Evidence => ({
      id,
      packId: null,
      organisationId: orgId,
      type: "law",
      title,
      summary: `Summary of ${id}`,
      countryIso3: "KEN",
      body: null,
      date: "2024",
      visibility,
      citation: null,
      sources: [{ title: "Gazette" }],
      links: ["s02-o2"],
      createdAt: NOW,
      updatedAt: NOW,
    });

    before(async () => {
      storage = await seededStorage(database);
      userId = (
        await storage.accounts.createUser(
          { id: "u-translator", email: "t@example.org", displayName: "T", isSuperadmin: false },
          NOW,
        )
      ).id;
      orgId = (
        await storage.accounts.createOrganisation(
          { id: "org-1", slug: "org-1", name: "Org 1", type: "civil_society", countryIso3: null },
          NOW,
        )
      ).id;
      for (const [id, visibility] of [
        ["ev-public", "public"],
        ["ev-org", "organisation"],
        ["ev-restricted", "restricted"],
      ] as const)
        await storage.evidence.create(evidence(id, visibility), userId);
    });
    after(() => storage.cleanup());

    test("a translation is added, replaced under the same key, read back and removed", async () => {
      const ref: ContentRef = { type: "framework_item", id: "csw67-c01" };
      await storage.translations.upsert(translation());
      await storage.translations.upsert(translation({ locale: "es", text: "Poner fin a toda violencia" }));
      await storage.translations.upsert(
        translation({
          text: "Mettre fin à toutes les violences",
          sourceHash: "fnv1a64:2",
          updatedAt: "2026-02-02T00:00:00.000Z",
        }),
      );
      const all = await storage.translations.load([ref]);
      assert.deepEqual(
        all.translations.map((t) => [t.locale, t.text, t.sourceHash, t.updatedAt, t.translatedBy]),
        [
          ["es", "Poner fin a toda violencia", "fnv1a64:0000000000000001", NOW, userId],
          ["fr", "Mettre fin à toutes les violences", "fnv1a64:2", "2026-02-02T00:00:00.000Z", userId],
        ],
      );
      const french = await storage.translations.load([ref], "fr");
      assert.deepEqual(
        french.translations.map((t) => t.locale),
        ["fr"],
      );
      assert.equal(french.languages.get("framework_item:csw67-c01"), "en", "a framework item is in its pack's language");
      assert.equal(await storage.translations.remove(translation({ locale: "es" })), true);
      assert.equal(await storage.translations.remove(translation({ locale: "es" })), false, "removing twice finds nothing");
      assert.deepEqual(
        (await storage.translations.load([ref])).translations.map((t) => t.locale),
        ["fr"],
      );
    });

    test("compare and set: a translation is added, replaced or removed only if it is still what was read", async () => {
      const ref: ContentRef = { type: "framework_item", id: "csw67-c05" };
      const texts = async () => (await storage.translations.load([ref], "ru")).translations.map((t) => t.text);
      const first = translation({ entityId: ref.id, locale: "ru", text: "Первый" });
      const second = translation({ entityId: ref.id, locale: "ru", text: "Второй", updatedAt: "2026-02-03T00:00:00.000Z" });
      assert.equal(await storage.translations.replaceIf(first, null, null), true, "still none: nothing to do");
      assert.equal(await storage.translations.replaceIf(first, null, first), true, "added where there was none");
      assert.equal(await storage.translations.replaceIf(first, null, null), false, "no longer none");
      assert.equal(await storage.translations.replaceIf(second, null, second), false, "not added over an existing one");
      assert.deepEqual(await texts(), ["Первый"]);
      assert.equal(await storage.translations.replaceIf(second, first, second), true, "replaced: it was still the first");
      assert.equal(await storage.translations.replaceIf(first, first, first), false, "a stale replacement changes nothing");
      assert.deepEqual(await texts(), ["Второй"]);
      // Same text, confirmed later (a new source hash and time): a form read before that is stale too.
      const confirmed = { ...second, sourceHash: "fnv1a64:0000000000000009", updatedAt: "2026-02-04T00:00:00.000Z" };
      assert.equal(await storage.translations.replaceIf(confirmed, second, confirmed), true);
      assert.equal(await storage.translations.replaceIf(second, second, null), false, "a stale removal changes nothing");
      assert.deepEqual(await texts(), ["Второй"]);
      assert.equal(await storage.translations.replaceIf(confirmed, confirmed, null), true, "removed");
      assert.deepEqual(await texts(), []);
      assert.equal(await storage.translations.replaceIf(confirmed, confirmed, null), false, "already gone");
    });

    test("one read covers framework items, evidence and assessments with their original languages", async () => {
      await storage.assessments.createCycle({
        id: "2025",
        name: "2025",
        periodStart: "2025-01-01",
        periodEnd: "2025-12-31",
        order: 1,
        status: "open",
        isDemo: false,
        createdAt: NOW,
      });
      const key = { organisationId: orgId, countryIso3: "KEN", cycleId: "2025", itemId: "s02-o2" };
      const content = {
        status: "planned" as const,
        narrative: "Texte v1",
        confidence: "medium" as const,
        obstacles: [],
        enablers: [],
        evidenceIds: [],
      };
      await storage.assessments.insert({
        id: "as-1",
        ...key,
        ...content,
        reviewState: "published",
        version: 2,
        editedBy: userId,
        submittedBy: null,
        createdAt: NOW,
        updatedAt: NOW,
      });
      for (const [version, narrative] of [
        [1, "Texte v1"],
        [2, "Texte v2"],
      ] as const)
        await storage.assessments.addPublication({
          assessmentId: "as-1",
          version,
          snapshot: { ...key, ...content, narrative },
          publishedBy: userId,
          publishedAt: NOW,
          methodologyVersion: "1.0.0",
        });
      await storage.translations.setOriginalLanguage({ type: "assessment", id: "as-1" }, "fr");
      await storage.translations.setOriginalLanguage({ type: "evidence", id: "ev-org" }, "es");
      await storage.translations.upsert(
        translation({ entityType: "evidence", entityId: "ev-org", field: "summary", locale: "en", text: "Org" }),
      );
      await storage.translations.upsert(
        translation({ entityType: "assessment", entityId: "as-1", field: "narrative", locale: "en", text: "Text v2" }),
      );
      const packEvidence = (await storage.translations.packEvidence())[0]!;
      assert.ok(packEvidence.packId, "pack evidence comes with its pack");

      // Many ids (more than one IN list) and ones that do not exist: nothing is lost or invented.
      const missing = Array.from({ length: 1200 }, (_, i) => ({ type: "evidence" as const, id: `nothing-${i}` }));
      const loaded = await storage.translations.load([
        ...missing,
        { type: "framework_item", id: "csw67-c01" },
        { type: "evidence", id: "ev-public" },
        { type: "evidence", id: "ev-org" },
        { type: "evidence", id: packEvidence.id },
        { type: "assessment", id: "as-1" },
      ]);
      assert.deepEqual(Object.fromEntries(loaded.languages), {
        "framework_item:csw67-c01": "en",
        "evidence:ev-public": "en",
        "evidence:ev-org": "es",
        [`evidence:${packEvidence.id}`]: "en",
        "assessment:as-1": "fr",
      });
      assert.deepEqual(
        loaded.translations.map((t) => `${t.entityType}:${t.entityId}:${t.field}:${t.locale}`),
        ["assessment:as-1:narrative:en", "evidence:ev-org:summary:en", "framework_item:csw67-c01:title:fr"],
      );
      assert.deepEqual(await storage.translations.load([{ type: "evidence", id: "nothing" }]), {
        languages: new Map(),
        translations: [],
      });

      const narratives = await storage.translations.publishedNarratives(orgId);
      assert.deepEqual(
        narratives.map((n) => [n.assessmentId, n.narrative, n.itemId]),
        [["as-1", "Texte v2", "s02-o2"]],
        "the newest publication's narrative",
      );
      assert.deepEqual(await storage.translations.publishedNarratives("org-none"), []);
    });

    test("the translators' evidence lists keep to the pack's records or one organisation's visibilities", async () => {
      const pack = await storage.translations.packEvidence();
      assert.equal(pack.length, 53);
      assert.ok(
        pack.every((e) => e.packId && e.organisationId === null && e.visibility === "public"),
        "pack evidence is public and owned by no organisation",
      );
      const member = await storage.translations.organisationEvidence(orgId, ["public", "organisation"]);
      assert.deepEqual(
        member.map((e) => [e.id, e.visibility]),
        [
          ["ev-org", "organisation"],
          ["ev-public", "public"],
        ],
      );
      const reviewer = await storage.translations.organisationEvidence(orgId, ["public", "organisation", "restricted"]);
      assert.equal(reviewer.length, 3);
      assert.deepEqual(await storage.translations.organisationEvidence(orgId, []), []);
    });

    test("a translation stays when its translator's account is deleted, without a name", async () => {
      const other = await storage.accounts.createUser(
        { id: "u-gone", email: "gone@example.org", displayName: "G", isSuperadmin: false },
        NOW,
      );
      const ref = { type: "framework_item" as const, id: "csw67-c02" };
      await storage.translations.upsert(translation({ entityId: ref.id, locale: "ar", text: "مكافحة", translatedBy: other.id }));
      await storage.accounts.deleteUser(other.id);
      const [kept] = (await storage.translations.load([ref])).translations;
      assert.equal(kept?.text, "مكافحة");
      assert.equal(kept?.translatedBy, null);
    });

    test("translations of records that no longer exist are purged; the others stay", async () => {
      const kept = [
        translation({ entityType: "evidence", entityId: "ev-public", field: "title", text: "Dossier public" }),
        translation({ entityId: "csw67-c03", text: "Engagement" }),
      ];
      const orphans = [
        translation({ entityType: "evidence", entityId: "ev-deleted", field: "title", text: "Disparu" }),
        translation({ entityType: "assessment", entityId: "a-deleted", field: "narrative", text: "Disparue" }),
        translation({ entityId: "no-such-item", text: "Aucun" }),
      ];
      for (const t of [...kept, ...orphans]) await storage.translations.upsert(t);
      assert.equal(await storage.translations.purgeOrphans(), orphans.length);
      assert.equal(await storage.translations.purgeOrphans(), 0, "nothing left to purge");
      const refs = [...kept, ...orphans].map((t) => ({ type: t.entityType, id: t.entityId }));
      const left = (await storage.translations.load(refs)).translations.map((t) => `${t.entityType}:${t.entityId}`);
      assert.deepEqual(left.sort(), ["evidence:ev-public", "framework_item:csw67-c03"]);
    });
  });
