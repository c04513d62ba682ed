/**
 * Keeps a reader in their language: on pages in a language other than
 * English, every same-site link, form action and redirect written as a root
 * path (`href="/countries"`) gets the language prefix (`/fr/countries`). One
 * place does it for every view, Markdown link and redirect, so none is missed.
 * Links written as full URLs (canonical, hreflang, the language switcher) and
 * paths that are not pages (/static, /api) are left alone.
 */
import type { MiddlewareHandler } from "hono";
import { isLocale, type Locale, localisedPath } from "../../i18n/locales";
import type { AppEnv } from "../env";

const ROOT_PATH_ATTRIBUTE = /(\s(?:href|action|formaction)=")(\/(?!\/)[^"]*)"/g;

export function localiseRootPath(path: string, locale: Locale): string {
  if (/^\/(?:api|static)(?:\/|$)|^\/healthz(?:$|\?)/.test(path)) return path;
  const first = /^\/([a-z]{2})(?:\/|$|\?)/.exec(path)?.[1];
  if (isLocale(first)) return path;
  return localisedPath(path, locale);
}

export function localiseHtml(html: string, locale: Locale): string {
  return html.replace(ROOT_PATH_ATTRIBUTE, (_, before: string, path: string) => `${before}${localiseRootPath(path, locale)}"`);
}

export function localiseLinks(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const locale = c.get("locale");
    if (!locale || locale === "en") return;
    const location = c.res.headers.get("Location");
    if (location?.startsWith("/") && !location.startsWith("//"))
      c.res.headers.set("Location", localiseRootPath(location, locale));
    if (!(c.res.headers.get("Content-Type") ?? "").startsWith("text/html") || c.res.headers.has("Content-Encoding")) return;
    const html = localiseHtml(await c.res.text(), locale);
    // Hono copies the old response's headers onto the new one: drop the old length first.
    c.res.headers.delete("Content-Length");
    c.res = new Response(html, { status: c.res.status, headers: c.res.headers });
  };
}
