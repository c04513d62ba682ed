/**
 * Scorecards from what is stored: the framework, the cycles and the newest
 * publication of every assessment (drafts and reviews never count), scored by
 * the methodology version given. Pure scoring, two reads.
 */
import type { Repositories } from "../ports";
import { scoringFramework } from "./framework";
import { computeScorecards } from "./methodology-v1";
import type { MethodologyVersion, Scorecard, ScoringAssessment } from "./types";

export function scorecardService(repos: Repositories, methodology: MethodologyVersion) {
  return {
    /** Every scorecard (per country, cycle and organisation, plus the combined country view), optionally for one country. */
    async compute(filter: { countryIso3?: string } = {}): Promise<Scorecard[]> {
      const [items, links, cycles, publications] = await Promise.all([
        repos.framework.listItems(),
        repos.framework.listLinks({ type: "addresses_factor" }),
        repos.assessments.listCycles(),
        repos.assessments.latestPublications(filter.countryIso3 ? { countryIso3: filter.countryIso3 } : {}),
      ]);
      const assessments: ScoringAssessment[] = publications.map((p) => ({
        countryIso3: p.snapshot.countryIso3,
        cycleId: p.snapshot.cycleId,
        itemId: p.snapshot.itemId,
        organisationId: p.snapshot.organisationId,
        status: p.snapshot.status,
        obstacleFactorIds: p.snapshot.obstacles,
      }));
      return computeScorecards({
        methodology,
        framework: scoringFramework(items, links),
        assessments,
        cycles: cycles.map((c) => ({ id: c.id, order: c.order })),
      });
    },
  };
}

export type ScorecardService = ReturnType<typeof scorecardService>;
