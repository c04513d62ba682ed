import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { catalogues, loadCatalogue } from "./catalogue";
import { checkCatalogues } from "./catalogue-check";
import { LOCALES, type Locale } from "./locales";

describe("message catalogues", () => {
  test("every language has every key, every message parses, placeholders match English", () => {
    assert.deepEqual(checkCatalogues(catalogues()), []);
  });

  test("the check finds a missing key, a message that does not parse and a placeholder that differs", () => {
    const dir = mkdtempSync(join(tmpdir(), "bp-i18n-"));
    const write = (locale: Locale, messages: Record<string, string>) => {
      mkdirSync(join(dir, locale), { recursive: true });
      writeFileSync(join(dir, locale, "area.json"), JSON.stringify(messages));
    };
    write("en", { a: "{count, plural, one {# item} other {# items}}", b: "Hello {name}", c: "Plain" });
    write("fr", { a: "{count, plural, one {# élément} other {# éléments}}", b: "Bonjour {nom}", c: "Simple" });
    write("es", { a: "{count, plural, one {# elemento} other {# elementos}}", b: "Hola {name}" });
    write("ar", { a: "{count, plural, one {# عنصر} other {# عناصر}", b: "مرحبا {name}", c: "بسيط" });
    write("ru", { a: "{count, plural, one {# элемент} other {# элементов}}", b: "Привет {name}", c: "Просто" });
    write("zh", { a: "{count, plural, other {# 项}}", b: "你好 {name}", c: "简单", d: "extra" });
    const all = Object.fromEntries(LOCALES.map((l) => [l, loadCatalogue(l, dir)])) as Record<
      Locale,
      ReturnType<typeof loadCatalogue>
    >;
    const problems = checkCatalogues(all);
    assert.ok(problems.includes("es area.c: missing"), problems.join("\n"));
    assert.ok(
      problems.some((p) => p.startsWith("ar area.a: does not parse")),
      problems.join("\n"),
    );
    assert.ok(problems.includes("fr area.b: placeholders {nom:text} differ from English {name:text}"), problems.join("\n"));
    assert.ok(problems.includes("zh area.d: not in English (a key English no longer has)"), problems.join("\n"));
    assert.equal(problems.length, 4, problems.join("\n"));
  });
});
