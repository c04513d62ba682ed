/**
 * A site to look at, set up as people would through the real server: the
 * first administrator (with two-factor), an open cycle, a civil-society
 * organisation for Kenya with the administrator as its admin and a
 * contributor, one evidence record of the organisation's own, and an
 * assessment the contributor sent for review. The demonstration data the
 * server loads on an empty database fills the public pages. Each person's
 * signed-in browser state is kept for the suites to open pages with.
 */
import assert from "node:assert/strict";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { assertAt, press } from "../e2e/pages";
import { e2eDatabases, type RunningServer } from "../e2e/server";
import { addPerson, createOrganisation, type Person, setPassword, setUpFirstAdministrator, submitSignIn } from "../e2e/steps";
import { DESKTOP } from "./checks";

export const ADMIN: Person = { name: "Achieng Otieno", email: "achieng@example.org", password: "jacaranda lake victoria" };
export const CONTRIBUTOR: Person = { name: "Wairimu Njoroge", email: "wairimu@example.org", password: "kilimanjaro tea sunrise" };
export const ORG = {
  name: "Kenya Women Online Safety Network",
  slug: "kwosn",
  kind: "Civil-society organisation",
  country: "Kenya",
};
export const CYCLE = { id: "2025", name: "2025 review", start: "2025-01-01", end: "2025-12-31", order: "1" };
/** Kenya has public evidence in the framework pack, so the editor offers records to link. */
export const COUNTRY = { iso3: "KEN", name: "Kenya" };
/** Sent for review during set-up: the reviewer's page. */
export const REVIEWED_ITEM = { id: "s02-o2", title: "Map gaps in laws, regulations and policies" };
/** Left unassessed: the editor as a contributor first sees it. */
export const OPEN_ITEM = { id: "s03-o1", title: "Add technology-facilitated abuse to regional and national action plans" };
export const EVIDENCE = {
  title: "Kenya Women Online Safety Network helpline log, 2025",
  summary: "Monthly counts of calls about online abuse, kept by the network; names removed.",
};

export const editorPath = (itemId: string) => `/orgs/${ORG.slug}/assess/${COUNTRY.iso3}/${CYCLE.id}/${itemId}`;

/** The database list of the e2e suites, narrowed to SQLite unless TEST_DATABASES names PostgreSQL. */
export function a11yDatabases() {
  const wanted = process.env.TEST_DATABASES?.split(",").map((s) => s.trim());
  return e2eDatabases().filter((d) => (wanted ? wanted.includes(d.name) : d.name === "sqlite"));
}

export type BrowserState = Awaited<ReturnType<BrowserContext["storageState"]>>;

export interface Site {
  server: RunningServer;
  admin: BrowserState;
  contributor: BrowserState;
  /** The organisation's own evidence record (visible to its members only). */
  evidenceId: string;
}

/**
 * Called on pages that only a one-time link opens (first-start setup, setting
 * a password) before the step uses them: the suite may look at them, in any
 * language, and leave the page anywhere.
 */
export type OneTimePage = (page: Page, name: string, path: string) => Promise<void>;

export async function newContext(browser: Browser, origin: string, state?: BrowserState): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: origin,
    viewport: DESKTOP,
    locale: "en-GB",
    ...(state ? { storageState: state } : {}),
  });
  context.setDefaultTimeout(15_000);
  return context;
}

const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;

export async function setUpSite(browser: Browser, server: RunningServer, oneTime?: OneTimePage): Promise<Site> {
  const adminContext = await newContext(browser, server.origin);
  const admin = await adminContext.newPage();
  await oneTime?.(admin, "first-start setup", pathOf(server.setupUrl));
  await setUpFirstAdministrator(admin, server.setupUrl, ADMIN);

  await admin.goto("/admin");
  await admin.getByLabel("Cycle short name").fill(CYCLE.id);
  await admin.getByLabel("Cycle name").fill(CYCLE.name);
  await admin.getByLabel("Period start").fill(CYCLE.start);
  await admin.getByLabel("Period end").fill(CYCLE.end);
  await admin.getByLabel("Order").fill(CYCLE.order);
  await press(admin, "Create cycle");
  await assertAt(admin, "/admin", "Site administration");

  await createOrganisation(admin, ORG);
  const link = await addPerson(admin, server.origin, ORG.slug, CONTRIBUTOR, "contributor");
  // The administrator joins as the organisation's admin, to review (an existing account gets no link).
  await admin.goto(`/orgs/${ORG.slug}`);
  await admin.getByLabel("Email address", { exact: true }).fill(ADMIN.email);
  await admin.getByLabel("Role", { exact: true }).selectOption("admin");
  await press(admin, "Add person");
  await assertAt(admin, `/orgs/${ORG.slug}`, ORG.name);

  const contributorContext = await newContext(browser, server.origin);
  const contributor = await contributorContext.newPage();
  await oneTime?.(contributor, "set password", pathOf(link));
  await setPassword(contributor, link, CONTRIBUTOR);
  await submitSignIn(contributor, CONTRIBUTOR);
  await assertAt(contributor, "/account", "Your account");

  // An organisation-only record, linked to the item that goes to review.
  await contributor.goto(`/orgs/${ORG.slug}/evidence/new?country=${COUNTRY.iso3}`);
  await contributor.getByLabel("Kind of evidence").selectOption("dataset");
  await contributor.getByLabel("Title", { exact: true }).first().fill(EVIDENCE.title);
  await contributor.getByLabel("Summary", { exact: true }).fill(EVIDENCE.summary);
  await contributor.getByRole("group", { name: "Who may see it" }).getByLabel("Organisation", { exact: true }).check();
  const source = contributor.getByRole("group", { name: "Source", exact: true });
  await source.getByLabel("Title", { exact: true }).fill("Helpline records");
  // Inside a closed <details>: a click event ticks it without opening the group.
  await contributor.locator(`input[name="links"][value="${REVIEWED_ITEM.id}"]`).dispatchEvent("click");
  await press(contributor, "Save evidence");
  await assertAt(contributor, `/orgs/${ORG.slug}/workspace?country=${COUNTRY.iso3}`, "Workspace");

  await contributor.goto(editorPath(REVIEWED_ITEM.id));
  await assertAt(contributor, editorPath(REVIEWED_ITEM.id), REVIEWED_ITEM.title);
  await contributor.getByLabel("Implementation status").selectOption({ label: "Planned" });
  await contributor.getByLabel("Narrative", { exact: true }).fill("A review of gaps in the laws is planned for 2026.");
  await contributor.locator("main input[name=confidence][value=low]").check();
  const own = contributor.getByRole("group", { name: "Evidence", exact: true }).getByLabel(EVIDENCE.title);
  const evidenceId = (await own.getAttribute("value")) ?? "";
  assert.ok(evidenceId, "the new record is offered in the editor");
  await own.check();
  await press(contributor, "Save draft");
  await press(contributor, "Send for review");
  await assertAt(contributor, `${editorPath(REVIEWED_ITEM.id)}?done=submit`, REVIEWED_ITEM.title);

  const site = {
    server,
    admin: await adminContext.storageState(),
    contributor: await contributorContext.storageState(),
    evidenceId,
  };
  await Promise.all([adminContext.close(), contributorContext.close()]);
  return site;
}
