/**
 * The demonstration data: one clearly named organisation, a closed
 * "2023 baseline (demonstration)" cycle, and published assessments derived from
 * the paper's evidence for the nine case-study countries. Loaded on an empty
 * installation unless declined; removed whole by `blueprint demo remove`.
 */
import type { Repositories } from "../ports";
import { indexPublications, unindexOrganisation } from "../search/search-index";
import { deriveDemoAssessments } from "./derive";

export const DEMO = {
  organisationId: "demonstration",
  organisationSlug: "blueprint-demonstration",
  organisationName: "Blueprint demonstration (not a real assessment)",
  /** A disabled account that cannot sign in: assessments need an author. */
  userId: "demonstration-system",
  userEmail: "demonstration@blueprint.invalid",
  cycleId: "2023-baseline-demo",
  cycleName: "2023 baseline (demonstration)",
  setting: "demonstration-data",
} as const;

export type DemoOutcome = "loaded" | "already-loaded" | "declined" | "not-empty";

export function demoService(repos: Repositories, methodologyVersion: string) {
  const audit = (tx: Repositories, action: string, at: string, after?: unknown) =>
    tx.audit.append({
      at,
      actorUserId: null,
      actorLabel: "system",
      organisationId: null,
      action,
      entityType: "demonstration",
      entityId: DEMO.organisationId,
      ipPrefix: "system",
      before: undefined,
      after,
    });

  return {
    /** Loads the demonstration on an installation with no cycle yet, unless it was declined or removed. */
    async loadIfEmpty(now: Date): Promise<DemoOutcome> {
      const at = now.toISOString();
      if ((await repos.settings.get(DEMO.setting)) === "declined") return "declined";
      const cycles = await repos.assessments.listCycles();
      if (cycles.some((c) => c.id === DEMO.cycleId)) return "already-loaded";
      if (cycles.length > 0) return "not-empty";
      const [evidence, items] = await Promise.all([
        repos.evidence.listEvidence({ visibility: ["public"] }, { page: 1, perPage: 100_000 }),
        repos.framework.listItems(),
      ]);
      const derived = deriveDemoAssessments(evidence.items, items);
      await repos.transaction(async (tx) => {
        await tx.accounts.createUser(
          { id: DEMO.userId, email: DEMO.userEmail, displayName: "Demonstration", isSuperadmin: false },
          at,
        );
        await tx.accounts.updateUser(DEMO.userId, { disabledAt: at }, at);
        await tx.accounts.createOrganisation(
          { id: DEMO.organisationId, slug: DEMO.organisationSlug, name: DEMO.organisationName, type: "other", countryIso3: null },
          at,
        );
        await tx.assessments.createCycle({
          id: DEMO.cycleId,
          name: DEMO.cycleName,
          periodStart: "2023-01-01",
          periodEnd: "2023-12-31",
          order: 0,
          status: "closed",
          isDemo: true,
          createdAt: at,
        });
        let n = 0;
        for (const d of derived) {
          const id = `demonstration-${++n}`;
          const { countryIso3, itemId, ...content } = d;
          const key = { organisationId: DEMO.organisationId, countryIso3, cycleId: DEMO.cycleId, itemId };
          await tx.assessments.insert({
            id,
            ...key,
            ...content,
            reviewState: "published",
            version: 1,
            editedBy: DEMO.userId,
            submittedBy: null,
            createdAt: at,
            updatedAt: at,
          });
          await tx.assessments.addPublication({
            assessmentId: id,
            version: 1,
            snapshot: { ...key, ...content },
            publishedBy: DEMO.userId,
            publishedAt: at,
            methodologyVersion,
          });
        }
        await indexPublications(tx, await tx.assessments.latestPublications({ cycleId: DEMO.cycleId }));
        await tx.settings.set(DEMO.setting, "loaded", at);
        await audit(tx, "demo.load", at, { assessments: derived.length });
      });
      return "loaded";
    },

    /** Deletes the demonstration and everything derived from it, and keeps it from coming back. */
    async remove(now: Date): Promise<number> {
      const at = now.toISOString();
      return repos.transaction(async (tx) => {
        const removed = await tx.assessments.deleteAllOfOrganisation(DEMO.organisationId);
        await unindexOrganisation(tx, DEMO.organisationId);
        await tx.translations.purgeOrphans();
        await tx.assessments.deleteCycle(DEMO.cycleId);
        await tx.accounts.deleteOrganisation(DEMO.organisationId);
        await tx.accounts.deleteUser(DEMO.userId);
        await tx.settings.set(DEMO.setting, "declined", at);
        await audit(tx, "demo.remove", at, { assessments: removed });
        return removed;
      });
    },

    /** For a production installation: never load the demonstration. */
    async decline(now: Date): Promise<void> {
      await repos.settings.set(DEMO.setting, "declined", now.toISOString());
    },
  };
}
