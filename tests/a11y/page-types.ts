/**
 * One example of every page type, for the accessibility scan: the public
 * pages (those of scripts/bench-pages.ts and tests/http/pages.test.ts, plus
 * the assessment, scorecard, map, comparison, methodology, open data, search,
 * sign-in and error pages) and the signed-in ones (account, two-factor,
 * tokens, organisation, members, audit logs, site administration, workspace,
 * editor, evidence, link suggestions, review, translations, the import screen
 * and its preview, report drafts). Paths are English; a locale
 * prefix (`/ar`) is put in front. Pages that only a form answers are reached
 * by filling the form in, found by field names rather than labels so that
 * they work in every language.
 */
import type { Page } from "playwright-core";
import { ADMIN, type BrowserState, COUNTRY, CYCLE, editorPath, OPEN_ITEM, ORG, REVIEWED_ITEM, type Site } from "./site";

export type Who = "anonymous" | "admin" | "contributor";

export interface PageType {
  name: string;
  who: Who;
  /** The status the page answers with. */
  status?: number;
  /** A path to open, or the steps that reach the page (from a blank page, with the prefix). */
  path?: string;
  reach?: (page: Page, prefix: string) => Promise<unknown>;
  /** A browser of its own: the steps change the session. */
  ownContext?: boolean;
  /** Parts of the page that are not ours, left out of the axe scan (and listed as a known gap). */
  exclude?: string[];
  /** Only in English (the page is not translated by design). */
  englishOnly?: boolean;
}

/** A root path in a language: `/` → `/ar/`, `/framework` → `/ar/framework`. */
export const inLocale = (path: string, prefix: string) => (prefix && path === "/" ? `${prefix}/` : prefix + path);

/** Submits the form that holds `field` by pressing Enter in it. */
async function enterIn(page: Page, selector: string) {
  await Promise.all([page.waitForEvent("load"), page.locator(selector).first().press("Enter")]);
}

const SUGGEST_TEXT =
  "The Computer Misuse and Cybercrimes Act makes cyber harassment and the sharing of intimate images without consent offences; " +
  "the national action plan on gender-based violence will add technology-facilitated abuse.";

/** An assessments file with a problem in every row: the import preview lists each by row and column. */
const BAD_IMPORT = Buffer.from(
  "country_iso3,item_id,status,narrative\nKEN,s02-o2,not-a-status,A\nKEN,no-such-item,planned,B\n",
  "utf8",
);

export function publicPageTypes(assessmentPath: string): PageType[] {
  const paths: [string, string][] = [
    ["home", "/"],
    ["framework", "/framework"],
    ["commitments index", "/commitments"],
    ["instruments index", "/instruments"],
    ["factors index", "/factors"],
    ["forms of abuse index", "/forms-of-abuse"],
    ["approach categories index", "/approach-categories"],
    ["legislative approaches index", "/legislative-approaches"],
    ["strategy", "/strategies/s02"],
    ["option", "/options/s02-o2"],
    ["instrument", "/instruments/hrc-res-38-5"],
    ["commitment", "/commitments/hrc-38-5-c01"],
    ["factor", "/factors/justice-accountability"],
    ["form of abuse", "/forms-of-abuse/non-consensual-intimate-images"],
    ["approach category", "/approach-categories/existing-tools"],
    ["legislative approach", "/legislative-approaches/cybercrime-online-safety-law"],
    ["countries index", "/countries"],
    ["countries filtered", "/countries?region=002&evidence=yes"],
    ["country (most evidence)", "/countries/AUS"],
    ["country without evidence", "/countries/FRA"],
    ["evidence", "/evidence/aus-online-safety-act-2021"],
    ["assessment", assessmentPath],
    ["scorecard", "/countries/AUS/scorecard"],
    ["map", "/map"],
    ["compare", "/compare"],
    ["methodology", "/methodology"],
    ["open data", "/data"],
    ["API reference", "/developers"],
    ["search with results", "/search?q=violence"],
    ["search filtered", "/search?q=violence&type=commitment"],
    ["sign-in", "/sign-in"],
  ];
  return [
    ...paths.map(([name, path]): PageType => ({ name, who: "anonymous", path })),
    { name: "error 404", who: "anonymous", path: "/no-such-page", status: 404 },
    {
      name: "sign-in refused (error summary)",
      who: "anonymous",
      status: 400,
      reach: async (page, prefix) => {
        await page.goto(inLocale("/sign-in", prefix));
        await page.locator("main [name=email]").fill("nobody@example.org");
        await page.locator("main [name=password]").fill("not a password of anyone");
        await enterIn(page, "main [name=password]");
      },
    },
    {
      name: "sign-in, two-factor code",
      who: "anonymous",
      ownContext: true,
      reach: async (page, prefix) => {
        await page.goto(inLocale("/sign-in", prefix));
        await page.locator("main [name=email]").fill(ADMIN.email);
        await page.locator("main [name=password]").fill(ADMIN.password);
        await enterIn(page, "main [name=password]");
        await page.locator("main [name=code]").waitFor();
      },
    },
    {
      // Swagger UI draws the page with its own markup: only our part is held to zero violations.
      name: "API docs",
      who: "anonymous",
      englishOnly: true,
      exclude: ["#swagger-ui"],
      reach: async (page) => {
        await page.goto("/api/docs");
        await page.locator("#swagger-ui .opblock").first().waitFor();
      },
    },
  ];
}

export function signedInPageTypes(site: Site): PageType[] {
  const org = `/orgs/${ORG.slug}`;
  const paths: [string, Who, string][] = [
    ["home, signed in", "contributor", "/"],
    ["account", "contributor", "/account"],
    ["two-factor set-up", "contributor", "/account/two-factor"],
    ["two-factor on", "admin", "/account/two-factor"],
    ["organisation", "admin", org],
    ["organisation audit log", "admin", `${org}/audit`],
    ["site administration", "admin", "/admin"],
    ["site audit log", "admin", "/admin/audit"],
    ["workspace chooser", "contributor", `${org}/workspace`],
    ["workspace list", "contributor", `${org}/workspace?country=${COUNTRY.iso3}&cycle=${CYCLE.id}`],
    ["assessment editor", "contributor", editorPath(OPEN_ITEM.id)],
    ["review", "admin", editorPath(REVIEWED_ITEM.id)],
    ["evidence form", "contributor", `${org}/evidence/new?country=${COUNTRY.iso3}`],
    ["evidence record (organisation only)", "contributor", `${org}/evidence/${site.evidenceId}`],
    ["translations to do", "contributor", "/translate"],
    ["translation editor", "contributor", `/translate/evidence/${site.evidenceId}/fr`],
    ["import screen", "contributor", `${org}/import`],
    ["report drafts", "contributor", `${org}/reports`],
    ["new report draft", "contributor", `${org}/reports/new`],
  ];
  return [
    ...paths.map(([name, who, path]): PageType => ({ name, who, path })),
    {
      name: "token created",
      who: "contributor",
      status: 201,
      reach: async (page, prefix) => {
        await page.goto(inLocale("/account", prefix));
        await page.locator("form[action$='/account/tokens'] [name=name]").fill(`a11y ${prefix || "en"}`);
        await enterIn(page, "form[action$='/account/tokens'] [name=name]");
      },
    },
    {
      name: "person added (members)",
      who: "admin",
      reach: async (page, prefix) => {
        await page.goto(inLocale(org, prefix));
        const form = `form[action$='${org}/members']`;
        await page.locator(`${form} [name=displayName]`).fill(`Colleague ${prefix || "en"}`);
        await page.locator(`${form} [name=email]`).fill(`colleague-${prefix.slice(1) || "en"}@example.org`);
        await enterIn(page, `${form} [name=email]`);
      },
    },
    {
      name: "evidence form refused (error summary)",
      who: "contributor",
      status: 400,
      reach: async (page, prefix) => {
        await page.goto(inLocale(`${org}/evidence/new?country=${COUNTRY.iso3}`, prefix));
        await enterIn(page, "main [name=title]");
      },
    },
    {
      name: "import preview with problems",
      who: "contributor",
      reach: async (page, prefix) => {
        await page.goto(inLocale(`${org}/import`, prefix));
        await page
          .locator("main [name=file]")
          .setInputFiles({ name: "assessments.csv", mimeType: "text/csv", buffer: BAD_IMPORT });
        await Promise.all([page.waitForEvent("load"), page.locator("main form[enctype] button[type=submit]").click()]);
        await page.locator("main .error-summary").waitFor();
      },
    },
    {
      name: "report refused: nothing published (error summary)",
      who: "contributor",
      status: 400,
      reach: async (page, prefix) => {
        // France: nothing of the organisation's is published there, whatever the other steps publish meanwhile.
        await page.goto(inLocale(`${org}/reports/new`, prefix));
        await page.locator("main [name=country]").selectOption("FRA");
        await enterIn(page, "main [name=wordLimit]");
        await page.locator("main .error-summary").waitFor();
      },
    },
    {
      // A report needs a published assessment: the admin publishes the one sent for review (once), then starts a draft.
      name: "report draft over its word limit",
      who: "admin",
      reach: async (page, prefix) => {
        await page.goto(inLocale(editorPath(REVIEWED_ITEM.id), prefix));
        const publish = page.locator("main form[action$='/publish'] button[type=submit]");
        if (await publish.count()) await Promise.all([page.waitForEvent("load"), publish.click()]);
        await page.goto(inLocale(`${org}/reports/new`, prefix));
        await page.locator("main [name=wordLimit]").fill("50");
        await enterIn(page, "main [name=wordLimit]");
        await page.locator("main [name=executiveSummary]").waitFor();
      },
    },
    {
      name: "link suggestions step",
      who: "contributor",
      reach: async (page, prefix) => {
        await page.goto(inLocale(`${org}/evidence/new?country=${COUNTRY.iso3}`, prefix));
        await page.locator("main [name=suggestText]").fill(SUGGEST_TEXT);
        await Promise.all([page.waitForEvent("load"), page.locator("main button[formaction$='/suggest']").click()]);
        await page.locator("main [name=accept]").first().waitFor();
      },
    },
  ];
}

/** The browser state each kind of visitor opens pages with. */
export const stateOf = (site: Site, who: Who): BrowserState | undefined =>
  who === "anonymous" ? undefined : who === "admin" ? site.admin : site.contributor;
