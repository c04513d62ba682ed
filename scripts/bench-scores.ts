/**
 * Times the scoring methodology on a full-size input: 193 countries × every
 * assessable item of the vawg-digital-2023 pack × 3 cycles, one organisation,
 * random statuses and obstacles from a fixed seed. Prints the counts and the
 * min / median / max of RUNS computations (default 5).  npm run bench:scores
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { flattenPack } from "../src/domain/framework/flatten-pack";
import { scoringFramework } from "../src/domain/scoring/framework";
import { computeScorecards, METHODOLOGY_V1 } from "../src/domain/scoring/methodology-v1";
import { scorecardService } from "../src/domain/scoring/scorecard-service";
import { type ScoringAssessment, STATUSES } from "../src/domain/scoring/types";
import { loadPack } from "../src/packs/load-pack";
import { seed } from "../src/packs/seed";
import { dropSchema, openStorage } from "../src/storage";

const RUNS = Number(process.env.RUNS ?? 5);
const COUNTRIES = 193;
const CYCLES = [
  { id: "2023-baseline", order: 1 },
  { id: "2025", order: 2 },
  { id: "2027", order: 3 },
];

const flat = flattenPack(loadPack("data/frameworks/vawg-digital-2023"));
const framework = scoringFramework(flat.items, flat.links);

let state = 20230318;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
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
console.log("(pure computation, in memory)");

/**
 * The same, end to end from a database: the same statuses stored as published
 * assessments of real countries, then scorecardService.compute() (two reads and
 * the computation). SQLite always; PostgreSQL when BENCH_DATABASE_URL is set
 * (e.g. postgres://postgres@127.0.0.1:5432/test; a throw-away schema is used).
 */
async function fromDatabase(name: string, url: string, schema?: string) {
  const storage = await openStorage(url, schema ? { schema } : {});
  try {
    await storage.migrate();
    await seed(storage, "data/frameworks");
    const now = new Date().toISOString();
    const user = await storage.accounts.createUser(
      { id: "bench-user", email: "bench@example.org", displayName: "Bench", isSuperadmin: false },
      now,
    );
    await storage.accounts.createOrganisation(
      { id: "bench-org", slug: "bench-org", name: "Bench", type: "civil_society", countryIso3: null },
      now,
    );
    for (const c of CYCLES)
      await storage.assessments.createCycle({
        id: c.id,
        name: c.id,
        periodStart: "2023-01-01",
        periodEnd: "2023-12-31",
        order: c.order,
        status: "open",
        isDemo: false,
        createdAt: now,
      });
    const countries = (await storage.countries.listCountries()).map((c) => c.iso3).sort();
    const iso = new Map<string, string>();
    const load = performance.now();
    await storage.transaction(async (tx) => {
      let n = 0;
      for (const a of assessments) {
        const country = iso.get(a.countryIso3) ?? countries[iso.size]!;
        iso.set(a.countryIso3, country);
        const id = `bench-${n++}`;
        const content = {
          status: a.status,
          narrative: "",
          confidence: "low" as const,
          obstacles: [...a.obstacleFactorIds],
          enablers: [],
          evidenceIds: [],
        };
        await tx.assessments.insert({
          id,
          organisationId: "bench-org",
          countryIso3: country,
          cycleId: a.cycleId,
          itemId: a.itemId,
          ...content,
          reviewState: "published",
          version: 1,
          editedBy: user.id,
          submittedBy: null,
          createdAt: now,
          updatedAt: now,
        });
        await tx.assessments.addPublication({
          assessmentId: id,
          version: 1,
          snapshot: { organisationId: "bench-org", countryIso3: country, cycleId: a.cycleId, itemId: a.itemId, ...content },
          publishedBy: user.id,
          publishedAt: now,
          methodologyVersion: METHODOLOGY_V1.version,
        });
      }
    });
    const loaded = performance.now() - load;
    const service = scorecardService(storage, METHODOLOGY_V1);
    const dbTimes: number[] = [];
    let count = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      count = (await service.compute()).length;
      dbTimes.push(performance.now() - start);
    }
    dbTimes.sort((a, b) => a - b);
    console.log(
      `${name}: loaded ${assessments.length} published assessments in ${(loaded / 1000).toFixed(1)} s; every scorecard (${count}) read and computed over ${RUNS} runs: min ${ms(dbTimes[0]!)}, median ${ms(dbTimes[Math.floor(dbTimes.length / 2)]!)}, max ${ms(dbTimes.at(-1)!)}`,
    );
  } finally {
    await storage.close();
    if (schema) await dropSchema(url, schema);
  }
}

const dir = mkdtempSync(join(tmpdir(), "blueprint-bench-scores-"));
try {
  await fromDatabase("SQLite", `sqlite:${join(dir, "bench.db")}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (process.env.BENCH_DATABASE_URL) await fromDatabase("PostgreSQL", process.env.BENCH_DATABASE_URL, `bp_bench_${process.pid}`);
else console.log("PostgreSQL: set BENCH_DATABASE_URL=postgres://… to measure it too.");
