/** NotFoundError: English for logs and the API, and a name for every kind of record in every language. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { LOCALES } from "../i18n/locales";
import { translate } from "../i18n/translate";
import { ENTITY_NAMES, type Entity, NotFoundError } from "./errors";

test("a NotFoundError keeps its English message and carries a catalogue message", () => {
  const e = new NotFoundError("evidenceRecord", "ev-1");
  assert.equal(e.message, "No evidence record with id 'ev-1'");
  assert.equal(e.code, "not_found");
  assert.deepEqual(e.text, { key: "errors.notFound", values: { entity: "evidenceRecord", id: "ev-1" } });
});

test("every kind of record has its own name in every language (none falls back to the generic word)", () => {
  for (const locale of LOCALES) {
    const generic = translate(locale, "errors.notFound", { entity: "no-such-kind", id: "x" });
    const seen = new Set<string>();
    for (const entity of Object.keys(ENTITY_NAMES) as Entity[]) {
      const text = translate(locale, "errors.notFound", { entity, id: "x" });
      assert.notEqual(text, generic, `${locale}: ${entity} has no case of its own`);
      seen.add(text);
    }
    // Chinese uses one word for a report draft and report drafts; every other pair differs.
    assert.ok(seen.size >= Object.keys(ENTITY_NAMES).length - 1, `${locale}: names repeat`);
  }
  assert.equal(translate("en", "errors.notFound", { entity: "country", id: "XYZ" }), "No country with the identifier “XYZ”.");
});
