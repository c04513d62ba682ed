/**
 * Property tests over 200 random inputs from a seeded generator (no
 * dependency, same inputs on every run): scores stay within 0–100, coverage
 * within 0–1, the result does not depend on the order of the assessments, and
 * raising one assessment to a status with more points never lowers any score.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { pointsOf } from "./judgements";
import { computeScorecards, METHODOLOGY_V1 } from "./methodology-v1";
import { type Scorecard, type ScoringAssessment, type ScoringInput, type ScoringItem, STATUSES } from "./types";

/** mulberry32: a small, well-known seeded generator. */
function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof generator>;

function randomInput(r: Random): ScoringInput {
  const items: ScoringItem[] = [];
  for (let i = 0; i < r.int(1, 3); i++)
    for (let c = 0; c < r.int(1, 4); c++) items.push({ id: `i${i}-c${c}`, kind: "commitment", parentId: `i${i}` });
  for (let s = 0; s < r.int(1, 3); s++)
    for (let o = 0; o < r.int(1, 4); o++) items.push({ id: `s${s}-o${o}`, kind: "option", parentId: `s${s}` });
  const factors = Array.from({ length: r.int(0, 3) }, (_, i) => `f${i}`);
  const sources = [...items.map((i) => i.id), ...new Set(items.map((i) => i.parentId))];
  const factorLinks = factors.length
    ? Array.from({ length: r.int(0, 6) }, () => ({ fromId: r.pick(sources), factorId: r.pick(factors) }))
    : [];
  const cycles = Array.from({ length: r.int(1, 3) }, (_, i) => ({ id: `cy${i}`, order: 10 - i }));
  const assessments: ScoringAssessment[] = [];
  for (const country of ["AAA", "BBB"].slice(0, r.int(1, 2)))
    for (const cycle of cycles)
      for (const org of ["o1", "o2", "o3"].slice(0, r.int(1, 3)))
        for (const item of items)
          if (r.next() < 0.7)
            assessments.push({
              countryIso3: country,
              cycleId: cycle.id,
              organisationId: org,
              itemId: item.id,
              status: r.pick(STATUSES),
              obstacleFactorIds: factors.filter(() => r.next() < 0.3),
            });
  return { methodology: METHODOLOGY_V1, framework: { items, factors, factorLinks }, cycles, assessments };
}

const scores = (c: Scorecard) => [
  c.score,
  ...c.items.map((i) => i.score),
  ...[...c.strategies, ...c.instruments, ...c.factors].map((a) => a.score),
];
const inputs = Array.from({ length: 200 }, (_, i) => randomInput(generator(1000 + i)));

test("every score is within 0–100 or null, every coverage within 0–1", () => {
  for (const input of inputs)
    for (const c of computeScorecards(input)) {
      for (const s of scores(c)) assert.ok(s === null || (s >= 0 && s <= 100), `${c.id}: score ${s}`);
      for (const a of [c, ...c.strategies, ...c.instruments, ...c.factors]) {
        assert.ok(a.coverage >= 0 && a.coverage <= 1, `${c.id} ${a.id}: coverage ${a.coverage}`);
        assert.equal(a.score === null, a.scoredCount === 0);
      }
    }
});

test("the order of the assessments does not matter", () => {
  const r = generator(7);
  for (const input of inputs.slice(0, 50)) {
    const shuffled = [...input.assessments].sort(() => r.next() - 0.5);
    assert.deepEqual(computeScorecards({ ...input, assessments: shuffled }), computeScorecards(input));
  }
});

test("raising one item's status to one with more points never lowers any score", () => {
  const r = generator(42);
  let checked = 0;
  for (const input of inputs) {
    const raisable = input.assessments
      .map((a, index) => ({ index, points: pointsOf(METHODOLOGY_V1, a.status) }))
      .filter((x) => x.points !== null && x.points < METHODOLOGY_V1.maxPoints);
    if (raisable.length === 0) continue;
    const { index, points } = r.pick(raisable);
    const higher = STATUSES.filter((s) => (pointsOf(METHODOLOGY_V1, s) ?? -1) > points!);
    const assessments = [...input.assessments];
    assessments[index] = { ...assessments[index]!, status: r.pick(higher) };
    const before = new Map(computeScorecards(input).map((c) => [c.id, scores(c)]));
    for (const c of computeScorecards({ ...input, assessments })) {
      const old = before.get(c.id)!;
      scores(c).forEach((s, k) => {
        const was = old[k]!;
        assert.equal(s === null, was === null, `${c.id} #${k}: the scored items do not change`);
        assert.ok(s === null || s >= was!, `${c.id} #${k}: ${was} → ${s}`);
      });
      checked++;
    }
  }
  assert.ok(checked > 200, `compared ${checked} scorecards`);
});
