/**
 * Showing records' text (framework items, evidence, assessments) in the
 * reader's language. Pages load translations once for everything they show
 * (domain/translations/reader.ts: loadContentTranslations) and render each
 * field with `contentText`, which marks the text with its language (so screen
 * readers pronounce it right and the page's language check leaves it alone)
 * and says whether a "not translated yet" or "may be out of date" note is due.
 */
import { jsx } from "hono/jsx";
import { primaryLanguage, sameLanguage } from "../../domain/translations/languages";
import type { LocalisedText } from "../../domain/translations/types";
import { direction, isLocale } from "../../i18n/locales";
import { currentLocale, t } from "./t";

const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur", "ps", "yi"]);

/** Writing direction of a language tag's script. */
export function directionOf(lang: string): "rtl" | "ltr" {
  const primary = primaryLanguage(lang);
  return isLocale(primary) ? direction(primary) : RTL_LANGUAGES.has(primary) ? "rtl" : "ltr";
}

/** A language's name in the reader's language ("fr" → "French", "français", "法语"...); the tag when unknown. */
export function languageName(tag: string, locale = currentLocale()): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export interface ContentText {
  /** `<span lang dir>text</span>` (or the element asked for). */
  html: ReturnType<typeof jsx>;
  /** The text is shown in its original language, which is not the reader's. */
  needsNote: boolean;
  /** The note in the reader's language when one is due ("Not translated yet", "This translation may be out of date"). */
  note: string | null;
}

/**
 * One field for a page: the element carries the text's language and
 * direction; `note` is what to show beside it. `tag` is "div" for text with
 * paragraphs (a summary or a narrative rendered as plain text).
 */
export function contentText(value: LocalisedText, options: { tag?: "span" | "div" | "p"; class?: string } = {}): ContentText {
  const locale = currentLocale();
  const foreign = !sameLanguage(value.lang, locale);
  const needsNote = !value.translated && foreign;
  const note = needsNote ? t("translate.notTranslatedYet") : value.outdated ? t("translate.outdatedNote") : null;
  const html = jsx(
    options.tag ?? "span",
    { lang: value.lang, dir: foreign ? directionOf(value.lang) : undefined, class: options.class },
    value.text,
  );
  return { html, needsNote, note };
}

/** The note as a small muted element in the reader's language, or nothing. */
export function contentNote(text: ContentText) {
  return text.note ? jsx("small", { class: "muted content-note" }, ` (${text.note})`) : null;
}
