/**
 * Methodology version 1.0.0: the points, weights and rounding that every
 * published score carries. The rules are in ./compute.ts and, in plain
 * language, in docs/METHODOLOGY.md; change a number here only by adding a new
 * version, so that scores published under 1.0.0 can be recomputed exactly.
 */
import { computeScorecards as compute } from "./compute";
import type { MethodologyVersion, Scorecard, ScoringInput } from "./types";

export const METHODOLOGY_V1: MethodologyVersion = Object.freeze({
  version: "1.0.0",
  points: Object.freeze({
    not_started: 0,
    planned: 1,
    in_progress: 2,
    substantial: 3,
    complete: 4,
    regressed: 0,
  }),
  maxPoints: 4,
  weights: Object.freeze({
    // Equal weights: every commitment and every option counts the same.
    byKind: Object.freeze({ commitment: 1, option: 1 }),
    byItem: Object.freeze({}),
  }),
  combination: "lowest_points",
  scoreDecimals: 1,
  coverageDecimals: 3,
});

/** Every scorecard (per country, cycle and organisation, plus the combined country view). */
export function computeScorecards(input: ScoringInput): Scorecard[] {
  return compute(input);
}

export type { MethodologyVersion, Scorecard, ScoringInput } from "./types";
