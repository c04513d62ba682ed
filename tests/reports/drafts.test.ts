/**
 * Report drafts with versions through the domain service, on every database:
 * a first version generated from the published assessments, saving with a
 * version check (a stale save stores nothing and gives the text back; of two
 * saves on one version exactly one wins), every version kept, bad input
 * refused with every problem named, and who may read and write.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import type { Actor, Organisation } from "../../src/domain/accounts/types";
import { ForbiddenError, FormError } from "../../src/domain/auth/errors";
import { NotFoundError } from "../../src/domain/errors";
import { type NewDraftInput, reportDraftService } from "../../src/domain/reports/draft-service";
import { DraftConflictError } from "../../src/domain/reports/errors";
import { draftTextGenerator, runRenderJob } from "../../src/reports/shadow";
import type { Storage } from "../../src/storage";
import { seededStorage, testDatabases } from "../support/databases";
import { shadowPeople, shadowRecords } from "./shadow-fixtures";

const ctx = () => ({ ipPrefix: "192.0.2.0/24", userAgent: "test", now: new Date() });
const NEW: NewDraftInput = {
  country: "ken",
  cycle: "2025",
  template: "general",
  lang: "en",
  audience: "public",
  coalition: "",
  wordLimit: "",
  title: "",
};

for (const database of testDatabases())
  describe(`report drafts on ${database.name}`, () => {
    let storage: Storage & { cleanup(): Promise<void> };
    let people: Record<string, Actor>;
    let orgA: Organisation;
    let orgB: Organisation;
    let service: ReturnType<typeof reportDraftService>;

    before(async () => {
      storage = await seededStorage(database);
      await shadowRecords(storage);
      people = await shadowPeople(storage);
      orgA = (await storage.accounts.getOrganisationBySlug("cso-a"))!;
      orgB = (await storage.accounts.getOrganisationBySlug("cso-b"))!;
      service = reportDraftService({
        repos: storage,
        newId: randomUUID,
        // In this thread: the worker pool has its own suite (tests/reports/shadow-worker.test.ts).
        generate: draftTextGenerator(storage, async (job) => runRenderJob(job)),
      });
    });
    after(() => storage.cleanup());

    test("a contributor creates a draft: version 1 holds the generated summary and recommendations; audit-logged", async () => {
      const draft = await service.create(people.contributor!, orgA, { ...NEW, template: "upr", coalition: "cso-b" }, ctx());
      assert.equal(draft.currentVersion, 1);
      assert.equal(draft.countryIso3, "KEN");
      assert.deepEqual(draft.coalitionIds, [orgB.id]);
      assert.equal(draft.title, "UPR stakeholder submission: Kenya, 2025");
      const { version } = await service.get(people.viewer!, orgA, draft.id);
      assert.match(version.executiveSummary, /Of 61 items, 3 were assessed/);
      assert.match(version.executiveSummary, /\*\[Replace this generated summary/);
      assert.match(version.recommendations, /^For every practical option whose status is below substantial/);
      assert.match(version.recommendations, /\n\n\*\*Map gaps in laws, regulations and policies\*\* \(Planned\)\. /);
      assert.equal(version.savedBy, people.contributor!.user!.id);
      const log = await storage.audit.list({ entityId: draft.id }, { page: 1, perPage: 5 });
      assert.deepEqual(
        log.items.map((e) => [e.action, e.organisationId]),
        [["report_draft.create", orgA.id]],
      );
      assert.doesNotMatch(JSON.stringify(log.items), /Of 61 items/, "the texts stay out of the audit log");
    });

    test("bad settings are refused with every problem named, and nothing is stored", async () => {
      const before = (await service.list(people.contributor!, orgA)).length;
      await assert.rejects(
        service.create(
          people.contributor!,
          orgA,
          {
            country: "XYZ",
            cycle: "1999",
            template: "ohchr",
            lang: "de",
            audience: "everyone",
            coalition: "nobody-here",
            wordLimit: "many",
            title: "x".repeat(201),
          },
          ctx(),
        ),
        (e: unknown) =>
          e instanceof FormError &&
          ["country", "cycle", "template", "lang", "audience", "coalition", "wordLimit", "title"].every((k) => k in e.problems) &&
          /'nobody-here'/.test(e.problems.coalition!),
      );
      await assert.rejects(
        service.create(people.contributor!, orgA, { ...NEW, country: "FRA" }, ctx()),
        (e: unknown) =>
          e instanceof FormError &&
          /Nothing is published for this country in this cycle yet/.test(e.problems.country!) &&
          (e.messages.country as { key: string }).key === "reports.problem.noPublications",
      );
      assert.equal((await service.list(people.contributor!, orgA)).length, before);
    });

    test("saving adds a version on top of the one edited; a stale save stores nothing and gives the text back", async () => {
      const draft = await service.create(people.contributor!, orgA, NEW, ctx());
      const mine = {
        executiveSummary: "Kenya has made progress.",
        recommendations: "- Fund the helpline.\n- Train the police.",
        note: "first pass",
      };
      const v2 = await service.save(people.contributor!, orgA, draft.id, 1, mine, ctx());
      assert.equal(v2.version, 2);
      await assert.rejects(
        service.save(people.contributor2!, orgA, draft.id, 1, { ...mine, executiveSummary: "Someone else's summary" }, ctx()),
        (e: unknown) =>
          e instanceof DraftConflictError &&
          e.theirs.version === 2 &&
          e.theirs.executiveSummary === "Kenya has made progress." &&
          e.mine.executiveSummary === "Someone else's summary",
      );
      const versions = await service.versions(people.viewer!, orgA, draft.id);
      assert.deepEqual(
        versions.map((v) => [v.version, v.note]),
        [
          [2, "first pass"],
          [1, ""],
        ],
      );
      const first = await service.get(people.viewer!, orgA, draft.id, 1);
      assert.match(first.version.executiveSummary, /Of 61 items/, "version 1 is kept as it was");
      assert.equal((await service.get(people.viewer!, orgA, draft.id)).draft.currentVersion, 2);
      const saves = await storage.audit.list({ entityId: draft.id, actions: ["report_draft.save"] }, { page: 1, perPage: 5 });
      assert.equal(saves.total, 1);
    });

    test("of two saves on the same version, exactly one wins (compare-and-swap)", async () => {
      const draft = await service.create(people.contributor!, orgA, NEW, ctx());
      const text = (who: string) => ({ executiveSummary: `Summary by ${who}`, recommendations: "- One.", note: "" });
      const results = await Promise.allSettled([
        service.save(people.contributor!, orgA, draft.id, 1, text("one"), ctx()),
        service.save(people.contributor2!, orgA, draft.id, 1, text("two"), ctx()),
      ]);
      assert.equal(results.filter((r) => r.status === "fulfilled").length, 1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      assert.ok(refused.reason instanceof DraftConflictError, String(refused.reason));
      assert.equal((await service.versions(people.viewer!, orgA, draft.id)).length, 2);
    });

    test("empty or oversized text is refused; the draft does not change", async () => {
      const draft = await service.create(people.contributor!, orgA, NEW, ctx());
      await assert.rejects(
        service.save(
          people.contributor!,
          orgA,
          draft.id,
          1,
          { executiveSummary: "  ", recommendations: "", note: "n".repeat(301) },
          ctx(),
        ),
        (e: unknown) => e instanceof FormError && ["executiveSummary", "recommendations", "note"].every((k) => k in e.problems),
      );
      assert.equal((await service.get(people.viewer!, orgA, draft.id)).draft.currentVersion, 1);
    });

    test("viewers read but do not write; nobody outside the organisation sees its drafts", async () => {
      const draft = await service.create(people.reviewer!, orgA, NEW, ctx());
      const text = { executiveSummary: "x", recommendations: "y", note: "" };
      await assert.rejects(service.create(people.viewer!, orgA, NEW, ctx()), ForbiddenError);
      await assert.rejects(service.save(people.viewer!, orgA, draft.id, 1, text, ctx()), ForbiddenError);
      assert.ok((await service.list(people.viewer!, orgA)).some((d) => d.id === draft.id));
      for (const who of ["outsider", "superadmin"]) {
        await assert.rejects(service.list(people[who]!, orgA), NotFoundError, who);
        await assert.rejects(service.get(people[who]!, orgA, draft.id), NotFoundError, who);
        await assert.rejects(service.save(people[who]!, orgA, draft.id, 1, text, ctx()), NotFoundError, who);
      }
      // Through their own organisation's address, another organisation's draft is not found either.
      await assert.rejects(service.get(people.outsider!, orgB, draft.id), NotFoundError);
      await assert.rejects(service.save(people.outsider!, orgB, draft.id, 1, text, ctx()), NotFoundError);
      assert.ok(!(await service.list(people.outsider!, orgB)).some((d) => d.id === draft.id));
      assert.equal((await service.get(people.viewer!, orgA, draft.id)).draft.currentVersion, 1);
    });
  });
