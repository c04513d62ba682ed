/**
 * Assessments through the service, on every database: review with four eyes,
 * published history, concurrent edits that never overwrite silently, closed
 * cycles, right of reply, and the audit trail of it all.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Actor, Organisation } from "../../src/domain/accounts/types";
import { type AssessmentService, assessmentService } from "../../src/domain/assessments/assessment-service";
import { ClosedCycleError, ConflictError } from "../../src/domain/assessments/errors";
import { ForbiddenError, FormError } from "../../src/domain/auth/errors";
import { NotFoundError } from "../../src/domain/errors";
import { METHODOLOGY_V1 } from "../../src/domain/scoring/methodology-v1";
import { scorecardService } from "../../src/domain/scoring/scorecard-service";
import type { WebDeps } from "../../src/web/deps";
import { ctx, makeOrganisation, makeUser } from "../support/accounts";
import { seededApp, testDatabases } from "../support/databases";

const content = (status: string, narrative = "Text", extra: Partial<Record<"obstacles" | "evidenceIds", string[]>> = {}) => ({
  status,
  narrative,
  confidence: "medium",
  obstacles: extra.obstacles ?? [],
  enablers: [],
  evidenceIds: extra.evidenceIds ?? [],
});

for (const database of testDatabases()) {
  describe(`assessments on ${database.name}`, () => {
    let deps: WebDeps;
    let svc: AssessmentService;
    let cleanup: () => Promise<void>;
    let org: Organisation;
    let gov: Organisation;
    const actors: Record<string, Actor> = {};
    const actorOf = async (email: string): Promise<Actor> => {
      const user = (await deps.repos.accounts.getUserByEmail(email))!;
      return { user, memberships: await deps.repos.accounts.membershipsOfUser(user.id) };
    };

    before(async () => {
      const seeded = await seededApp(database);
      deps = seeded.deps;
      cleanup = seeded.storage.cleanup;
      svc = assessmentService({ repos: deps.repos, newId: deps.crypto.newId, methodologyVersion: "1.0.0" });
      org = await makeOrganisation(deps, "cso-one");
      gov = await makeOrganisation(deps, "gov-ken", "government_body", "KEN");
      await makeOrganisation(deps, "gov-nga", "government_body", "NGA");
      for (const [name, role, slug] of [
        ["contributor", "contributor", "cso-one"],
        ["contributor2", "contributor", "cso-one"],
        ["reviewer", "reviewer", "cso-one"],
        ["reviewer2", "reviewer", "cso-one"],
        ["viewer", "viewer", "cso-one"],
        ["official", "contributor", "gov-ken"],
        ["foreignOfficial", "contributor", "gov-nga"],
      ] as const) {
        const { user } = await makeUser(deps, { role, orgSlug: slug, email: `${name}@${database.name}.example.org` });
        actors[name] = await actorOf(user.email);
      }
      await deps.repos.assessments.createCycle({
        id: "2025",
        name: "2025",
        periodStart: "2025-01-01",
        periodEnd: "2025-12-31",
        order: 2,
        status: "open",
        isDemo: false,
        createdAt: new Date().toISOString(),
      });
    });
    after(async () => cleanup());

    const key = (itemId: string) => ({ countryIso3: "KEN", cycleId: "2025", itemId });

    test("draft → review → published by another person; the next edit keeps the published version public", async () => {
      const c = actors.contributor!;
      const a1 = await svc.save(
        c,
        org,
        key("s02-o2"),
        content("planned", "A gap analysis is planned.", { obstacles: ["funding-capacity"] }),
        0,
        ctx(),
      );
      assert.deepEqual([a1.version, a1.reviewState], [1, "draft"]);
      await assert.rejects(
        svc.save(c, org, key("s02-o2"), content("planned"), 0, ctx()),
        ConflictError,
        "version 0 again: the record exists",
      );
      const a2 = await svc.submit(c, a1.id, 1, ctx());
      assert.deepEqual([a2.version, a2.reviewState], [2, "in_review"]);
      await assert.rejects(svc.publish(c, a1.id, 2, ctx()), ForbiddenError, "a contributor cannot publish");
      await assert.rejects(svc.publish(actors.viewer!, a1.id, 2, ctx()), ForbiddenError);
      const a3 = await svc.publish(actors.reviewer!, a1.id, 2, ctx());
      assert.equal(a3.reviewState, "published");

      await svc.save(c, org, key("s02-o2"), content("in_progress", "The mapping started."), 3, ctx());
      const latest = await deps.repos.assessments.latestPublications({ countryIso3: "KEN", itemId: "s02-o2" });
      assert.equal(latest.length, 1);
      assert.equal(latest[0]!.snapshot.status, "planned", "the public still sees the published version");
      assert.equal(latest[0]!.methodologyVersion, "1.0.0");

      const a5 = await svc.submit(c, a1.id, 4, ctx());
      const a6 = await svc.returnToDraft(actors.reviewer!, a1.id, a5.version, "Cite the ministry's statement.", ctx());
      assert.equal(a6.reviewState, "draft");
      assert.equal((await deps.repos.assessments.listComments(a1.id))[0]?.body, "Cite the ministry's statement.");
      const a7 = await svc.submit(c, a1.id, a6.version, ctx());
      await svc.publish(actors.reviewer2!, a1.id, a7.version, ctx());
      const history = await deps.repos.assessments.listPublications(a1.id);
      assert.deepEqual(
        history.map((p) => p.snapshot.status),
        ["planned", "in_progress"],
        "both published versions, oldest first",
      );
    });

    test("four eyes: a reviewer cannot publish what they wrote or sent", async () => {
      const r = actors.reviewer!;
      const a = await svc.save(r, org, key("s01-o1"), content("complete"), 0, ctx());
      const sent = await svc.submit(r, a.id, 1, ctx());
      await assert.rejects(
        svc.publish(r, a.id, sent.version, ctx()),
        (e: unknown) => e instanceof FormError && /someone other than the author/.test(e.message),
      );
      assert.equal((await svc.publish(actors.reviewer2!, a.id, sent.version, ctx())).reviewState, "published");
    });

    test("two people save the same version at once: one wins, the other sees both versions, nothing is lost", async () => {
      const a = await svc.save(actors.contributor!, org, key("s03-o1"), content("not_started", "First draft."), 0, ctx());
      const results = await Promise.allSettled([
        svc.save(actors.contributor!, org, key("s03-o1"), content("planned", "Alice's edit."), a.version, ctx()),
        svc.save(actors.contributor2!, org, key("s03-o1"), content("in_progress", "Bob's edit."), a.version, ctx()),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r) => r.status === "rejected");
      assert.equal(won.length, 1);
      assert.equal(lost.length, 1);
      const conflict = (lost[0] as PromiseRejectedResult).reason;
      assert.ok(conflict instanceof ConflictError, String(conflict));
      const stored = (await deps.repos.assessments.get(a.id))!;
      assert.equal(stored.version, 2);
      assert.equal(conflict.theirs.narrative, stored.narrative, "the loser is shown what was saved");
      assert.notEqual(conflict.mine.narrative, stored.narrative, "and keeps their own text to choose from");
      // Choosing: save again on top of the version now stored.
      const resolved = await svc.save(
        actors.contributor2!,
        org,
        key("s03-o1"),
        { ...content(conflict.mine.status), narrative: `${stored.narrative}\n${conflict.mine.narrative}` },
        stored.version,
        ctx(),
      );
      assert.equal(resolved.version, 3);
    });

    test("bad input changes nothing and says what is wrong", async () => {
      await assert.rejects(
        svc.save(
          actors.contributor!,
          org,
          key("s04-o1"),
          { ...content("finished"), confidence: "very", obstacles: ["s01"], evidenceIds: ["nope"] },
          0,
          ctx(),
        ),
        (e: unknown) => e instanceof FormError && ["status", "confidence", "obstacles", "evidence"].every((f) => f in e.problems),
      );
      assert.equal(await deps.repos.assessments.find({ organisationId: org.id, ...key("s04-o1") }), undefined);
      await assert.rejects(
        svc.save(actors.contributor!, org, key("hrc-res-38-5"), content("planned"), 0, ctx()),
        NotFoundError,
        "instruments are not assessed",
      );
      await assert.rejects(
        svc.save(actors.contributor!, org, { ...key("s04-o1"), countryIso3: "XXX" }, content("planned"), 0, ctx()),
        NotFoundError,
      );
      const [kenya] = (
        await deps.repos.evidence.listEvidence({ country: "KEN", visibility: ["public"] }, { page: 1, perPage: 1 })
      ).items;
      const linked = await svc.save(
        actors.contributor!,
        org,
        key("s04-o1"),
        content("planned", "", { evidenceIds: [kenya!.id] }),
        0,
        ctx(),
      );
      assert.deepEqual(linked.evidenceIds, [kenya!.id], "public evidence links");
    });

    test("a closed cycle is read-only", async () => {
      const a = await svc.save(actors.contributor!, org, key("s05-o1"), content("planned"), 0, ctx());
      await deps.repos.assessments.setCycleStatus("2025", "closed");
      try {
        await assert.rejects(
          svc.save(actors.contributor!, org, key("s05-o1"), content("complete"), a.version, ctx()),
          ClosedCycleError,
        );
        await assert.rejects(svc.submit(actors.contributor!, a.id, a.version, ctx()), ClosedCycleError);
      } finally {
        await deps.repos.assessments.setCycleStatus("2025", "open");
      }
    });

    test("right of reply: only a government body of that country, only on published assessments", async () => {
      const [published] = await deps.repos.assessments.latestPublications({ countryIso3: "KEN", itemId: "s02-o2" });
      assert.ok(published);
      await svc.reply(actors.official!, published.assessmentId, gov, "The gap analysis began in March.", ctx());
      await svc.reply(actors.official!, published.assessmentId, gov, "The gap analysis began in March 2025.", ctx());
      const replies = await deps.repos.assessments.listReplies([published.assessmentId]);
      assert.deepEqual(
        replies.map((r) => r.body),
        ["The gap analysis began in March 2025."],
        "one reply per government body, updated",
      );
      const nga = (await deps.repos.accounts.getOrganisationBySlug("gov-nga"))!;
      await assert.rejects(svc.reply(actors.foreignOfficial!, published.assessmentId, nga, "Not ours.", ctx()), ForbiddenError);
      await assert.rejects(
        svc.reply(actors.contributor!, published.assessmentId, org, "A CSO is not the government.", ctx()),
        ForbiddenError,
      );
      const draft = await svc.save(actors.contributor!, org, key("s06-o1"), content("planned"), 0, ctx());
      await assert.rejects(svc.reply(actors.official!, draft.id, gov, "Too early.", ctx()), NotFoundError);
    });

    test("scorecards count published assessments only, newest publication first", async () => {
      const cards = await scorecardService(deps.repos, METHODOLOGY_V1).compute({ countryIso3: "KEN" });
      const mine = cards.find((c) => c.organisationId === org.id && c.cycleId === "2025");
      assert.ok(mine, "a scorecard for the organisation");
      const item = (id: string) => mine.items.find((i) => i.itemId === id);
      assert.equal(item("s02-o2")?.status, "in_progress", "the second publication counts");
      assert.equal(item("s02-o2")?.score, 50);
      assert.equal(item("s01-o1")?.score, 100);
      assert.equal(item("s03-o1")?.points ?? null, null, "drafts never count");
      assert.equal(mine.methodologyVersion, "1.0.0");
      assert.ok(
        cards.some((c) => c.organisationId === null),
        "and the combined country view",
      );
    });

    test("every step is in the audit log and the chain holds", async () => {
      const log = await deps.repos.audit.list(
        {
          organisationId: org.id,
          actions: ["assessment.create", "assessment.update", "assessment.submit", "assessment.return", "assessment.publish"],
        },
        { page: 1, perPage: 200 },
      );
      assert.ok(log.total >= 15, `${log.total} entries`);
      assert.equal((await deps.repos.audit.verify()).ok, true);
    });
  });
}
