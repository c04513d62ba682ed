import { resolve } from "node:path";
import { PackError } from "../../domain/framework/pack";
import { loadPack } from "../../packs/load-pack";
import { loadCountryReference } from "../../reference/countries";
import { fail } from "../context";

export function validatePackCommand(dir: string): void {
  const known = new Set(loadCountryReference().countries.map((c) => c.iso3));
  try {
    const pack = loadPack(resolve(dir), known);
    const options = pack.strategies.reduce((n, s) => n + s.options.length, 0);
    process.stdout.write(
      `Pack ${pack.manifest.id}@${pack.manifest.version} is valid: ${pack.instruments.length} instruments, ${pack.commitments.length} commitments, ${pack.strategies.length} strategies, ${options} practical options, ${pack.factors.length} factors, ${pack.approachCategories.length} approach categories, ${pack.formsOfAbuse.length} forms of abuse, ${pack.legislativeApproaches.length} legislative approaches, ${pack.crosswalk.length} crosswalk links, ${pack.evidence.length} evidence records.\n`,
    );
  } catch (e) {
    if (e instanceof PackError) fail(e.message);
    throw e;
  }
}
