import assert from "node:assert/strict";
import { test } from "node:test";
import { contentNote, contentText, directionOf, languageName } from "./content";

// Outside a request the reader's language is English.
test("a record's text carries its language and direction, with the note a reader needs", () => {
  const french = contentText({ text: "Loi <sur> la traque", lang: "fr", translated: false, outdated: false });
  assert.equal(french.html.toString(), '<span lang="fr" dir="ltr">Loi &lt;sur&gt; la traque</span>');
  assert.deepEqual([french.needsNote, french.note], [true, "not translated yet"]);
  assert.equal(contentNote(french)?.toString(), '<small class="muted content-note"> (not translated yet)</small>');

  const english = contentText({ text: "Stalking law", lang: "en", translated: false, outdated: false }, { tag: "div" });
  assert.equal(english.html.toString(), '<div lang="en">Stalking law</div>');
  assert.deepEqual([english.needsNote, english.note, contentNote(english)], [false, null, null]);

  const outdated = contentText({ text: "قانون", lang: "ar", translated: true, outdated: true });
  assert.equal(outdated.html.toString(), '<span lang="ar" dir="rtl">قانون</span>');
  assert.deepEqual([outdated.needsNote, outdated.note], [false, "this translation may be out of date"]);
});

test("language names come in the reader's language; scripts give the direction", () => {
  assert.equal(languageName("fr"), "French");
  assert.equal(languageName("fr", "es"), "francés");
  assert.equal(languageName("not a tag"), "not a tag");
  assert.deepEqual(["ar", "fa-IR", "en", "zh"].map(directionOf), ["rtl", "rtl", "ltr", "ltr"]);
});
