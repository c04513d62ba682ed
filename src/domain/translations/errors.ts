import { LOCALES } from "../../i18n/locales";
import { type Message, msg } from "../../i18n/message";
import { DomainError } from "../errors";

/** A translation that cannot be made: the language or the record does not allow it (400, nothing changed). */
export class TranslationError extends DomainError {
  readonly code = "invalid_translation";
  constructor(message: Message) {
    super(message);
    this.name = "TranslationError";
  }

  static unknownLocale(locale: string) {
    return new TranslationError(msg("translate.error.locale", { locale, locales: LOCALES.join(", ") }));
  }

  static sameAsOriginal(language: string) {
    return new TranslationError(msg("translate.error.sameLanguage", { language }));
  }

  static notPublished() {
    return new TranslationError(msg("translate.error.notPublished"));
  }
}

/**
 * Someone else saved or removed translations of these fields while this
 * person was editing them. Nothing of the save was stored and nothing was
 * overwritten: the editor shows their text beside this person's, to merge
 * and save again (409).
 */
export class TranslationConflictError extends DomainError {
  readonly code = "conflict";
  constructor(
    readonly fields: readonly string[],
    /** What the person typed in the fields they changed (conflicting or not), to give back in the form. */
    readonly edited: Readonly<Record<string, string>>,
  ) {
    super(msg("translate.conflict.error", { count: fields.length }));
    this.name = "TranslationConflictError";
  }
}
