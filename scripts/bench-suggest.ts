/**
 * Link-suggestion accuracy and speed on the labelled passages
 * (tests/fixtures/suggest/labelled.yaml): top-1 and top-5 accuracy (a passage
 * counts when one of its labelled items is among the first k suggestions) and
 * the mean time per passage. `--verbose` lists every miss at 5.
 */
import { loadLabelledSet, packIndex, runLabelledSet } from "../tests/suggest/labelled-set";

const verbose = process.argv.includes("--verbose");
const started = performance.now();
const index = packIndex();
const indexMs = performance.now() - started;
const passages = loadLabelledSet();
const report = runLabelledSet(index, passages);

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
console.log(
  `Labelled passages: ${report.total} (${index.items.length} items; pack loaded and indexed in ${indexMs.toFixed(0)} ms)`,
);
for (const [name, r] of Object.entries(report.bySet))
  console.log(
    `  ${name.padEnd(9)} top-1 ${pct(r.top1, r.total).padStart(6)}  top-5 ${pct(r.top5, r.total).padStart(6)}  (${r.total})`,
  );
console.log(`Top-1 accuracy: ${pct(report.top1, report.total)} (${report.top1}/${report.total})`);
console.log(`Top-5 accuracy: ${pct(report.top5, report.total)} (${report.top5}/${report.total})`);
console.log(`Mean time per passage: ${report.meanMs.toFixed(2)} ms`);
if (verbose)
  for (const miss of report.misses)
    console.log(`  miss ${miss.id}: wanted ${miss.wanted.join(", ")}; got ${miss.got.join(", ")}`);
