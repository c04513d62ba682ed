/** Loads the countries and every framework pack into storage; safe to run again. */
import type { PackImportResult, Repositories } from "../domain/ports";
import { rebuildSearchIndex } from "../domain/search/search-index";
import { loadCountryReference } from "../reference/countries";
import { listPackDirs, loadPack } from "./load-pack";

export interface SeedResult {
  countriesChanged: number;
  packs: PackImportResult[];
}

export async function seed(repos: Repositories, packsDir: string, now = new Date().toISOString()): Promise<SeedResult> {
  const ref = loadCountryReference();
  const { changed } = await repos.seed.importCountries(ref.regions, ref.countries);
  const known = new Set(ref.countries.map((c) => c.iso3));
  const packs: PackImportResult[] = [];
  for (const dir of listPackDirs(packsDir)) packs.push(await repos.seed.importPack(loadPack(dir, known), now));
  // Framework items, countries and the pack's evidence changed: the index is rebuilt from them (and made on first run).
  // A pack that dropped an item or a record takes its translations with it; kept records keep theirs.
  if (packs.some((p) => p.changed)) await repos.translations.purgeOrphans();
  if (changed > 0 || packs.some((p) => p.changed) || (await repos.search.count()) === 0) await rebuildSearchIndex(repos);
  return { countriesChanged: changed, packs };
}
