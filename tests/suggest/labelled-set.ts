/** The labelled passages and how they are scored, shared by the test and `npm run bench:suggest`. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { flattenPack } from "../../src/domain/framework/flatten-pack";
import { buildIndex, type SuggestIndex } from "../../src/domain/suggest/item-index";
import { suggest } from "../../src/domain/suggest/suggester";
import { vocabularyFor } from "../../src/domain/suggest/vocabularies";
import { loadPack } from "../../src/packs/load-pack";

export const LABELLED = "tests/fixtures/suggest/labelled.yaml";
export const PACK_DIR = "data/frameworks/vawg-digital-2023";

export interface LabelledPassage {
  id: string;
  kind: string;
  language: string;
  set?: string;
  text: string;
  items: string[];
}

export function loadLabelledSet(file = LABELLED): LabelledPassage[] {
  const data = parse(readFileSync(file, "utf8")) as { passages: LabelledPassage[] };
  return data.passages;
}

/** The index over the real pack, as the web and the CLI build it. */
export function packIndex(dir = PACK_DIR): SuggestIndex {
  const pack = loadPack(dir);
  const { items } = flattenPack(pack);
  return buildIndex({ items, vocabulary: vocabularyFor([pack.manifest.id]), language: pack.manifest.language });
}

export interface SetScore {
  total: number;
  top1: number;
  top5: number;
}

export interface LabelledReport extends SetScore {
  meanMs: number;
  bySet: Record<string, SetScore>;
  misses: { id: string; wanted: string[]; got: string[] }[];
}

export function runLabelledSet(index: SuggestIndex, passages: readonly LabelledPassage[]): LabelledReport {
  const report: LabelledReport = { total: 0, top1: 0, top5: 0, meanMs: 0, bySet: {}, misses: [] };
  let ms = 0;
  for (const p of passages) {
    const started = performance.now();
    const got = suggest(p.text, index, { top: 5 }).suggestions.map((s) => s.item.id);
    ms += performance.now() - started;
    const name = p.set ?? "first";
    report.bySet[name] ??= { total: 0, top1: 0, top5: 0 };
    const set = report.bySet[name];
    const hit1 = p.items.includes(got[0] ?? "");
    const hit5 = got.some((id) => p.items.includes(id));
    for (const s of [report, set]) {
      s.total++;
      if (hit1) s.top1++;
      if (hit5) s.top5++;
    }
    if (!hit5) report.misses.push({ id: p.id, wanted: p.items, got });
  }
  report.meanMs = ms / Math.max(1, passages.length);
  return report;
}
