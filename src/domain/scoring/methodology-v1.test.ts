/**
 * Golden tests: a small hand-made framework whose expected scores were worked
 * out by hand (the arithmetic is in the comments). docs/METHODOLOGY.md walks
 * through the same numbers for readers with a calculator.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { InvalidParameterError } from "../errors";
import { computeScorecards, METHODOLOGY_V1 } from "./methodology-v1";
import type { Scorecard, ScoringAssessment, ScoringFramework, Status } from "./types";

// One instrument with three commitments; two strategies with two and three options;
// two factors. Strategy s1 addresses "funding" (so both its options do); option s2-o1
// addresses "funding" and option s2-o2 addresses "justice".
const framework: ScoringFramework = {
  items: [
    { id: "c1", kind: "commitment", parentId: "i1" },
    { id: "c2", kind: "commitment", parentId: "i1" },
    { id: "c3", kind: "commitment", parentId: "i1" },
    { id: "s1-o1", kind: "option", parentId: "s1" },
    { id: "s1-o2", kind: "option", parentId: "s1" },
    { id: "s2-o1", kind: "option", parentId: "s2" },
    { id: "s2-o2", kind: "option", parentId: "s2" },
    { id: "s2-o3", kind: "option", parentId: "s2" },
  ],
  factors: ["funding", "justice"],
  factorLinks: [
    { fromId: "s1", factorId: "funding" },
    { fromId: "s2-o1", factorId: "funding" },
    { fromId: "s2-o2", factorId: "justice" },
  ],
};

const a = (
  countryIso3: string,
  cycleId: string,
  organisationId: string,
  itemId: string,
  status: Status,
  obstacleFactorIds: string[] = [],
): ScoringAssessment => ({ countryIso3, cycleId, organisationId, itemId, status, obstacleFactorIds });

const assessments: ScoringAssessment[] = [
  // Cycle 2023, country AAA, civil-society organisation "cso".
  a("AAA", "2023", "cso", "c1", "complete"),
  a("AAA", "2023", "cso", "c2", "in_progress", ["funding"]),
  a("AAA", "2023", "cso", "c3", "no_information", ["funding"]),
  a("AAA", "2023", "cso", "s1-o1", "planned", ["funding", "justice"]),
  a("AAA", "2023", "cso", "s1-o2", "regressed"),
  a("AAA", "2023", "cso", "s2-o1", "substantial"),
  a("AAA", "2023", "cso", "s2-o2", "not_applicable"),
  a("AAA", "2023", "cso", "s2-o3", "not_started", ["justice"]),
  // Cycle 2025, country AAA, the same organisation.
  a("AAA", "2025", "cso", "c1", "complete"),
  a("AAA", "2025", "cso", "c2", "substantial"),
  a("AAA", "2025", "cso", "c3", "planned"),
  a("AAA", "2025", "cso", "s1-o1", "not_started"),
  a("AAA", "2025", "cso", "s1-o2", "in_progress"),
  a("AAA", "2025", "cso", "s2-o1", "regressed", ["funding"]),
  a("AAA", "2025", "cso", "s2-o2", "not_applicable"),
  a("AAA", "2025", "cso", "s2-o3", "not_started"),
  // Cycle 2025, country AAA, the government's self-assessment "gov" (five items).
  a("AAA", "2025", "gov", "c1", "complete"),
  a("AAA", "2025", "gov", "c2", "complete"),
  a("AAA", "2025", "gov", "c3", "no_information", ["justice"]),
  a("AAA", "2025", "gov", "s2-o2", "in_progress"),
  a("AAA", "2025", "gov", "s2-o3", "planned"),
  // Country BBB, 2023 only: nothing that earns points.
  a("BBB", "2023", "cso", "c1", "not_applicable"),
  a("BBB", "2023", "cso", "s1-o1", "no_information"),
];

const cards = computeScorecards({
  methodology: METHODOLOGY_V1,
  framework,
  // Given out of order on purpose: order decides which cycle is "previous".
  cycles: [
    { id: "2025", order: 2 },
    { id: "2023", order: 1 },
  ],
  assessments,
});

const card = (country: string, cycle: string, org: string | null): Scorecard => {
  const found = cards.find((c) => c.countryIso3 === country && c.cycleId === cycle && c.organisationId === org);
  assert.ok(found, `scorecard ${country}/${cycle}/${org}`);
  return found;
};
const pick = <T extends { id: string }>(list: T[], keys: (keyof T)[]) =>
  Object.fromEntries(list.map((x) => [x.id, Object.fromEntries(keys.map((k) => [k, x[k]]))]));
const column = (c: Scorecard, key: "score" | "trend" | "status") => Object.fromEntries(c.items.map((i) => [i.itemId, i[key]]));

test("one scorecard per country, cycle and organisation, plus a combined view, in a stable order", () => {
  assert.deepEqual(
    cards.map((c) => c.id),
    [
      "AAA/2023/combined",
      "AAA/2023/cso",
      "AAA/2025/combined",
      "AAA/2025/cso",
      "AAA/2025/gov",
      "BBB/2023/combined",
      "BBB/2023/cso",
    ],
  );
  assert.ok(cards.every((c) => c.methodologyVersion === "1.0.0"));
});

test("2023, cso: item scores, coverage, regression flag", () => {
  const c = card("AAA", "2023", "cso");
  // points ÷ 4 × 100: complete 4 → 100, in_progress 2 → 50, planned 1 → 25,
  // regressed 0 → 0, substantial 3 → 75, not_started 0 → 0; no information / not applicable → no score.
  assert.deepEqual(column(c, "score"), {
    c1: 100,
    c2: 50,
    c3: null,
    "s1-o1": 25,
    "s1-o2": 0,
    "s2-o1": 75,
    "s2-o2": null,
    "s2-o3": 0,
  });
  // Scored: 6 of 8 items → coverage 6 ÷ 8 = 0.75.
  // Score: (100 + 50 + 25 + 0 + 75 + 0) ÷ 6 = 250 ÷ 6 = 41.666… → 41.7.
  assert.equal(c.score, 41.7);
  assert.equal(c.coverage, 0.75);
  assert.equal(c.scoredCount, 6);
  assert.equal(c.itemCount, 8);
  assert.deepEqual(c.flags, { regressed: ["s1-o2"], disputed: [] });
  // The first cycle has nothing to compare with.
  assert.ok(c.items.every((i) => i.trend === null));
});

test("2023, cso: strategies, instrument and factor lens", () => {
  const c = card("AAA", "2023", "cso");
  // i1: c1 100, c2 50 (c3 no information) → 150 ÷ 2 = 75; coverage 2 ÷ 3 = 0.667.
  assert.deepEqual(pick(c.instruments, ["score", "coverage"]), { i1: { score: 75, coverage: 0.667 } });
  // s1: (25 + 0) ÷ 2 = 12.5, coverage 1. s2: (75 + 0) ÷ 2 = 37.5 (s2-o2 not applicable), coverage 2 ÷ 3.
  assert.deepEqual(pick(c.strategies, ["score", "coverage"]), {
    s1: { score: 12.5, coverage: 1 },
    s2: { score: 37.5, coverage: 0.667 },
  });
  // funding: s1-o1 25, s1-o2 0 (through s1), s2-o1 75 → 100 ÷ 3 = 33.3; named as obstacle on c2, c3, s1-o1 → 3.
  // justice: only s2-o2, not applicable → no score, coverage 0; named on s1-o1, s2-o3 → 2.
  assert.deepEqual(pick(c.factors, ["score", "coverage", "obstacleCount"]), {
    funding: { score: 33.3, coverage: 1, obstacleCount: 3 },
    justice: { score: null, coverage: 0, obstacleCount: 2 },
  });
});

test("2025, cso: trend against 2023", () => {
  const c = card("AAA", "2025", "cso");
  assert.deepEqual(column(c, "trend"), {
    c1: "unchanged", // 4 → 4
    c2: "improved", // 2 → 3
    c3: "new", // no information → 1
    "s1-o1": "worsened", // 1 → 0
    "s1-o2": "improved", // regressed → 2
    "s2-o1": "worsened", // 3 → regressed
    "s2-o2": null, // not applicable: no score, no trend
    "s2-o3": "unchanged", // 0 → 0
  });
  assert.deepEqual(c.trendCounts, { improved: 2, unchanged: 2, worsened: 2, new: 1 });
  // Points 4 + 3 + 1 + 0 + 2 + 0 + 0 = 10 of 7 × 4 = 28 → 35.714… → 35.7; coverage 7 ÷ 8 = 0.875.
  assert.equal(c.score, 35.7);
  assert.equal(c.coverage, 0.875);
  // i1: (100 + 75 + 25) ÷ 3 = 66.666… → 66.7. s1: (0 + 50) ÷ 2 = 25. s2: (0 + 0) ÷ 2 = 0.
  assert.deepEqual(pick(c.instruments, ["score"]), { i1: { score: 66.7 } });
  assert.deepEqual(pick(c.strategies, ["score", "coverage"]), {
    s1: { score: 25, coverage: 1 },
    s2: { score: 0, coverage: 0.667 },
  });
  // funding: s1-o1 0, s1-o2 50, s2-o1 0 → 50 ÷ 3 = 16.666… → 16.7; named once (s2-o1).
  assert.deepEqual(pick(c.factors, ["score", "obstacleCount"]), {
    funding: { score: 16.7, obstacleCount: 1 },
    justice: { score: null, obstacleCount: 0 },
  });
  assert.deepEqual(c.flags.regressed, ["s2-o1"]);
});

test("2025, gov: its own scorecard; everything is new because it did not assess 2023", () => {
  const c = card("AAA", "2025", "gov");
  // c1 4, c2 4, s2-o2 2, s2-o3 1 → 11 of 4 × 4 = 16 → 68.75 → 68.8 (halves round up); coverage 4 ÷ 8 = 0.5.
  assert.equal(c.score, 68.8);
  assert.equal(c.coverage, 0.5);
  assert.deepEqual(c.trendCounts, { improved: 0, unchanged: 0, worsened: 0, new: 4 });
  // s1: nothing assessed → no score, coverage 0. s2: (50 + 25) ÷ 2 = 37.5.
  assert.deepEqual(pick(c.strategies, ["score", "coverage"]), {
    s1: { score: null, coverage: 0 },
    s2: { score: 37.5, coverage: 0.667 },
  });
  assert.deepEqual(c.flags, { regressed: [], disputed: [] });
});

test("2025, combined: the lowest points of the two organisations, disputes flagged", () => {
  const c = card("AAA", "2025", null);
  assert.deepEqual(column(c, "status"), {
    c1: "complete", // both complete
    c2: "substantial", // cso substantial 3, gov complete 4 → 3, disputed
    c3: "planned", // cso planned, gov no information → planned (silence is not a dispute)
    "s1-o1": "not_started",
    "s1-o2": "in_progress",
    "s2-o1": "regressed",
    "s2-o2": "in_progress", // cso not applicable, gov in progress → the scored one, disputed
    "s2-o3": "not_started", // cso not started 0, gov planned 1 → 0, disputed
  });
  assert.deepEqual(c.flags, { regressed: ["s2-o1"], disputed: ["c2", "s2-o2", "s2-o3"] });
  // Points 4 + 3 + 1 + 0 + 2 + 0 + 2 + 0 = 12 of 8 × 4 = 32 → 37.5; coverage 8 ÷ 8 = 1.
  assert.equal(c.score, 37.5);
  assert.equal(c.coverage, 1);
  // s2: 0 + 2 + 0 = 2 of 12 → 16.666… → 16.7. justice: s2-o2 2 of 4 → 50.
  assert.deepEqual(pick(c.strategies, ["score"]), { s1: { score: 25 }, s2: { score: 16.7 } });
  // Obstacles: funding on s2-o1 (cso), justice on c3 (gov) → 1 each.
  assert.deepEqual(pick(c.factors, ["score", "coverage", "obstacleCount"]), {
    funding: { score: 16.7, coverage: 1, obstacleCount: 1 },
    justice: { score: 50, coverage: 1, obstacleCount: 1 },
  });
  // Against the combined 2023 view (cso alone): s2-o2 was not applicable, now scored → new.
  assert.equal(column(c, "trend")["s2-o2"], "new");
  assert.deepEqual(c.trendCounts, { improved: 2, unchanged: 2, worsened: 2, new: 2 });
});

test("nothing that earns points: no score, coverage 0", () => {
  const c = card("BBB", "2023", null);
  assert.equal(c.score, null);
  assert.equal(c.coverage, 0);
  assert.ok([...c.strategies, ...c.instruments, ...c.factors].every((x) => x.score === null));
});

test("a regressed item flagged by any organisation stays flagged in the combined view", () => {
  const [combined] = computeScorecards({
    methodology: METHODOLOGY_V1,
    framework,
    cycles: [{ id: "x", order: 1 }],
    assessments: [a("CCC", "x", "o1", "c1", "not_started"), a("CCC", "x", "o2", "c1", "regressed")],
  });
  assert.equal(combined?.items[0]?.status, "regressed");
  assert.deepEqual(combined?.flags.regressed, ["c1"]);
});

test("weights come from the methodology version", () => {
  const weighted = { ...METHODOLOGY_V1, version: "test", weights: { byKind: { commitment: 3, option: 1 }, byItem: {} } };
  const [c] = computeScorecards({
    methodology: weighted,
    framework,
    cycles: [{ id: "x", order: 1 }],
    assessments: [a("CCC", "x", "o", "c1", "complete"), a("CCC", "x", "o", "s1-o1", "not_started")],
  });
  // (3 × 100 + 1 × 0) ÷ (3 + 1) = 75.
  assert.equal(c?.score, 75);
  assert.equal(c?.methodologyVersion, "test");
});

test("bad input is refused with the parameter named; unknown items are ignored", () => {
  const run = (x: ScoringAssessment) =>
    computeScorecards({ methodology: METHODOLOGY_V1, framework, cycles: [{ id: "x", order: 1 }], assessments: [x] });
  assert.throws(() => run(a("CCC", "x", "o", "c1", "done" as Status)), InvalidParameterError);
  assert.throws(() => run(a("CCC", "y", "o", "c1", "complete")), InvalidParameterError);
  assert.deepEqual(run(a("CCC", "x", "o", "gone", "complete")), []);
});
