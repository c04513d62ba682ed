/**
 * What the domain needs from storage. Storage adapters (src/storage) implement
 * these for SQLite and PostgreSQL; the web layer and CLI only see these types.
 */
import type { Country, Region } from "./countries/types";
import type { Evidence, EvidenceFilter, Visibility } from "./evidence/types";
import type { LoadedPack } from "./framework/pack";
import type { FrameworkItem, ItemKind, ItemLink, LinkType, PackInfo } from "./framework/types";
import type { Page, PageRequest } from "./pagination";

export interface ItemFilter {
  kind?: ItemKind;
  parentId?: string;
  ids?: readonly string[];
}

export interface LinkFilter {
  fromIds?: readonly string[];
  toIds?: readonly string[];
  type?: LinkType;
}

export interface FrameworkRepository {
  listPacks(): Promise<PackInfo[]>;
  listItems(filter?: ItemFilter): Promise<FrameworkItem[]>;
  getItem(id: string): Promise<FrameworkItem | undefined>;
  listLinks(filter?: LinkFilter): Promise<ItemLink[]>;
}

export interface CountryRepository {
  listRegions(): Promise<Region[]>;
  /** `region` matches an M49 region, sub-region or intermediate region code. */
  listCountries(filter?: { region?: string }): Promise<Country[]>;
  getCountry(iso3: string): Promise<Country | undefined>;
}

export interface EvidenceRepository {
  listEvidence(filter: EvidenceFilter, page: PageRequest): Promise<Page<Evidence>>;
  getEvidence(id: string, visibility: readonly Visibility[]): Promise<Evidence | undefined>;
  /** Number of visible evidence records per country ISO3 (countries without any are absent). */
  countByCountry(visibility: readonly Visibility[]): Promise<Map<string, number>>;
}

export interface ImportCounts {
  items: Record<string, number>;
  links: number;
  evidence: number;
}

export interface PackImportResult {
  packId: string;
  version: string;
  /** False when the stored pack already had the same content: nothing was written. */
  changed: boolean;
  counts: ImportCounts;
}

export interface SeedRepository {
  importCountries(regions: Region[], countries: Country[]): Promise<{ changed: number }>;
  importPack(pack: LoadedPack, now: string): Promise<PackImportResult>;
}

export interface Repositories {
  framework: FrameworkRepository;
  countries: CountryRepository;
  evidence: EvidenceRepository;
  seed: SeedRepository;
  /** True when the database answers. */
  ping(): Promise<boolean>;
}
