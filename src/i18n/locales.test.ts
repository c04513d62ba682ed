import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { localisedPath, negotiateLocale, splitLocale } from "./locales";
import { formatDate, translate } from "./translate";

describe("locales", () => {
  test("the language comes off the front of the path", () => {
    assert.deepEqual(splitLocale("/fr/framework"), { locale: "fr", path: "/framework", prefixed: true });
    assert.deepEqual(splitLocale("/ar"), { locale: "ar", path: "/", prefixed: true });
    assert.deepEqual(splitLocale("/ar/"), { locale: "ar", path: "/", prefixed: true });
    assert.deepEqual(splitLocale("/framework"), { locale: "en", path: "/framework", prefixed: false });
    assert.deepEqual(splitLocale("/frameworks"), { locale: "en", path: "/frameworks", prefixed: false });
    assert.deepEqual(splitLocale("/en/framework"), { locale: "en", path: "/en/framework", prefixed: false });
    assert.deepEqual(splitLocale("/de/x"), { locale: "en", path: "/de/x", prefixed: false });
  });

  test("and goes back on", () => {
    assert.equal(localisedPath("/", "fr"), "/fr/");
    assert.equal(localisedPath("/countries/KEN?x=1", "zh"), "/zh/countries/KEN?x=1");
    assert.equal(localisedPath("/countries", "en"), "/countries");
  });

  test("Accept-Language picks the best language we have", () => {
    assert.equal(negotiateLocale("fr-CH, fr;q=0.9, en;q=0.8"), "fr");
    assert.equal(negotiateLocale("de-DE, es;q=0.5, en;q=0.7"), "en");
    assert.equal(negotiateLocale("zh-Hant-TW"), "zh");
    assert.equal(negotiateLocale("en;q=0, ar"), "ar");
    assert.equal(negotiateLocale("de, it"), undefined);
    assert.equal(negotiateLocale(undefined), undefined);
  });

  test("messages format with plurals in each language, and an unknown key throws", () => {
    assert.equal(translate("en", "layout.skipToContent"), "Skip to content");
    assert.throws(() => translate("fr", "layout.noSuchKey"), /No message "layout.noSuchKey"/);
    assert.equal(formatDate("en", "2026-03-08"), "March 8, 2026");
    assert.equal(formatDate("fr", "2026-03-08"), "8 mars 2026");
  });
});
