/** The layering rules of docs/ARCHITECTURE.md, checked on the source itself. */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

const imports = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/^import[^"']*["']([^"']+)["']/gm)].map((m) => m[1] as string);

test("only src/storage imports database libraries", () => {
  const offenders = sources("src")
    .filter((f) => !f.startsWith(join("src", "storage")))
    .flatMap((f) =>
      imports(f)
        .filter((i) => /^(kysely|better-sqlite3|pg|@electric-sql\/pglite)(\/|$)/.test(i))
        .map((i) => `${f}: ${i}`),
    );
  assert.deepEqual(offenders, []);
});

test("the domain does no I/O and knows nothing of HTTP or SQL", () => {
  const offenders = sources(join("src", "domain"))
    .filter((f) => !f.endsWith(".test.ts"))
    .flatMap((f) =>
      imports(f)
        .filter((i) => /^(node:|hono|@hono|pino|yaml|commander)/.test(i) || /\/(storage|web|cli|packs)\//.test(i))
        .map((i) => `${f}: ${i}`),
    );
  assert.deepEqual(offenders, []);
});
