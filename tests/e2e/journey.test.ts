/**
 * The first journey through the real server in a real browser with JavaScript
 * off: the first administrator sets up the site and two-factor sign-in,
 * creates an organisation and adds a colleague, who sets a password from the
 * one-time link and signs in. Run once per database (SQLite; PostgreSQL too
 * when TEST_DATABASE_URL is set). Accessible locators (labels, roles, names)
 * double as a check that forms are labelled.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { after, describe, test } from "node:test";
import * as OTPAuth from "otpauth";
import type { Browser, Page } from "playwright-core";
import { browserTestOptions, launchBrowser } from "../support/browser";
import { assertAt, PageWatch, press, where } from "./pages";
import { e2eDatabases, type RunningServer, startServer } from "./server";

const ADMIN = { name: "Amina Admin", email: "amina@example.org", password: "violet tangerine harbour" };
const COLLEAGUE = { name: "Wanjiru Kamau", email: "wanjiru@example.org", password: "marula baobab sunrise" };
const ORG = { name: "Women Digital Rights Kenya", slug: "wdr-kenya" };
const RECOVERY_CODE = /^[a-z0-9]{5}-[a-z0-9]{5}$/;

/** Signed out, /account sends the visitor to sign in and come back. */
async function assertSignedOut(page: Page) {
  await page.goto("/account");
  await assertAt(page, "/sign-in?next=%2Faccount", "Sign in");
}

const skip = browserTestOptions();

for (const database of e2eDatabases()) {
  describe(`in a browser without JavaScript, on ${database.name}`, () => {
    // Started by the first test that needs them, so that a missing browser on
    // CI fails each test with its own message, and a skip starts nothing.
    let started: Promise<{ browser: Browser; server: RunningServer }> | undefined;
    const start = () => {
      started ??= launchBrowser().then(async (browser) => {
        try {
          return { browser, server: await startServer(database) };
        } catch (e) {
          await browser.close();
          throw e;
        }
      });
      return started;
    };
    after(async () => {
      const running = await started?.catch(() => undefined);
      await running?.browser.close();
      await running?.server.stop();
    });
    let colleagueCanSignIn = false;

    test("the first administrator sets up the site and a colleague signs in", { ...skip, timeout: 180_000 }, async (t) => {
      const { browser, server } = await start();
      const began = performance.now();
      const watch = new PageWatch();

      // The administrator, in their own browser.
      const { context: adminContext, page } = await watch.open(browser, server.origin);

      const setup = await page.goto(server.setupUrl);
      assert.equal(setup?.status(), 200);
      await assertAt(page, new URL(server.setupUrl).pathname + new URL(server.setupUrl).search, "Create the first administrator");
      await page.getByLabel("Your name").fill(ADMIN.name);
      await page.getByLabel("Email address").fill(ADMIN.email);
      await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
      await page.getByLabel("The same password again").fill(ADMIN.password);
      await press(page, "Create administrator");

      // Two-factor enrolment is required before anything else.
      await assertAt(page, "/account/two-factor?required=1", "Set up two-factor sign-in");
      await page.getByRole("status").filter({ hasText: "Your role needs two-factor sign-in" }).waitFor();
      const qr = page.locator(".qr svg");
      const box = await qr.boundingBox();
      assert.ok(box && box.width >= 100 && box.height >= 100, `QR code too small or missing: ${JSON.stringify(box)}`);
      mkdirSync("tmp", { recursive: true });
      await page.screenshot({ path: `tmp/e2e-two-factor-${database.name}.png`, fullPage: true });
      await page.goto("/admin");
      assert.equal(where(page), "/account/two-factor?required=1", "admin pages must wait for two-factor enrolment");

      const key = ((await page.getByText(/^Key:/).locator("code").textContent()) ?? "").replace(/\s+/g, "");
      assert.match(key, /^[A-Z2-7]{16,}$/);
      const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(key) }).generate();
      await page.getByLabel("Code from the app").fill(code);
      await press(page, "Turn on two-factor sign-in");

      await assertAt(page, "/account/two-factor", "Two-factor sign-in is on");
      const codes = await page.getByRole("listitem").filter({ hasText: RECOVERY_CODE }).allInnerTexts();
      assert.equal(codes.length, 10, `recovery codes: ${codes.join(", ")}`);
      assert.equal(new Set(codes).size, 10, "recovery codes must differ");
      await press(page, "Continue to your account", "link");
      await assertAt(page, "/account", "Your account");

      // An organisation, then a colleague in it.
      await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Admin" }).click();
      await page.waitForURL("**/admin");
      await assertAt(page, "/admin", "Site administration");
      await page.getByLabel("Organisation name").fill(ORG.name);
      await page.getByLabel("Short name for web addresses").fill(ORG.slug);
      await page.getByLabel("Kind of organisation").selectOption({ label: "Civil-society organisation" });
      await page.getByLabel("Country").selectOption({ label: "Kenya" });
      await press(page, "Create organisation");

      await assertAt(page, `/orgs/${ORG.slug}`, ORG.name);
      await page.getByLabel("Name", { exact: true }).fill(COLLEAGUE.name);
      await page.getByLabel("Email address", { exact: true }).fill(COLLEAGUE.email);
      await page.getByLabel("Role", { exact: true }).selectOption("contributor");
      await press(page, "Add person");

      await assertAt(page, `/orgs/${ORG.slug}/members`, "Person added");
      await page
        .getByRole("status")
        .filter({ hasText: `Give this one-time link to ${COLLEAGUE.email}` })
        .waitFor();
      const link = ((await page.getByRole("main").locator("code.link").textContent()) ?? "").trim();
      assert.match(link, new RegExp(`^${server.origin}/set-password\\?token=[\\w-]+$`));

      await press(page, "Sign out");
      assert.equal(where(page), "/");
      await assertSignedOut(page);
      await adminContext.close();

      // The colleague, in another browser.
      const { context: colleague, page: theirs } = await watch.open(browser, server.origin);

      assert.equal((await theirs.goto(link))?.status(), 200);
      await assertAt(theirs, new URL(link).pathname + new URL(link).search, "Set your password");
      await theirs.getByText(`For ${COLLEAGUE.email}`).waitFor();
      await theirs.getByLabel("Password", { exact: true }).fill(COLLEAGUE.password);
      await theirs.getByLabel("The same password again").fill(COLLEAGUE.password);
      await press(theirs, "Set password");

      await assertAt(theirs, "/sign-in?next=/account", "Sign in");
      await theirs.getByLabel("Email address").fill(COLLEAGUE.email);
      await theirs.getByLabel("Password", { exact: true }).fill(COLLEAGUE.password);
      await press(theirs, "Sign in");

      await assertAt(theirs, "/account", "Your account");
      colleagueCanSignIn = true;
      const membership = theirs.getByRole("listitem").filter({ has: theirs.getByRole("link", { name: ORG.name }) });
      assert.match((await membership.textContent()) ?? "", /contributor/);
      const session = (await colleague.cookies()).find((c) => c.name === "bp_session");
      assert.ok(session?.httpOnly, "the session cookie must be HttpOnly");
      assert.notEqual(session?.sameSite, "None");

      await press(theirs, "Sign out");
      assert.equal(where(theirs), "/");
      await assertSignedOut(theirs);
      const reused = await theirs.goto(link);
      assert.ok(reused && reused.status() >= 400 && reused.status() < 500, `a used link must not work (${reused?.status()})`);
      await colleague.close();

      watch.assertClean();
      assert.deepEqual(server.errors(), []);
      t.diagnostic(`journey: ${Math.round(performance.now() - began)} ms, ${watch.documents} documents checked`);
    });

    test("a wrong password shows the error summary and does not sign in", { ...skip, timeout: 120_000 }, async () => {
      const { browser, server } = await start();
      assert.ok(colleagueCanSignIn, "needs the colleague account that the journey above creates");
      const watch = new PageWatch();
      const { context, page } = await watch.open(browser, server.origin);

      await page.goto("/sign-in");
      await page.getByLabel("Email address").fill(COLLEAGUE.email);
      await page.getByLabel("Password", { exact: true }).fill("not the right password");
      const answer = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in");
      await press(page, "Sign in");
      assert.equal((await answer).status(), 400);

      await assertAt(page, "/sign-in", "Sign in");
      const summary = page.getByRole("alert", { name: "There is a problem" });
      assert.match((await summary.textContent()) ?? "", /The email address or password is not right/);
      // The summary sits at the top of the form it is about, inside the main content.
      const form = page.locator("main form[action='/sign-in']");
      assert.equal(await page.locator("main .error-summary + form[action='/sign-in']").count(), 1);
      for (const link of await summary.getByRole("link").all()) {
        const href = (await link.getAttribute("href")) ?? "";
        assert.equal(await form.locator(href).count(), 1, `summary link ${href} must point to a field of the form`);
      }
      assert.equal(await page.getByLabel("Email address").inputValue(), COLLEAGUE.email, "the email is kept");
      assert.equal(await page.getByLabel("Password", { exact: true }).inputValue(), "", "the password is not sent back");

      assert.equal(
        (await context.cookies()).find((c) => c.name === "bp_session"),
        undefined,
        "no session after a failure",
      );
      await assertSignedOut(page);

      // The right password still works: the account was not locked by one mistake.
      await page.getByLabel("Email address").fill(COLLEAGUE.email);
      await page.getByLabel("Password", { exact: true }).fill(COLLEAGUE.password);
      await press(page, "Sign in");
      await assertAt(page, "/account", "Your account");
      await context.close();

      watch.assertClean();
      assert.deepEqual(server.errors(), []);
    });
  });
}
