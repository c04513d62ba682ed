/**
 * What the account-languages suites share: a seeded app with one organisation,
 * the signed-out form helpers (GET for the CSRF cookie and token, then POST),
 * and the checks that a page is in the reader's language and says a catalogue
 * message in it.
 */
import assert from "node:assert/strict";
import type { Hono } from "hono";
import type { Locale } from "../../src/i18n/locales";
import { type MessageValues, translate } from "../../src/i18n/translate";
import type { AppEnv } from "../../src/web/env";
import { makeOrganisation } from "./accounts";
import { seededApp, type TestDatabase } from "./databases";
import { englishLeftIn } from "./untranslated";

export const AREAS = ["account", "auth"];
export const FORM = "application/x-www-form-urlencoded";
export const ORG = "lang-account-org";

export const prefix = (l: Locale) => (l === "en" ? "" : `/${l}`);
export const htmlEscape = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
/** A catalogue message as a page shows it. */
export const shown = (l: Locale, key: string, values?: MessageValues) => htmlEscape(translate(l, key, values));
export const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]*)"/)?.[1] ?? "";

/** The page is in `l`: its lang and direction, and none of our English interface text left (English itself aside). */
export function assertInLanguage(html: string, l: Locale, where: string) {
  assert.ok(html.includes(`<html lang="${l}" dir="${l === "ar" ? "rtl" : "ltr"}">`), `${where}: lang and dir`);
  if (l !== "en") assert.deepEqual(englishLeftIn(html, l, AREAS), [], `${where}: English left`);
}

/** The page says `key` in `l`, and (outside English) not in English. */
export function assertSays(html: string, l: Locale, key: string, where: string, values?: MessageValues) {
  assert.ok(html.includes(shown(l, key, values)), `${where}: ${key} in ${l}`);
  if (l !== "en") assert.ok(!html.includes(shown("en", key, values)), `${where}: ${key} still in English`);
}

/** A moment as the account pages show it: compact in English, the reader's own format elsewhere. */
export function moment(l: Locale, iso: string): string {
  const time =
    l === "en"
      ? iso.replace("T", " ").slice(0, 16)
      : new Intl.DateTimeFormat(l, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso));
  return translate(l, "account.timeUtc", { time });
}

/** A seeded app over `database` with the suites' organisation, and no user yet (the setup link still works). */
export async function accountPagesApp(database: TestDatabase) {
  const seeded = await seededApp(database);
  await makeOrganisation(seeded.deps, ORG);
  return { app: seeded.app, deps: seeded.deps, cleanup: seeded.storage.cleanup };
}

/** Signed-out form helpers over the app `current()` gives (set in the suite's `before`). */
export function signedOutForms(current: () => Hono<AppEnv>) {
  /** What a browser does before posting a signed-out form: GET it for the CSRF cookie and token. */
  async function signedOutForm(path: string) {
    const res = await current().request(path);
    const html = await res.text();
    return { res, html, csrf: csrfOf(html), cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "" };
  }
  const post = (path: string, cookie: string, fields: Record<string, string>) =>
    current().request(path, {
      method: "POST",
      headers: { Cookie: cookie, "Content-Type": FORM },
      body: new URLSearchParams(fields),
    });
  return { signedOutForm, post };
}
