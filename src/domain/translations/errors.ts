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
