import assert from "node:assert/strict";
import { test } from "node:test";
import { parseQuery } from "./query";

test("words are all required, each under its stems in every Latin language", () => {
  const q = parseQuery("online women");
  assert.deepEqual(q.match, {
    op: "and",
    items: [
      { op: "phrase", terms: ["onlin"] },
      {
        op: "or",
        items: [
          { op: "phrase", terms: ["woman"] }, // English, with its irregular plural
          { op: "phrase", terms: ["women"] }, // French stemmer
          { op: "phrase", terms: ["wom"] }, // Spanish stemmer
        ],
      },
    ],
  });
  assert.equal(q.groups.length, 2);
  assert.ok(q.highlight.terms.has("woman") && q.highlight.terms.has("onlin"));
});

test("quoted phrases, OR, exclusion and prefixes", () => {
  assert.deepEqual(parseQuery('"online abuse"').match, { op: "phrase", terms: ["onlin", "abus"] });
  const either = parseQuery("stalking OR doxing");
  assert.equal(either.match?.op, "or");
  assert.ok(JSON.stringify(either.match).includes('"stalk"') && JSON.stringify(either.match).includes('"dox"'));
  assert.equal(either.groups.length, 2);
  const excluded = parseQuery("stalking -journalists");
  assert.equal(excluded.match?.op, "not");
  assert.equal(excluded.groups.length, 1, "excluded words do not rank");
  assert.deepEqual(parseQuery("cyber*").match, { op: "prefix", term: "cyber" });
  assert.deepEqual(parseQuery("“online abuse”").match, { op: "phrase", terms: ["onlin", "abus"] }, "typographic quotes");
});

test("common words are left out unless they are all there is; problems are explained", () => {
  assert.deepEqual(parseQuery("the stalking of").ignored, ["the", "of"]);
  assert.ok(parseQuery("the who").match, "a query of common words only keeps them");
  assert.match(parseQuery("-violence").problem ?? "", /cannot only exclude/);
  assert.match(parseQuery("   ").problem ?? "", /Type what you are looking for/);
  assert.match(parseQuery("a*").problem ?? "", /at least one word/);
  assert.match(parseQuery("x".repeat(501)).problem ?? "", /500 characters/);
});

test("a word that splits into several is a phrase: numbers, Chinese", () => {
  assert.deepEqual(parseQuery("38/5").match, { op: "phrase", terms: ["38", "5"] });
  assert.deepEqual(parseQuery("网络暴力").match, { op: "phrase", terms: ["网络", "暴力"] });
});
