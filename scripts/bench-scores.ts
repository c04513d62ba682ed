/**
 * Times the scoring methodology on a full-size input: 193 countries × every
 * assessable item of the vawg-digital-2023 pack × 3 cycles, one organisation,
 * random statuses and obstacles from a fixed seed. Prints the counts and the
 * min / median / max of RUNS computations (default 5).  npm run bench:scores
 */
import { flattenPack } from "../src/domain/framework/flatten-pack";
import { scoringFramework } from "../src/domain/scoring/framework";
import { computeScorecards, METHODOLOGY_V1 } from "../src/domain/scoring/methodology-v1";
import { type ScoringAssessment, STATUSES } from "../src/domain/scoring/types";
import { loadPack } from "../src/packs/load-pack";

const RUNS = Number(process.env.RUNS ?? 5);
const COUNTRIES = 193;
const CYCLES = [
  { id: "2023-baseline", order: 1 },
  { id: "2025", order: 2 },
  { id: "2027", order: 3 },
];

const flat = flattenPack(loadPack("data/frameworks/vawg-digital-2023"));
const framework = scoringFramework(flat.items, flat.links);

let seed = 20230318;
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const assessments: ScoringAssessment[] = [];
for (let c = 0; c < COUNTRIES; c++) {
  // Synthetic, distinct three-letter codes (ZAA, ZAB, …): the real list is not needed to time the arithmetic.
  const countryIso3 = `Z${String.fromCharCode(65 + Math.floor(c / 26), 65 + (c % 26))}`;
  for (const cycle of CYCLES)
    for (const item of framework.items)
      assessments.push({
        countryIso3,
        cycleId: cycle.id,
        itemId: item.id,
        organisationId: "bench-org",
        status: STATUSES[Math.floor(random() * STATUSES.length)]!,
        obstacleFactorIds: framework.factors.filter(() => random() < 0.15),
      });
}
const input = { methodology: METHODOLOGY_V1, framework, cycles: CYCLES, assessments };

const times: number[] = [];
let scorecards = 0;
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  scorecards = computeScorecards(input).length;
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const ms = (x: number) => `${x.toFixed(1)} ms`;

console.log(`methodology ${METHODOLOGY_V1.version}`);
console.log(
  `framework: ${framework.items.length} assessable items, ${framework.factors.length} factors, ${framework.factorLinks.length} factor links`,
);
console.log(
  `assessments: ${assessments.length} (${COUNTRIES} countries × ${framework.items.length} items × ${CYCLES.length} cycles)`,
);
console.log(`scorecards: ${scorecards} (per country and cycle: one organisation's + the combined view)`);
console.log(
  `computeScorecards over ${RUNS} runs: min ${ms(times[0]!)}, median ${ms(times[Math.floor(times.length / 2)]!)}, max ${ms(times.at(-1)!)}`,
);
console.log("This is the pure computation; reading assessments from SQLite or PostgreSQL is not included yet.");
