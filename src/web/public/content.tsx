/**
 * Text that is not interface text: records' titles, summaries, narratives.
 * A route loads the translations of everything its page shows with ONE call
 * (`pageTranslations`, over domain/translations/reader.ts) and passes them
 * to the view, which asks for each field with `shown(tr, record, field,
 * original)`: the translation into the reader's language when there is one,
 * else the original. An element holding it is marked with its language (and
 * its direction where that differs from the page's); an original in the
 * page's language carries no extra markup, so English pages stay as they
 * were. The page says once, near the top, that some content is not
 * translated yet, and "may be out of date" beside a translation made from an
 * earlier original.
 */
import type { Child } from "hono/jsx";
import type { Repositories } from "../../domain/ports";
import { sameLanguage } from "../../domain/translations/languages";
import { type ContentTranslations, loadContentTranslations } from "../../domain/translations/reader";
import type { ContentRef, EntityType, LocalisedText } from "../../domain/translations/types";
import type { Locale } from "../../i18n/locales";
import type { MessageValues } from "../../i18n/translate";
import { directionOf } from "../i18n/content";
import { currentDirection, currentLocale, t } from "../i18n/t";

/** A page's translations; undefined where a page loads none (its content is then shown as the original English). */
export type PageTranslations = ContentTranslations | undefined;

/** A record a field belongs to: a framework item unless said otherwise. */
export type Owner = { id: string; type?: EntityType };

const refOf = (r: Owner): ContentRef => ({ type: r.type ?? "framework_item", id: r.id });

/** Framework items as the reader loads them. */
export const itemRefs = (items: readonly ({ id: string } | null | undefined)[]): ContentRef[] =>
  items.flatMap((i) => (i ? [{ type: "framework_item" as const, id: i.id }] : []));

/** Every translation into the reader's language of these records, which the route has read under their visibility rules: one query. */
export function pageTranslations(
  repos: Pick<Repositories, "translations">,
  refs: readonly ContentRef[],
  locale: Locale,
): Promise<PageTranslations> {
  const unique = [...new Map(refs.map((r) => [`${r.type}:${r.id}`, r])).values()];
  return loadContentTranslations(repos, unique, locale);
}

/** Framework-pack text: English, untranslated. */
export const english = (text: string): LocalisedText => ({ text, lang: "en", translated: false, outdated: false });

/** One field of one record in the reader's language (the original when nothing is loaded). */
export function shown(tr: PageTranslations, record: Owner, field: string, original: string): LocalisedText {
  return tr ? tr.text(refOf(record), field, original) : english(original);
}

/** Attributes for an element holding the text: its language, and its direction where it differs from the page's. */
export function langOf(value: LocalisedText): { lang?: string; dir?: "ltr" | "rtl" } {
  if (!value.translated && sameLanguage(value.lang, currentLocale())) return {};
  const dir = directionOf(value.lang);
  return dir === currentDirection() ? { lang: value.lang } : { lang: value.lang, dir };
}

/** Attributes for an element holding English content: none on English pages. */
export const en = () => langOf(english(""));

/** Whether any of these is shown in a language other than the reader's, untranslated (the page's note is due). */
export const untranslated = (values: readonly LocalisedText[]): boolean =>
  values.some((v) => !v.translated && !sameLanguage(v.lang, currentLocale()));

/** "may be out of date" beside a translation of an earlier original; nothing otherwise. */
export function OutdatedNote({ value }: { value: LocalisedText }) {
  return value.translated && value.outdated ? <small class="muted content-note"> ({t("translate.outdatedNote")})</small> : null;
}

/** A field inline: a span with its language where needed, else the bare text; then its out-of-date note. */
export function Text({ value }: { value: LocalisedText }) {
  const attrs = langOf(value);
  return (
    <>
      {attrs.lang ? <span {...attrs}>{value.text}</span> : value.text}
      <OutdatedNote value={value} />
    </>
  );
}

/** English content inline: a span with its language, or the bare text on English pages (or when `when` is false). */
export function En({ children, when = true }: { children: Child; when?: boolean }) {
  const attrs = en();
  return when && attrs.lang ? <span {...attrs}>{children}</span> : children;
}

/** The page's one note that some of its content is not translated yet; nothing in English. */
export function NotTranslatedNote({ when = true }: { when?: boolean }) {
  if (!when || currentLocale() === "en") return null;
  return (
    <p class="muted" role="note">
      {t("public.notTranslatedYet")}
    </p>
  );
}

/**
 * A whole sentence from the catalogue with elements (links, code, English
 * content) in its placeholders, so that translations can put them where their
 * grammar wants: `rich("public.x", { link: <a href="/">…</a> })`.
 */
export function rich(key: string, elements: Record<string, Child>, values?: MessageValues): Child[] {
  const markers = Object.fromEntries(Object.keys(elements).map((name) => [name, `\uE000${name}\uE000`]));
  const text = t(key, { ...values, ...markers });
  return text
    .split(/\uE000(\w+)\uE000/)
    .map((part, i) => (i % 2 === 1 ? elements[part] : part))
    .filter((part) => part !== "");
}
