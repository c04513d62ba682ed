/**
 * The six official languages of the United Nations, which Blueprint speaks.
 * English is the default and has no prefix in URLs; the others live under
 * /fr/, /es/, /ar/, /ru/ and /zh/.
 */
export const LOCALES = ["en", "fr", "es", "ar", "ru", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language's own name for itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  es: "Español",
  ar: "العربية",
  ru: "Русский",
  zh: "中文",
};

export function isLocale(value: string | undefined | null): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? "");
}

export const direction = (locale: Locale): "rtl" | "ltr" => (locale === "ar" ? "rtl" : "ltr");

/** `/fr/framework` → fr and `/framework`; `/framework` → en and itself. */
export function splitLocale(pathname: string): { locale: Locale; path: string; prefixed: boolean } {
  const match = /^\/([a-z]{2})(?=\/|$)/.exec(pathname);
  const code = match?.[1];
  if (!match || !isLocale(code) || code === DEFAULT_LOCALE) return { locale: DEFAULT_LOCALE, path: pathname, prefixed: false };
  return { locale: code, path: pathname.slice(match[0].length) || "/", prefixed: true };
}

/** The path of a page in a language: `/framework` in fr is `/fr/framework`, the home page `/fr/`. */
export function localisedPath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}/` : `/${locale}${path}`;
}

/**
 * The best of our languages for an Accept-Language header (RFC 9110 §12.5.4):
 * highest q first, then the order given; `zh-Hant-TW` counts as zh. Undefined when none fits.
 */
export function negotiateLocale(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { primary: tag.trim().toLowerCase().split("-")[0] ?? "", q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0 && Number.isFinite(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranges.map((r) => r.primary).find(isLocale);
}
