/**
 * Steps that browser journeys share: setting up the site, creating
 * organisations, adding people and passing on their one-time links, setting a
 * password, enrolling two-factor and signing in and out. Each step uses
 * accessible locators (labels, roles, names), as the journeys do, and asserts
 * the page it ends on.
 */
import assert from "node:assert/strict";
import * as OTPAuth from "otpauth";
import type { Page } from "playwright-core";
import { assertAt, press, where } from "./pages";

export interface Person {
  name: string;
  email: string;
  password: string;
}

const RECOVERY_CODE = /^[a-z0-9]{5}-[a-z0-9]{5}$/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An authenticator app for one account. The server accepts a code for the
 * current 30-second step or the one on either side, and each step once only
 * (a replayed or older step is refused). So each code is for the earliest
 * step it will take that is after the last one used: the one before the
 * current step while more than a few seconds of the current step are left
 * (the server still takes it then), else the current one or the next; when
 * even the next one is used, it waits for time to catch up. Three sign-ins in
 * a row thus need no wait.
 */
export class Authenticator {
  private readonly totp: OTPAuth.TOTP;
  private last = Number.NEGATIVE_INFINITY;

  constructor(key: string) {
    this.totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(key) });
  }

  async code(): Promise<string> {
    const periodMs = this.totp.period * 1000;
    for (;;) {
      const now = this.totp.counter();
      const earliest = OTPAuth.TOTP.remaining({ period: this.totp.period }) > 5000 ? now - 1 : now;
      const step = Math.max(earliest, this.last + 1);
      if (step <= now + 1) {
        this.last = step;
        return this.totp.generate({ timestamp: step * periodMs });
      }
      await sleep((step - 1) * periodMs - Date.now() + 50);
    }
  }
}

/** The first-start link: the first administrator's account, then the two-factor enrolment it requires. */
export async function setUpFirstAdministrator(page: Page, setupUrl: string, admin: Person): Promise<Authenticator> {
  const setup = await page.goto(setupUrl);
  assert.equal(setup?.status(), 200);
  const url = new URL(setupUrl);
  await assertAt(page, url.pathname + url.search, "Create the first administrator");
  await page.getByLabel("Your name").fill(admin.name);
  await page.getByLabel("Email address").fill(admin.email);
  await page.getByLabel("Password", { exact: true }).fill(admin.password);
  await page.getByLabel("The same password again").fill(admin.password);
  await press(page, "Create administrator");
  await assertAt(page, "/account/two-factor?required=1", "Set up two-factor sign-in");
  await page.getByRole("status").filter({ hasText: "Your role needs two-factor sign-in" }).waitFor();
  return enrolTwoFactor(page);
}

/**
 * On the enrolment page: reads the key shown beside the QR code, turns
 * two-factor on with a code from it, checks the ten recovery codes and goes on
 * to the account page. Returns the authenticator for later sign-ins.
 */
export async function enrolTwoFactor(page: Page): Promise<Authenticator> {
  const key = ((await page.getByText(/^Key:/).locator("code").textContent()) ?? "").replace(/\s+/g, "");
  assert.match(key, /^[A-Z2-7]{16,}$/);
  const app = new Authenticator(key);
  await page.getByLabel("Code from the app").fill(await app.code());
  await press(page, "Turn on two-factor sign-in");
  await assertAt(page, "/account/two-factor", "Two-factor sign-in is on");
  const codes = await page.getByRole("listitem").filter({ hasText: RECOVERY_CODE }).allInnerTexts();
  assert.equal(new Set(codes).size, 10, `recovery codes: ${codes.join(", ")}`);
  await press(page, "Continue to your account", "link");
  await assertAt(page, "/account", "Your account");
  return app;
}

export interface NewOrganisation {
  name: string;
  slug: string;
  /** The label of the kind in the form, e.g. "Civil-society organisation". */
  kind: string;
  /** The country's name as the form lists it, or undefined for none. */
  country?: string;
}

/** On /admin (a site administrator): creates the organisation and ends on its page. */
export async function createOrganisation(page: Page, org: NewOrganisation): Promise<void> {
  await page.goto("/admin");
  await assertAt(page, "/admin", "Site administration");
  await page.getByLabel("Organisation name").fill(org.name);
  await page.getByLabel("Short name for web addresses").fill(org.slug);
  await page.getByLabel("Kind of organisation").selectOption({ label: org.kind });
  if (org.country) await page.getByLabel("Country").selectOption({ label: org.country });
  await press(page, "Create organisation");
  await assertAt(page, `/orgs/${org.slug}`, org.name);
}

/** An organisation admin adds a person with a role; returns the one-time link to pass on. */
export async function addPerson(page: Page, origin: string, orgSlug: string, person: Person, role: string): Promise<string> {
  if (where(page) !== `/orgs/${orgSlug}`) await page.goto(`/orgs/${orgSlug}`);
  await page.getByLabel("Name", { exact: true }).fill(person.name);
  await page.getByLabel("Email address", { exact: true }).fill(person.email);
  await page.getByLabel("Role", { exact: true }).selectOption(role);
  await press(page, "Add person");
  await assertAt(page, `/orgs/${orgSlug}/members`, "Person added");
  await page
    .getByRole("status")
    .filter({ hasText: `Give this one-time link to ${person.email}` })
    .waitFor();
  const link = ((await page.getByRole("main").locator("code.link").textContent()) ?? "").trim();
  assert.match(link, new RegExp(`^${origin}/set-password\\?token=[\\w-]+$`));
  return link;
}

/** Opens a one-time link and sets the password; ends on the sign-in page. */
export async function setPassword(page: Page, link: string, person: Person): Promise<void> {
  assert.equal((await page.goto(link))?.status(), 200);
  const url = new URL(link);
  await assertAt(page, url.pathname + url.search, "Set your password");
  await page.getByText(`For ${person.email}`).waitFor();
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByLabel("The same password again").fill(person.password);
  await press(page, "Set password");
  await assertAt(page, "/sign-in?next=/account", "Sign in");
}

/** Fills the sign-in form on the current page, and the code when two-factor is on. Ends where the form sends them. */
export async function submitSignIn(page: Page, person: Person, app?: Authenticator): Promise<void> {
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await press(page, "Sign in");
  if (!app) return;
  assert.equal(new URL(page.url()).pathname, "/sign-in/two-factor", `a code is asked for, not ${where(page)}`);
  await page.getByLabel("Code", { exact: true }).fill(await app.code());
  await press(page, "Continue");
}

/**
 * Signs in from the sign-in page and ends on `next` (a page with h1 `h1`).
 * Without two-factor, the sign-in itself must lead there. With it, the code
 * form currently loses `next` (it posts to /sign-in/two-factor without the
 * query) and the server sends the person to /account: then this goes on to
 * `next` as the person would, and returns where they were sent instead, for
 * the journey to report. Undefined when they were sent to `next`.
 */
export async function signIn(
  page: Page,
  person: Person,
  next: string,
  h1: string,
  app?: Authenticator,
): Promise<string | undefined> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await assertAt(page, `/sign-in?next=${encodeURIComponent(next)}`, "Sign in");
  await submitSignIn(page, person, app);
  const landed = where(page);
  if (app && landed !== next) {
    await assertAt(page, "/account", "Your account");
    await page.goto(next);
  }
  await assertAt(page, next, h1);
  return landed === next ? undefined : landed;
}

/** The sign-out button in the header; ends on the home page, signed out. */
export async function signOut(page: Page): Promise<void> {
  await press(page, "Sign out");
  assert.equal(where(page), "/");
  await page.goto("/account");
  await assertAt(page, "/sign-in?next=%2Faccount", "Sign in");
}
