/**
 * What the open data page and its JSON twin list: every file with its format,
 * size and last update for the filters chosen, and the choices for each
 * filter. Sizes not yet known are measured within a short time budget; the
 * page says so for those still being measured.
 */
import { dataVersion } from "../../reports/data-version";
import { openExport } from "../../reports/export-service";
import { type RawFilters, type ResolvedFilters, resolveFilters } from "../../reports/filters";
import type { WebDeps } from "../deps";
import { fileQuery, sizeKey } from "./download";
import { ALL_FILES, type DataFile } from "./files";
import type { SizeCache } from "./sizes";

/** How long a page waits for sizes it does not know yet. */
export const MEASURE_BUDGET_MS = 2000;

export interface ListedFile {
  file: DataFile;
  href: string;
  /** Null while it has never been measured for these filters. */
  bytes: number | null;
  /** False when the size was measured before the data last changed. */
  exact: boolean;
  lastUpdate: string | null;
}

export interface Listing {
  filters: ResolvedFilters;
  hxl: boolean;
  version: string;
  lastUpdate: string | null;
  files: ListedFile[];
}

export async function listFiles(deps: WebDeps, sizes: SizeCache, raw: RawFilters, hxl: boolean, budgetMs = MEASURE_BUDGET_MS) {
  const [filters, data] = await Promise.all([resolveFilters(deps.repos, raw), dataVersion(deps.repos)]);
  const origin = deps.config.publicOrigin;
  const jobs = ALL_FILES.map((file) =>
    sizes.measure(sizeKey(file, filters.given, hxl), data.version, async () => {
      const exp = await openExport(deps.repos, origin, { format: file.format, table: file.table, filters: filters.given, hxl });
      return exp.body;
    }),
  );
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(jobs), new Promise((resolve) => (timer = setTimeout(resolve, budgetMs)))]);
  clearTimeout(timer);
  const files = ALL_FILES.map((file): ListedFile => {
    const known = sizes.get(sizeKey(file, filters.given, hxl));
    return {
      file,
      href: `/data/${file.name}${fileQuery(file, filters.given, hxl)}`,
      bytes: known?.bytes ?? null,
      exact: known?.version === data.version,
      lastUpdate: file.table ? (data.updated[file.table] ?? null) : data.lastUpdate,
    };
  });
  return { filters, hxl, version: data.version, lastUpdate: data.lastUpdate, files } satisfies Listing;
}

/** The choices of the filter form: only what public data can name. */
export async function filterChoices(deps: WebDeps) {
  const { repos } = deps;
  const [countries, regions, cycles, strategies, instruments, orgIds] = await Promise.all([
    repos.countries.listCountries(),
    repos.countries.listRegions(),
    repos.assessments.listCycles(),
    repos.framework.listItems({ kind: "strategy" }),
    repos.framework.listItems({ kind: "instrument" }),
    repos.exports.publicOrganisationIds(),
  ]);
  const organisations = (await Promise.all(orgIds.map((id) => repos.accounts.getOrganisation(id)))).flatMap((o) =>
    o ? [o] : [],
  );
  return {
    countries: [...countries].sort((a, b) => a.name.localeCompare(b.name)),
    regions,
    cycles,
    strategies: [...strategies].sort((a, b) => a.order - b.order),
    instruments: [...instruments].sort((a, b) => a.order - b.order),
    organisations: organisations.sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export type FilterChoices = Awaited<ReturnType<typeof filterChoices>>;
