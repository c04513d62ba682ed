/** The page shell: landmarks, skip link, breadcrumbs, canonical and JSON links. No script. */
import { tryGetContext } from "hono/context-storage";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { AppEnv } from "../env";
import { CsrfField } from "../forms";
import { stylesheet } from "../static/stylesheet";

export interface Crumb {
  label: string;
  href?: string;
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
  return (
    <>
      {raw("<!doctype html>")}
      <html lang="en" dir="ltr">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · Blueprint`}</title>
          {description ? <meta name="description" content={description} /> : null}
          <link rel="canonical" href={origin + path} />
          {json ? <link rel="alternate" type="application/json" href={json} /> : null}
          <link rel="stylesheet" href={stylesheet.path} />
          {/* No favicon: saying so here spares every page a request for /favicon.ico. */}
          <link rel="icon" href="data:," />
        </head>
        <body>
          <a class="skip" href="#main">
            Skip to content
          </a>
          <header class="site">
            <a class="brand" href="/">
              Blueprint
            </a>
            <nav aria-label="Main">
              <a href="/framework">Framework</a> <a href="/commitments">Commitments</a> <a href="/countries">Countries</a>{" "}
              <a href="/compare">Compare</a> <a href="/data">Open data</a> <a href="/api/docs">API</a>
            </nav>
            <search class="site-search">
              <form method="get" action="/search">
                <label class="visually-hidden" for="site-q">
                  Search Blueprint
                </label>
                <input id="site-q" type="search" name="q" placeholder="Search" maxlength={500} />
                <button type="submit" class="secondary">
                  Search
                </button>
              </form>
            </search>
            <AccountNav />
          </header>
          {crumbs.length ? (
            <nav aria-label="Breadcrumb" class="crumbs">
              <ol>
                <li>
                  <a href="/">Home</a>
                </li>
                {crumbs.map((c) => (
                  <li>{c.href ? <a href={c.href}>{c.label}</a> : <span aria-current="page">{c.label}</span>}</li>
                ))}
              </ol>
            </nav>
          ) : null}
          <main id="main">{children}</main>
          <footer class="site">
            {json ? (
              <p>
                <a href={json}>This page as JSON</a>
              </p>
            ) : null}
            <p>
              Content from{" "}
              <cite>
                Ending Violence Against Women and Girls in Digital Contexts: A Blueprint to Translate Multilateral Commitments
                into Domestic Action
              </cite>{" "}
              (Stimson Center, 2023), in Blueprint's own words except where quoted.
            </p>
          </footer>
        </body>
      </html>
    </>
  );
}

/** Sign in, or the signed-in person's links and a sign-out button (a POST form: no JavaScript needed). */
function AccountNav() {
  const c = tryGetContext<AppEnv>();
  const user = c?.get("actor")?.user;
  if (!user)
    return (
      <nav aria-label="Account" class="account">
        <a href="/sign-in">Sign in</a>
      </nav>
    );
  return (
    <nav aria-label="Account" class="account">
      <a href="/account">Account</a> {user.isSuperadmin ? <a href="/admin">Admin</a> : null}{" "}
      <form class="inline" method="post" action="/sign-out">
        <CsrfField token={c?.get("csrfToken") ?? ""} />
        <button type="submit" class="secondary">
          Sign out
        </button>
      </form>
    </nav>
  );
}
