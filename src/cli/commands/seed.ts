import { PackError } from "../../domain/framework/pack";
import { type SeedResult, seed } from "../../packs/seed";
import { configOrExit, fail, withStorage } from "../context";

export function describeSeed(result: SeedResult): string {
  const lines = [`Countries: ${result.countriesChanged ? `${result.countriesChanged} written` : "unchanged"}`];
  for (const p of result.packs) {
    const items = Object.entries(p.counts.items)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ");
    lines.push(
      `Pack ${p.packId}@${p.version}: ${p.changed ? "loaded" : "unchanged"} (${items}; ${p.counts.links} crosswalk links; ${p.counts.evidence} evidence records)`,
    );
  }
  return `${lines.join("\n")}\n`;
}

export async function seedCommand(): Promise<void> {
  const config = configOrExit();
  try {
    const result = await withStorage(config, async (s) => {
      await s.migrate();
      return seed(s, config.PACKS_DIR);
    });
    process.stdout.write(describeSeed(result));
  } catch (e) {
    if (e instanceof PackError) fail(e.message);
    throw e;
  }
}
