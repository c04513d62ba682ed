/**
 * Content translations: the text fields of framework items, evidence and
 * assessments in the other UN languages, beside the original. Each
 * translation remembers a hash of the original it was made from, so that it
 * shows as out of date once the original changes.
 */

import type { Locale } from "../../i18n/locales";
import type { Visibility } from "../evidence/types";

export const ENTITY_TYPES = ["framework_item", "evidence", "assessment"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const isEntityType = (value: string | undefined): value is EntityType =>
  (ENTITY_TYPES as readonly string[]).includes(value ?? "");

/** Which record a translation belongs to. */
export interface ContentRef {
  type: EntityType;
  id: string;
}

export const refKey = (ref: ContentRef): string => `${ref.type}:${ref.id}`;

export interface TranslationKey {
  entityType: EntityType;
  entityId: string;
  /** A translatable field of the record (fields.ts), e.g. "title", "summary", "points.2". */
  field: string;
  locale: Locale;
}

export interface ContentTranslation extends TranslationKey {
  text: string;
  /** sourceHash() of the original text when the translation was saved. */
  sourceHash: string;
  /** The person who saved it (null once their account is deleted). */
  translatedBy: string | null;
  updatedAt: string;
}

/** What one read of the store returns for a set of records. */
export interface LoadedTranslations {
  /** The language each record was written in (framework items and pack evidence: their pack's), by refKey. */
  languages: Map<string, string>;
  translations: ContentTranslation[];
}

/** A field as a page shows it: the translation when there is one, else the original. */
export interface LocalisedText {
  text: string;
  /** The language of `text`: the reader's when translated, the original's otherwise. */
  lang: string;
  translated: boolean;
  /** Translated from an earlier version of the original. */
  outdated: boolean;
}

/** An evidence record's translatable text, for the translators' list. */
export interface EvidenceText {
  id: string;
  packId: string | null;
  organisationId: string | null;
  title: string;
  summary: string;
  body: string | null;
  visibility: Visibility;
}

/** The newest published narrative of an assessment, for the translators' list. */
export interface PublishedNarrative {
  assessmentId: string;
  organisationId: string;
  countryIso3: string;
  itemId: string;
  cycleId: string;
  narrative: string;
}

export interface TranslationRepository {
  /** Adds the translation, or replaces the one with the same key. */
  upsert(translation: ContentTranslation): Promise<void>;
  /** Deletes one translation; false when there was none. */
  remove(key: TranslationKey): Promise<boolean>;
  /**
   * Compare and set: stores `next` under `key` (or, when null, removes the
   * translation) only if the stored one is still `expected` (its text, source
   * hash and time; null: there was none). False, changing nothing, when
   * someone changed it since: the check and the write are one statement, so
   * two saves racing each other cannot both succeed on the same translation.
   */
  replaceIf(key: TranslationKey, expected: ContentTranslation | null, next: ContentTranslation | null): Promise<boolean>;
  /** Deletes the translations of records that no longer exist (a removed framework item, evidence or assessment); how many. */
  purgeOrphans(): Promise<number>;
  /**
   * Every translation of these records (only into `locale` when given) and
   * each existing record's original language, in one query (a few more only
   * for thousands of records).
   */
  load(refs: readonly ContentRef[], locale?: Locale): Promise<LoadedTranslations>;
  /** Records the language an evidence record or an assessment is written in. */
  setOriginalLanguage(ref: ContentRef, language: string): Promise<void>;
  /** The evidence that came with framework packs. */
  packEvidence(): Promise<EvidenceText[]>;
  /** An organisation's own evidence records of these visibilities. */
  organisationEvidence(organisationId: string, visibilities: readonly Visibility[]): Promise<EvidenceText[]>;
  /** An organisation's published assessments, each with its newest publication's narrative. */
  publishedNarratives(organisationId: string): Promise<PublishedNarrative[]>;
}
