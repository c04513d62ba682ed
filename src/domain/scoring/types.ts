/**
 * What scoring reads and what it returns. Scoring is a pure function of these
 * inputs and a methodology version (docs/METHODOLOGY.md explains the rules in
 * plain language); nothing here touches storage.
 */

/** The status scale of an assessment, defined once with the assessments. */
export { STATUSES, type Status } from "../assessments/types";

import type { Status } from "../assessments/types";

/** Statuses that earn points; the others are left out of every score. */
export type ScoredStatus = Exclude<Status, "no_information" | "not_applicable">;

export type AssessableKind = "commitment" | "option";

/**
 * A methodology version: everything that decides a number, as data. Changing
 * any value means a new version, so that published scores stay reproducible.
 */
export interface MethodologyVersion {
  version: string;
  /** Points per status that earns points. */
  points: Readonly<Record<ScoredStatus, number>>;
  /** The points of the best status; an item's score is points / maxPoints × 100. */
  maxPoints: number;
  weights: {
    /** Weight of an item in every average, by kind. */
    byKind: Readonly<Record<AssessableKind, number>>;
    /** Weight of particular items, overriding their kind's weight. */
    byItem: Readonly<Record<string, number>>;
  };
  /** How several organisations' judgements of one item become one (v1: the lowest points). */
  combination: "lowest_points";
  /** Decimals kept in published scores (computation keeps full precision until then). */
  scoreDecimals: number;
  /** Decimals kept in published coverage fractions. */
  coverageDecimals: number;
}

export interface ScoringItem {
  id: string;
  kind: AssessableKind;
  /** The instrument of a commitment, the strategy of an option. */
  parentId: string;
}

/**
 * A crosswalk link from an item to a factor. `fromId` is an assessable item or
 * the parent of assessable items (a strategy): a strategy's link applies to
 * every one of its options.
 */
export interface FactorLink {
  fromId: string;
  factorId: string;
}

export interface ScoringFramework {
  /** The assessable items (commitments and options), in display order. */
  items: readonly ScoringItem[];
  /** Every factor id, in display order (a factor without links still gets its obstacle count). */
  factors: readonly string[];
  factorLinks: readonly FactorLink[];
}

/** One organisation's current published judgement of one item for one country in one cycle. */
export interface ScoringAssessment {
  countryIso3: string;
  cycleId: string;
  itemId: string;
  organisationId: string;
  status: Status;
  /** Factors the assessor named as obstacles for this item. */
  obstacleFactorIds: readonly string[];
}

export interface ScoringCycle {
  id: string;
  /** Cycles compare with the one of the next lower order. */
  order: number;
}

export interface ScoringInput {
  methodology: MethodologyVersion;
  framework: ScoringFramework;
  /** Published assessments only: drafts and items under review never reach scoring. */
  assessments: readonly ScoringAssessment[];
  cycles: readonly ScoringCycle[];
}

export type Trend = "improved" | "unchanged" | "worsened" | "new";

export interface ItemScore {
  itemId: string;
  kind: AssessableKind;
  parentId: string;
  /** The status that counts (in the combined view: the one with the lowest points). */
  status: Status;
  points: number | null;
  score: number | null;
  regressed: boolean;
  /** Combined view only: organisations gave different statuses (no_information aside). */
  disputed: boolean;
  /** In the framework's factor order; shared between scorecards, so frozen. */
  obstacleFactorIds: readonly string[];
  /** Against the previous cycle; null when this item has no points or there is no previous cycle. */
  trend: Trend | null;
}

export interface AggregateScore {
  id: string;
  /** Weighted mean of the scores of the scored items; null when none is scored. */
  score: number | null;
  /** scoredCount / itemCount (0 when there are no items). */
  coverage: number;
  scoredCount: number;
  itemCount: number;
}

export interface FactorScore extends AggregateScore {
  /** Items in this scorecard whose judgement names the factor as an obstacle. */
  obstacleCount: number;
}

export interface Scorecard extends AggregateScore {
  /** `id` is `${countryIso3}/${cycleId}/${organisationId ?? "combined"}`. */
  countryIso3: string;
  cycleId: string;
  /** The organisation whose judgements these are; null for the combined country view. */
  organisationId: string | null;
  methodologyVersion: string;
  items: ItemScore[];
  strategies: AggregateScore[];
  instruments: AggregateScore[];
  factors: FactorScore[];
  trendCounts: Record<Trend, number>;
  flags: { regressed: string[]; disputed: string[] };
}
