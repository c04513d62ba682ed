import { writeFileSync } from "node:fs";
import { buildPublicDataset } from "../../reports/public-dataset";
import { configOrExit, fail, withStorage } from "../context";

export async function exportCommand(opts: { format: string; out?: string }): Promise<void> {
  if (opts.format !== "json") fail(`Unknown export format '${opts.format}'. Available: json.`, 2);
  const config = configOrExit();
  const dataset = await withStorage(config, async (s) => {
    await s.migrate();
    return buildPublicDataset(s, config.publicOrigin);
  });
  if (dataset.packs.length === 0)
    process.stderr.write("Warning: the database holds no framework pack yet; run `blueprint seed` first.\n");
  const text = `${JSON.stringify(dataset, null, 2)}\n`;
  if (opts.out) {
    writeFileSync(opts.out, text);
    process.stderr.write(`Wrote ${opts.out} (${Buffer.byteLength(text)} bytes, ${dataset.evidence.length} evidence records)\n`);
  } else process.stdout.write(text);
}
