/**
 * Reading records in the reader's language. A page loads the translations of
 * everything it shows with ONE call (`loadContentTranslations`), after it has
 * loaded the records themselves under their visibility rules, then asks for
 * each field with `localised`: the translation when there is one, otherwise
 * the original, saying which (so the page can add a "not translated yet" note).
 * A translation is only ever read for a record the page already shows, so it
 * never makes anything more visible.
 */
import type { Locale } from "../../i18n/locales";
import type { Repositories } from "../ports";
import type { FieldTexts } from "./fields";
import { sameLanguage } from "./languages";
import { sourceHash } from "./source-hash";
import { type ContentRef, type ContentTranslation, type LoadedTranslations, type LocalisedText, refKey } from "./types";

/** Evidence and assessments default to English (see migration 009); framework items always have their pack's language. */
export const DEFAULT_ORIGINAL_LANGUAGE = "en";

/** A record with its current original text and its translations. */
export interface Translatable {
  ref: ContentRef;
  /** The language of the original. */
  lang: string;
  fields: FieldTexts;
  translations: readonly ContentTranslation[];
}

/** One field in `locale`: the translation if there is one, else the original (translated = false). */
export function localised(entity: Translatable, field: string, locale: Locale): LocalisedText {
  const original = entity.fields[field] ?? "";
  const asOriginal = { text: original, lang: entity.lang, translated: false, outdated: false };
  if (sameLanguage(entity.lang, locale)) return asOriginal;
  const found = entity.translations.find((t) => t.field === field && t.locale === locale);
  if (!found) return asOriginal;
  return { text: found.text, lang: locale, translated: true, outdated: found.sourceHash !== sourceHash(original) };
}

/** The translations of a page's records, loaded once. */
export class ContentTranslations {
  private readonly byRecord = new Map<string, ContentTranslation[]>();

  constructor(
    private readonly loaded: LoadedTranslations,
    readonly locale: Locale,
  ) {
    for (const t of loaded.translations) {
      const key = refKey({ type: t.entityType, id: t.entityId });
      const list = this.byRecord.get(key) ?? [];
      list.push(t);
      this.byRecord.set(key, list);
    }
  }

  languageOf(ref: ContentRef): string {
    return this.loaded.languages.get(refKey(ref)) ?? DEFAULT_ORIGINAL_LANGUAGE;
  }

  translationsOf(ref: ContentRef): ContentTranslation[] {
    return this.byRecord.get(refKey(ref)) ?? [];
  }

  /** The record as `localised` takes it, given its current original text. */
  entity(ref: ContentRef, fields: FieldTexts): Translatable {
    return { ref, lang: this.languageOf(ref), fields, translations: this.translationsOf(ref) };
  }

  /** One field of one record in the page's language. */
  text(ref: ContentRef, field: string, original: string): LocalisedText {
    return localised(this.entity(ref, { [field]: original }), field, this.locale);
  }
}

/** Every translation into `locale` of these records, and their original languages: one query. */
export async function loadContentTranslations(
  repos: Pick<Repositories, "translations">,
  refs: readonly ContentRef[],
  locale: Locale,
): Promise<ContentTranslations> {
  const loaded = refs.length ? await repos.translations.load(refs, locale) : { languages: new Map(), translations: [] };
  return new ContentTranslations(loaded, locale);
}
