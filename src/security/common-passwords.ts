import { readFileSync } from "node:fs";
import { join } from "node:path";

let cached: Set<string> | undefined;

/** The shipped list of common passwords (data/reference/common-passwords.txt), loaded once. */
export function commonPasswords(file = join(process.cwd(), "data/reference/common-passwords.txt")): ReadonlySet<string> {
  cached ??= new Set(
    readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l && !l.startsWith("#")),
  );
  return cached;
}
