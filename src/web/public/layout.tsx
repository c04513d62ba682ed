/** The page shell: landmarks, skip link, language switcher, breadcrumbs, canonical, hreflang and JSON links, and one optional deferred script (enhance.js: offline reading, live word counts). */
import { tryGetContext } from "hono/context-storage";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { LOCALE_NAMES, LOCALES, localisedPath } from "../../i18n/locales";
import type { AppEnv } from "../env";
import { CsrfField } from "../forms";
import { currentDirection, currentLocale, here, t } from "../i18n/t";
import { enhanceScript } from "../static/scripts";
import { stylesheet } from "../static/stylesheet";
import { en } from "./content";

export interface Crumb {
  label: string;
  href?: string;
  /** The label is content: true for English framework content, or the attributes of its language (content.tsx langOf). */
  content?: boolean | ReturnType<typeof en>;
}

export interface PageProps {
  title: string;
  /** Path of this page, for the canonical URL. */
  path: string;
  origin: string;
  crumbs?: Crumb[];
  /** Path of the JSON version of this page, if there is one. */
  json?: string;
  description?: string;
  children: Child;
}

export function Page({ title, path, origin, crumbs = [], json, description, children }: PageProps) {
  const locale = currentLocale();
  return (
    <>
      {raw("<!doctype html>")}
      <html lang={locale} dir={currentDirection()}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · Blueprint`}</title>
          {description ? <meta name="description" content={description} /> : null}
          <link rel="canonical" href={origin + here(path)} />
          {LOCALES.map((l) => (
            <link rel="alternate" hreflang={l} href={origin + localisedPath(path, l)} />
          ))}
          <link rel="alternate" hreflang="x-default" href={origin + path} />
          {json ? <link rel="alternate" type="application/json" href={json} /> : null}
          <link rel="stylesheet" href={stylesheet.path} />
          <script src={enhanceScript.path} defer />
          {/* No favicon: saying so here spares every page a request for /favicon.ico. */}
          <link rel="icon" href="data:," />
        </head>
        <body>
          <a class="skip" href="#main">
            {t("layout.skipToContent")}
          </a>
          <header class="site">
            <a class="brand" href="/">
              Blueprint
            </a>
            <nav aria-label={t("layout.mainNav")}>
              <a href="/framework">{t("layout.nav.framework")}</a> <a href="/commitments">{t("layout.nav.commitments")}</a>{" "}
              <a href="/countries">{t("layout.nav.countries")}</a> <a href="/compare">{t("layout.nav.compare")}</a>{" "}
              <a href="/data">{t("layout.nav.data")}</a> <a href="/developers">{t("layout.nav.api")}</a>
            </nav>
            <search class="site-search">
              <form method="get" action="/search">
                <label class="visually-hidden" for="site-q">
                  {t("layout.searchLabel")}
                </label>
                <input id="site-q" type="search" name="q" placeholder={t("layout.searchPlaceholder")} maxlength={500} />
                <button type="submit" class="secondary">
                  {t("layout.searchButton")}
                </button>
              </form>
            </search>
            <AccountNav />
            <LanguageSwitcher origin={origin} />
          </header>
          {crumbs.length ? (
            <nav aria-label={t("layout.breadcrumb")} class="crumbs">
              <ol>
                <li>
                  <a href="/">{t("layout.home")}</a>
                </li>
                {crumbs.map((c) => {
                  const lang = c.content === true ? en() : c.content || {};
                  return (
                    <li>
                      {c.href ? (
                        <a href={c.href} {...lang}>
                          {c.label}
                        </a>
                      ) : (
                        <span aria-current="page" {...lang}>
                          {c.label}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ol>
            </nav>
          ) : null}
          <main id="main" tabindex={-1}>
            {children}
          </main>
          <footer class="site">
            {json ? (
              <p>
                <a href={json}>{t("layout.asJson")}</a>
              </p>
            ) : null}
            <p>
              {t("layout.sourceBefore")}{" "}
              <cite lang="en">
                Ending Violence Against Women and Girls in Digital Contexts: A Blueprint to Translate Multilateral Commitments
                into Domestic Action
              </cite>{" "}
              {t("layout.sourceAfter")}
            </p>
            <p>
              <a href="/offline">{t("offline.title")}</a>
            </p>
          </footer>
        </body>
      </html>
    </>
  );
}

/**
 * Links to this same page (path and query) in every language. They are full
 * URLs, so the link localiser leaves them as they are; following one sets the
 * language cookie (i18n/locale.ts).
 */
function LanguageSwitcher({ origin }: { origin: string }) {
  const c = tryGetContext<AppEnv>();
  const current = currentLocale();
  const path = c?.req.path ?? "/";
  const query = c ? new URL(c.req.url).search : "";
  return (
    <nav aria-label={t("layout.languages")} class="languages">
      <ul>
        {LOCALES.map((l) => (
          <li>
            <a
              href={origin + localisedPath(path, l) + query}
              lang={l}
              hreflang={l}
              aria-current={l === current ? "true" : undefined}
            >
              {LOCALE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Sign in, or the signed-in person's links and a sign-out button (a POST form: no JavaScript needed). */
function AccountNav() {
  const c = tryGetContext<AppEnv>();
  const user = c?.get("actor")?.user;
  if (!user)
    return (
      <nav aria-label={t("layout.accountNav")} class="account">
        <a href="/sign-in">{t("layout.signIn")}</a>
      </nav>
    );
  return (
    <nav aria-label={t("layout.accountNav")} class="account">
      <a href="/account">{t("layout.account")}</a> {user.isSuperadmin ? <a href="/admin">{t("layout.admin")}</a> : null}{" "}
      <form class="inline" method="post" action="/sign-out">
        <CsrfField token={c?.get("csrfToken") ?? ""} />
        <button type="submit" class="secondary">
          {t("layout.signOut")}
        </button>
      </form>
    </nav>
  );
}
