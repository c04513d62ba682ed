/**
 * Search latency over a large index: DOCS (default 300,000) generated
 * recommendation-sized texts (one sentence of 20 to 45 words, as UN
 * recommendations are, mostly English with some French and Spanish, words
 * drawn from the framework pack's own vocabulary by frequency), each with a
 * country, region, year and instrument, indexed through the same storage port
 * as the application. Then QUERIES (default 300) searches from a fixed seed
 * (common and rare words, two-word searches, phrases, OR, prefixes,
 * exclusions, a quarter with a facet filter) through the search service, as
 * the page and the API run them, and prints p50 / p95 / p99 / max per kind of
 * query and overall.
 *
 *   npm run bench:search                          SQLite (a temporary file)
 *   BENCH_DATABASE_URL=postgres://... npm run bench:search   PostgreSQL too (a temporary schema)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ANONYMOUS } from "../src/domain/accounts/types";
import { flattenPack } from "../src/domain/framework/flatten-pack";
import { analyse, words } from "../src/domain/search/analyze";
import { searchService } from "../src/domain/search/search-service";
import type { SearchDocument } from "../src/domain/search/types";
import { loadPack } from "../src/packs/load-pack";
import { seed } from "../src/packs/seed";
import { loadCountryReference } from "../src/reference/countries";
import { dropSchema, openStorage, type Storage } from "../src/storage";

const DOCS = Number(process.env.DOCS ?? 300_000);
const QUERIES = Number(process.env.QUERIES ?? 300);
const BATCH = 2_000;

const SEED = 7_193_300;
let state = SEED;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

// The vocabulary: every word of the pack's titles, summaries, quotations and points, weighted by frequency.
const flat = flattenPack(loadPack("data/frameworks/vawg-digital-2023"));
const counts = new Map<string, number>();
for (const item of flat.items) {
  const details = item.details as { quotation?: { text: string }; points?: string[] };
  const text = [item.title, item.summary, details.quotation?.text ?? "", ...(details.points ?? [])].join(" ");
  for (const w of words(text)) if (w.length > 2) counts.set(w, (counts.get(w) ?? 0) + 1);
}
const vocabulary = [...counts].sort((a, b) => b[1] - a[1]);
const cumulative: number[] = [];
let sum = 0;
for (const [, n] of vocabulary) {
  sum += n ** 0.9;
  cumulative.push(sum);
}
const word = () => {
  const r = random() * sum;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] as number) < r) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo]?.[0] as string;
};
const rareWord = () => vocabulary[Math.floor(vocabulary.length / 2 + random() * (vocabulary.length / 2))]?.[0] as string;

const OPENINGS = {
  en: [
    "Take all necessary measures to",
    "Adopt and implement legislation to",
    "Strengthen efforts to",
    "Ensure that",
    "Continue to",
  ],
  fr: ["Prendre toutes les mesures nécessaires pour", "Adopter une loi visant à", "Renforcer les efforts pour lutter contre"],
  es: ["Adoptar medidas para", "Garantizar que", "Redoblar los esfuerzos para combatir"],
};
const FR = ["violence", "femmes", "filles", "harcèlement", "en", "ligne", "protection", "victimes", "loi", "numérique"];
const ES = ["violencia", "mujeres", "niñas", "acoso", "en", "línea", "protección", "víctimas", "ley", "digital"];

const countries = loadCountryReference().countries;
const INSTRUMENTS = ["upr-cycle-1", "upr-cycle-2", "upr-cycle-3", "upr-cycle-4"];

function documentNo(n: number): SearchDocument {
  const language = random() < 0.8 ? "en" : random() < 0.5 ? "fr" : "es";
  const length = 20 + Math.floor(random() * 26);
  const list: string[] = [];
  for (let i = 0; i < length; i++) list.push(language === "en" || random() < 0.5 ? word() : pick(language === "fr" ? FR : ES));
  const text = `${pick(OPENINGS[language])} ${list.join(" ")}.`;
  const title = text.split(" ").slice(0, 12).join(" ");
  const country = pick(countries);
  const year = String(2008 + Math.floor(random() * 17));
  return {
    key: `commitment:bench-${n}`,
    kind: "commitment",
    refId: `bench-${n}`,
    title,
    text,
    path: `/commitments/bench-${n}`,
    date: `${year}-01-01`,
    visibility: "public",
    organisationId: null,
    facets: [
      { facet: "type", value: "commitment" },
      { facet: "instrument", value: pick(INSTRUMENTS) },
      { facet: "country", value: country.iso3 },
      { facet: "region", value: country.regionCode },
      { facet: "year", value: year },
    ],
    titleTerms: analyse(title, { language }),
    bodyTerms: analyse(text, { language }),
  };
}

interface Query {
  kind: string;
  q: string;
  filters: { facet: "country" | "year"; value: string }[];
}

function queries(): Query[] {
  const out: Query[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const r = random();
    let kind: string;
    let q: string;
    if (r < 0.2) [kind, q] = ["one common word", word()];
    else if (r < 0.3) [kind, q] = ["one rare word", rareWord()];
    else if (r < 0.55) [kind, q] = ["two words", `${word()} ${word()}`];
    else if (r < 0.65) [kind, q] = ["phrase", `"${word()} ${word()}"`];
    else if (r < 0.75) [kind, q] = ["OR", `${word()} OR ${rareWord()}`];
    else if (r < 0.85) [kind, q] = ["prefix", `${word().slice(0, 4)}*`];
    else [kind, q] = ["exclusion", `${word()} -${word()}`];
    const filters: Query["filters"] =
      random() < 0.25
        ? [random() < 0.5 ? { facet: "country", value: pick(countries).iso3 } : { facet: "year", value: "2019" }]
        : [];
    out.push({ kind: filters.length ? `${kind} + filter` : kind, q, filters });
  }
  return out;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const ms = (n: number) => n.toFixed(1).padStart(7);

async function bench(name: string, storage: Storage): Promise<void> {
  state = SEED; // the same documents and queries on every database
  await storage.migrate();
  await seed(storage, "data/frameworks");
  const start = performance.now();
  for (let n = 0; n < DOCS; n += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, DOCS - n) }, (_, i) => documentNo(n + i));
    await storage.transaction((tx) => tx.search.upsert(batch));
  }
  await storage.search.optimise();
  const indexed = await storage.search.count();
  console.log(
    `\n${name}: ${indexed.toLocaleString("en")} documents indexed in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );

  const search = searchService(storage);
  const list = queries();
  for (const q of list.slice(0, 10)) await search.search(ANONYMOUS, { q: q.q, filters: q.filters, page: 1 }); // warm up
  const byKind = new Map<string, number[]>();
  const all: number[] = [];
  const slowest: [number, string][] = [];
  let matched = 0;
  for (const q of list) {
    const t0 = performance.now();
    const results = await search.search(ANONYMOUS, { q: q.q, filters: q.filters, page: 1 });
    const elapsed = performance.now() - t0;
    matched += results.total;
    all.push(elapsed);
    slowest.push([
      elapsed,
      `${q.q}${q.filters.map((f) => ` [${f.facet}=${f.value}]`).join("")} (${results.total.toLocaleString("en")})`,
    ]);
    byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), elapsed]);
  }
  console.log(
    `${"query kind".padEnd(26)} ${"n".padStart(4)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"max ms".padStart(7)}`,
  );
  for (const [kind, times] of [...byKind].sort()) {
    const sorted = times.sort((a, b) => a - b);
    console.log(
      `${kind.padEnd(26)} ${String(sorted.length).padStart(4)} ${ms(percentile(sorted, 50))} ${ms(percentile(sorted, 95))} ${ms(sorted.at(-1) ?? 0)}`,
    );
  }
  const sorted = all.sort((a, b) => a - b);
  slowest.sort((a, b) => b[0] - a[0]);
  console.log(
    `slowest: ${slowest
      .slice(0, 3)
      .map(([t, q]) => `${q} ${t.toFixed(0)} ms`)
      .join("; ")}`,
  );
  console.log(
    `${"all".padEnd(26)} ${String(sorted.length).padStart(4)} ${ms(percentile(sorted, 50))} ${ms(percentile(sorted, 95))} ${ms(sorted.at(-1) ?? 0)}   p99 ${ms(percentile(sorted, 99)).trim()} ms; mean matches per query ${Math.round(matched / sorted.length).toLocaleString("en")}`,
  );
}

const dir = mkdtempSync(join(tmpdir(), "blueprint-bench-search-"));
try {
  const sqlite = await openStorage(`sqlite:${join(dir, "bench.db")}`);
  await bench("SQLite (FTS5)", sqlite);
  await sqlite.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pgUrl = process.env.BENCH_DATABASE_URL;
if (pgUrl) {
  const schema = `bp_bench_search_${process.pid}`;
  const pg = await openStorage(pgUrl, { schema });
  try {
    await bench("PostgreSQL (tsvector)", pg);
  } finally {
    await pg.close();
    await dropSchema(pgUrl, schema);
  }
} else console.log("\n(Set BENCH_DATABASE_URL to a PostgreSQL database to measure PostgreSQL too.)");
