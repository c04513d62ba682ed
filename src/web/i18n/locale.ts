/**
 * Which language a request is in. The URL says it (`/fr/…`; no prefix is
 * English; app.ts strips the prefix before routing). On a first visit, with no
 * language cookie, a page asked for without a prefix goes to the reader's
 * language from Accept-Language. Choosing a language (following a link into
 * another one) is remembered in a cookie, so that English stays English for a
 * reader whose browser prefers French once they picked it. A response that
 * sets the cookie is private, so that no shared cache hands it to someone else.
 */
import type { MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { DEFAULT_LOCALE, isLocale, localisedPath, negotiateLocale, splitLocale } from "../../i18n/locales";
import type { AppEnv } from "../env";

export const LANGUAGE_COOKIE = "bp_lang";
const NOT_PAGES = /^\/(?:api|static)\/|^\/healthz$/;

export function localeMiddleware({ https }: { https: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const { locale, prefixed } = splitLocale(url.pathname);
    c.set("locale", locale);
    const isPage = c.req.method === "GET" && !NOT_PAGES.test(c.req.path) && (c.req.header("Accept") ?? "").includes("text/html");
    if (!isPage) return next();
    const chosen = getCookie(c, LANGUAGE_COOKIE);
    const remember = (value: string) =>
      setCookie(c, LANGUAGE_COOKIE, value, { path: "/", sameSite: "Lax", secure: https, httpOnly: true, maxAge: 31_536_000 });
    if (!isLocale(chosen) && !prefixed) {
      const wanted = negotiateLocale(c.req.header("Accept-Language"));
      if (wanted && wanted !== DEFAULT_LOCALE) {
        remember(wanted);
        c.header("Vary", "Accept-Language, Cookie");
        c.header("Cache-Control", "private, no-store");
        return c.redirect(localisedPath(url.pathname, wanted) + url.search, 302);
      }
    }
    if (!(isLocale(chosen) ? chosen !== locale : locale !== DEFAULT_LOCALE)) return next();
    remember(locale);
    await next();
    // This response sets the reader's cookie: a shared cache must not replay it to
    // others. (A signed-in person's no-store, set further in, is kept.)
    if (!/\bno-store\b/.test(c.res.headers.get("Cache-Control") ?? "")) c.res.headers.set("Cache-Control", "private, no-cache");
  };
}
