/**
 * Headless Chromium for the browser tests: Debian's package, never a
 * downloaded browser. Without it the tests are skipped with a message, except
 * on CI (CI=true), where a missing browser fails the run instead of hiding it.
 * BLUEPRINT_CHROMIUM points at another executable (or a missing one, to check
 * the skip).
 */
import { accessSync, constants } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_MISSING = "Chromium is not installed (apt-get install -y chromium); browser tests skipped";

export function chromiumPath(): string {
  return process.env.BLUEPRINT_CHROMIUM || "/usr/bin/chromium";
}

/** True when the Chromium executable exists and may be run. */
export function browserAvailable(): boolean {
  try {
    accessSync(chromiumPath(), constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onCi = () => process.env.CI === "true";

/**
 * Options for a browser test or suite: `skip` with the message when Chromium
 * is missing, nothing when it is there or on CI (where launchBrowser then fails).
 */
export function browserTestOptions(): { skip?: string } {
  return browserAvailable() || onCi() ? {} : { skip: CHROMIUM_MISSING };
}

export async function launchBrowser(): Promise<Browser> {
  if (!browserAvailable())
    throw new Error(
      `Chromium is not installed at ${chromiumPath()} (apt-get install -y chromium); CI=true, so browser tests fail instead of being skipped`,
    );
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
