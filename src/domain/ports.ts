/**
 * What the domain needs from storage. Storage adapters (src/storage) implement
 * these for SQLite and PostgreSQL; the web layer and CLI only see these types.
 */
import type { Membership, Organisation, Role, User } from "./accounts/types";
import type { Assessment, AssessmentKey, Cycle, Publication, Reply, ReviewComment } from "./assessments/types";
import type { AuditEntry, AuditEntryInput, ChainCheck } from "./audit/types";
import type { ApiToken } from "./auth/api-token-types";
import type { AuthToken, Session } from "./auth/types";
import type { Country, Region } from "./countries/types";
import type { Evidence, EvidenceAccess, EvidenceFilter, Visibility } from "./evidence/types";
import type { LoadedPack } from "./framework/pack";
import type { FrameworkItem, ItemKind, ItemLink, LinkType, PackInfo } from "./framework/types";
import type { Page, PageRequest } from "./pagination";
import type { ReportDraftRepository } from "./reports/types";
import type { SearchDocument, StorageSearch, StoredResults } from "./search/types";
import type { TranslationRepository } from "./translations/types";

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
  getEvidence(id: string, visibility: readonly Visibility[], access?: EvidenceAccess): Promise<Evidence | undefined>;
  /** Records evidence (an organisation's own, with its sources and links). */
  create(evidence: Evidence, createdBy: string): Promise<void>;
  /** Like getEvidence, with the version that an update must name. */
  getVersioned(id: string, visibility: readonly Visibility[], access?: EvidenceAccess): Promise<VersionedEvidence | undefined>;
  /**
   * Replaces the record, its sources and links if its stored version is still
   * `expectedVersion` (compare-and-swap); false when someone saved a newer version meanwhile.
   */
  update(evidence: VersionedEvidence, expectedVersion: number): Promise<boolean>;
  /** Number of visible evidence records per country ISO3 (countries without any are absent). */
  countByCountry(visibility: readonly Visibility[]): Promise<Map<string, number>>;
}

/** An organisation's evidence record with its version: goes up by one with every update. */
export type VersionedEvidence = Evidence & { version: number };

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

export type NewOrganisation = Omit<Organisation, "createdAt" | "updatedAt">;
export type NewUser = Pick<User, "id" | "email" | "displayName" | "isSuperadmin"> & { passwordHash?: string | null };

export interface AccountRepository {
  /** Accounts that can sign in (disabled ones, like the demonstration's system account, do not count). */
  countUsers(): Promise<number>;
  /** Deletes an organisation or an account with no remaining records that point at it. */
  deleteOrganisation(id: string): Promise<void>;
  deleteUser(id: string): Promise<void>;
  createUser(user: NewUser, now: string): Promise<User>;
  getUser(id: string): Promise<User | undefined>;
  /** Emails are stored lower-cased; the lookup lower-cases too. */
  getUserByEmail(email: string): Promise<User | undefined>;
  updateUser(
    id: string,
    patch: Partial<Pick<User, "displayName" | "passwordHash" | "isSuperadmin" | "totpSecret" | "totpEnabledAt" | "disabledAt">>,
    now: string,
  ): Promise<void>;
  listUsers(): Promise<User[]>;

  createOrganisation(org: NewOrganisation, now: string): Promise<Organisation>;
  getOrganisation(id: string): Promise<Organisation | undefined>;
  getOrganisationBySlug(slug: string): Promise<Organisation | undefined>;
  listOrganisations(): Promise<Organisation[]>;

  /** Sets (or with null removes) a user's role in an organisation. */
  setMembership(userId: string, organisationId: string, role: Role | null, now: string): Promise<void>;
  membershipsOfUser(userId: string): Promise<Membership[]>;
  membersOfOrganisation(organisationId: string): Promise<{ user: User; membership: Membership }[]>;

  replaceRecoveryCodes(userId: string, codeHashes: string[]): Promise<void>;
  /** Marks an unused code used; false when there is no such unused code. */
  useRecoveryCode(userId: string, codeHash: string, now: string): Promise<boolean>;
  countUnusedRecoveryCodes(userId: string): Promise<number>;
  /** Records that the TOTP code of `step` was used; false if that step or a later one was used already (replay). */
  claimTotpStep(userId: string, step: number): Promise<boolean>;
}

export interface SessionRepository {
  create(session: Session): Promise<void>;
  /** A session that is not revoked (expiry is checked by the caller). */
  get(idHash: string): Promise<Session | undefined>;
  touch(idHash: string, now: string): Promise<void>;
  revoke(idHash: string, now: string): Promise<void>;
  /** Ends every session of a user, except one when given; returns how many ended. */
  revokeAllForUser(userId: string, now: string, exceptIdHash?: string): Promise<number>;
  listActiveForUser(userId: string, now: string): Promise<Session[]>;
}

export interface TokenRepository {
  create(token: AuthToken): Promise<void>;
  /** A token that exists, is unused and unexpired at `now`. */
  find(tokenHash: string, now: string): Promise<AuthToken | undefined>;
  /** Marks it used; false if it was already used or expired (so two requests cannot both use it). */
  consume(tokenHash: string, now: string): Promise<boolean>;
  /** Invalidates a user's unused tokens of a purpose (a new reset link replaces the old). */
  revokeForUser(userId: string, purpose: AuthToken["purpose"], now: string): Promise<void>;
}

export interface ApiTokenRepository {
  create(token: ApiToken): Promise<void>;
  get(id: string): Promise<ApiToken | undefined>;
  /** The token with this secret hash, whatever its state (the caller says why it is refused). */
  findByHash(tokenHash: string): Promise<ApiToken | undefined>;
  /** Every token of a person, newest first, revoked and expired ones included. */
  listForUser(userId: string): Promise<ApiToken[]>;
  /** Every token that acts in an organisation, newest first, revoked and expired ones included. */
  listForOrganisation(organisationId: string): Promise<ApiToken[]>;
  /** Marks it revoked by `revokedBy` (a user id); false when it was revoked already. */
  revoke(id: string, now: string, revokedBy: string): Promise<boolean>;
  touch(id: string, now: string): Promise<void>;
}

/** A file uploaded to the import screen, kept between its preview and its confirmation. */
export interface ImportUpload {
  id: string;
  userId: string;
  organisationId: string;
  cycleId: string;
  fileName: string;
  content: Uint8Array;
  /** SHA-256 (hex) of the content, checked again before the content is used. */
  contentSha256: string;
  createdAt: string;
  expiresAt: string;
}

export interface ImportUploadRepository {
  create(upload: ImportUpload): Promise<void>;
  get(id: string): Promise<ImportUpload | undefined>;
  /** Deletes one upload; false when it was gone already (confirmed, replaced or expired and purged). */
  remove(id: string): Promise<boolean>;
  /** Deletes a person's uploads for an organisation (a new upload replaces them). */
  removeFor(userId: string, organisationId: string): Promise<number>;
  /** Deletes every upload that expired at or before `now`. */
  removeExpired(now: string): Promise<number>;
}

export interface RateLimitRepository {
  /**
   * Counts one attempt under `key` in a fixed window of `windowMs` starting at
   * the first attempt; returns the count including this one and when the window ends.
   */
  hit(key: string, windowMs: number, now: Date): Promise<{ count: number; resetAt: Date }>;
  /** Current count without adding one. */
  peek(key: string, windowMs: number, now: Date): Promise<{ count: number; resetAt: Date }>;
  reset(key: string): Promise<void>;
}

export interface AuditRepository {
  /** Appends one entry at the end of the chain; safe under concurrent appends. */
  append(entry: AuditEntryInput): Promise<AuditEntry>;
  /** Newest first; each given filter narrows the list (one organisation's log, one entity, some actions). */
  list(
    filter: { organisationId?: string; entityId?: string; actions?: readonly string[] },
    page: PageRequest,
  ): Promise<Page<AuditEntry>>;
  /** Recomputes every hash in order and reports the first break. */
  verify(): Promise<ChainCheck>;
}

export interface SettingRepository {
  get(name: string): Promise<string | undefined>;
  set(name: string, value: string, now: string): Promise<void>;
}

export interface SecretRepository {
  /** The named secret, created with `generate()` the first time (shared by every instance). */
  getOrCreate(name: string, generate: () => string, now: string): Promise<string>;
}

export interface AssessmentRepository {
  listCycles(): Promise<Cycle[]>;
  getCycle(id: string): Promise<Cycle | undefined>;
  createCycle(cycle: Cycle): Promise<void>;
  setCycleStatus(id: string, status: Cycle["status"]): Promise<void>;

  get(id: string): Promise<Assessment | undefined>;
  find(key: AssessmentKey): Promise<Assessment | undefined>;
  insert(assessment: Assessment): Promise<void>;
  /**
   * Replaces the assessment if its stored version is still `expectedVersion`
   * (compare-and-swap); false when someone saved a newer version meanwhile.
   */
  update(assessment: Assessment, expectedVersion: number): Promise<boolean>;
  /** One organisation's assessments of one country in one cycle (the workspace). */
  listForWorkspace(organisationId: string, countryIso3: string, cycleId: string): Promise<Assessment[]>;

  addPublication(publication: Publication): Promise<void>;
  /** Every published version of one assessment, oldest first. */
  listPublications(assessmentId: string): Promise<Publication[]>;
  /** The newest publication of every assessment matching the filter: the public read model. */
  latestPublications(filter: { countryIso3?: string; cycleId?: string; itemId?: string }): Promise<Publication[]>;

  addComment(comment: ReviewComment): Promise<void>;
  listComments(assessmentId: string): Promise<ReviewComment[]>;
  upsertReply(reply: Reply): Promise<void>;
  listReplies(assessmentIds: readonly string[]): Promise<Reply[]>;
  /** Deletes every assessment of an organisation with its publications, comments and replies. */
  deleteAllOfOrganisation(organisationId: string): Promise<number>;
  /** Deletes a cycle that no assessment uses any more. */
  deleteCycle(id: string): Promise<void>;
}

/** Which published assessments an export page reads: always one country, so that a page never scans more than it. */
export interface ExportPublicationFilter {
  countryIso3: string;
  cycleId?: string;
  itemIds?: readonly string[];
  organisationId?: string;
}

export interface ExportEvidenceFilter {
  countryIso3s?: readonly string[];
  /** A record must link to at least one of these items. */
  itemIds?: readonly string[];
  organisationId?: string;
}

/** What the open data depends on: when each part last changed and how many records it has. */
export interface ExportStamps {
  packsLoadedAt: string | null;
  packs: number;
  publicEvidenceUpdatedAt: string | null;
  publicEvidence: number;
  publishedAt: string | null;
  publications: number;
  organisationsUpdatedAt: string | null;
  organisations: number;
  cycles: number;
  countries: number;
}

/** Reads for the open data exports, page by page (keyset pagination) so that memory stays flat. */
export interface ExportRepository {
  /** The newest publication of each matching assessment, after `after` in byte order of assessment id. */
  latestPublicationsPage(filter: ExportPublicationFilter, after: string | null, limit: number): Promise<Publication[]>;
  /** Public evidence only, with sources and links, after `after` in byte order of id. */
  publicEvidencePage(filter: ExportEvidenceFilter, after: string | null, limit: number): Promise<Evidence[]>;
  /** Which of these evidence ids are public. */
  publicEvidenceIds(ids: readonly string[]): Promise<Set<string>>;
  stamps(): Promise<ExportStamps>;
  /** Organisations with at least one publication or public evidence record: the only ones an export can name. */
  publicOrganisationIds(): Promise<string[]>;
}

/** The search index: documents are analysed by the domain, matched and ranked alike on both databases. */
export interface SearchRepository {
  /** Adds documents or replaces those with the same key. */
  upsert(documents: readonly SearchDocument[]): Promise<void>;
  remove(keys: readonly string[]): Promise<void>;
  /** Removes the documents of records an organisation owns (its evidence and assessments). */
  removeOrganisation(organisationId: string): Promise<void>;
  /** Removes every document of these kinds (before rebuilding them). */
  removeKinds(kinds: readonly string[]): Promise<void>;
  count(): Promise<number>;
  /** After a bulk load: merges the full-text index and refreshes the query planner's statistics. */
  optimise(): Promise<void>;
  search(request: StorageSearch): Promise<StoredResults>;
}

export interface Repositories {
  framework: FrameworkRepository;
  countries: CountryRepository;
  evidence: EvidenceRepository;
  seed: SeedRepository;
  accounts: AccountRepository;
  sessions: SessionRepository;
  tokens: TokenRepository;
  apiTokens: ApiTokenRepository;
  importUploads: ImportUploadRepository;
  rateLimits: RateLimitRepository;
  audit: AuditRepository;
  secrets: SecretRepository;
  assessments: AssessmentRepository;
  settings: SettingRepository;
  exports: ExportRepository;
  search: SearchRepository;
  reportDrafts: ReportDraftRepository;
  translations: TranslationRepository;
  /** Runs `work` in one database transaction with repositories bound to it. */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  /** True when the database answers. */
  ping(): Promise<boolean>;
}
