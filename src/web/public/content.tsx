/**
 * Text that is not interface text. Framework-pack content (titles, summaries,
 * quotations, rationales) is in English and not translated yet: on a page in
 * another language it is marked lang="en" (and dir="ltr" inside Arabic, so
 * that its punctuation and parentheses stay in place), and the page says once
 * that it is shown in English. English pages carry no extra markup.
 */
import type { Child } from "hono/jsx";
import type { MessageValues } from "../../i18n/translate";
import { currentLocale, t } from "../i18n/t";

/** Attributes for an element holding English content: none on English pages. */
export function en(): { lang?: "en"; dir?: "ltr" } {
  const locale = currentLocale();
  if (locale === "en") return {};
  return locale === "ar" ? { lang: "en", dir: "ltr" } : { lang: "en" };
}

/** English content inline: a span with its language, or the bare text on English pages (or when `when` is false). */
export function En({ children, when = true }: { children: Child; when?: boolean }) {
  const attrs = en();
  return when && attrs.lang ? <span {...attrs}>{children}</span> : children;
}

/** The page's one note that its content is not translated yet; nothing in English. */
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
