import assert from "node:assert/strict";
import { test } from "node:test";
import { evidenceFields, frameworkItemFields } from "./fields";
import { normaliseLanguage, sameLanguage } from "./languages";
import { ContentTranslations, localised, type Translatable } from "./reader";
import { sourceHash } from "./source-hash";
import type { ContentTranslation } from "./types";

const ref = { type: "evidence" as const, id: "e1" };
const translation = (over: Partial<ContentTranslation>): ContentTranslation => ({
  entityType: "evidence",
  entityId: "e1",
  field: "title",
  locale: "fr",
  text: "Loi sur la traque",
  sourceHash: sourceHash("Stalking law"),
  translatedBy: null,
  updatedAt: "2026-01-01T00:00:00.000Z",
  ...over,
});

test("a field reads as its translation, out of date once the original changed, else as the original", () => {
  const entity: Translatable = {
    ref,
    lang: "en",
    fields: { title: "Stalking law", summary: "Makes stalking a crime." },
    translations: [
      translation({}),
      translation({ field: "summary", locale: "es", text: "Tipifica el acoso.", sourceHash: "old" }),
    ],
  };
  assert.deepEqual(localised(entity, "title", "fr"), {
    text: "Loi sur la traque",
    lang: "fr",
    translated: true,
    outdated: false,
  });
  assert.deepEqual(localised(entity, "summary", "es"), {
    text: "Tipifica el acoso.",
    lang: "es",
    translated: true,
    outdated: true,
  });
  assert.deepEqual(localised(entity, "summary", "fr"), {
    text: "Makes stalking a crime.",
    lang: "en",
    translated: false,
    outdated: false,
  });
  assert.equal(localised(entity, "title", "en").text, "Stalking law", "the original's own language reads the original");
  assert.equal(
    localised({ ...entity, lang: "fr-CA" }, "title", "fr").text,
    "Stalking law",
    "a regional tag is the same language",
  );
  const page = new ContentTranslations(
    { languages: new Map([["evidence:e1", "en"]]), translations: [...entity.translations] },
    "fr",
  );
  assert.equal(page.text(ref, "title", "Stalking law").text, "Loi sur la traque");
  assert.equal(page.text(ref, "title", "Stalking law (amended)").outdated, true);
  assert.equal(page.languageOf({ type: "evidence", id: "unknown" }), "en");
});

test("the source hash ignores line endings and surrounding space, and nothing else", () => {
  assert.equal(sourceHash("a\r\nb "), sourceHash("a\nb"));
  assert.notEqual(sourceHash("a b"), sourceHash("a  b"));
  assert.match(sourceHash("é"), /^fnv1a64:[0-9a-f]{16}$/);
});

test("language tags are checked and compared by their primary language", () => {
  assert.equal(normaliseLanguage(" FR-ca "), "fr-CA");
  assert.equal(normaliseLanguage("zh-Hant"), "zh-Hant");
  assert.equal(normaliseLanguage("sw"), "sw");
  for (const bad of ["", "f", "french!", "en_GB", "12"]) assert.equal(normaliseLanguage(bad), null, bad);
  assert.ok(sameLanguage("fr-CA", "fr"), "fr-CA is French");
  assert.ok(!sameLanguage("en", "fr"), "English is not French");
});

test("translatable fields: every free text, nothing else", () => {
  assert.deepEqual(evidenceFields({ title: "T", summary: "S", body: null }), { title: "T", summary: "S" });
  assert.deepEqual(
    Object.keys(
      frameworkItemFields({
        id: "o1",
        packId: "p",
        kind: "option",
        parentId: null,
        order: 1,
        title: "T",
        summary: "S",
        citation: { section: "x" },
        details: { actor: "several", actors: "States and platforms", points: ["one", "two"], approachCategories: [] },
      }),
    ),
    ["title", "summary", "actors", "points.1", "points.2"],
  );
});
