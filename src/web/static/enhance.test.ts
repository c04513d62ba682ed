/**
 * enhance.js, run as it is served (in a fresh node:vm context with no DOM),
 * says what the server says: its word count is countWords on texts in the six
 * languages and more; its count of an editable part is the report's; and its
 * formatting of catalogue messages (src/web/static/script-messages.ts) is
 * intl-messageformat's, plural categories and digits included, in every
 * language.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { runInNewContext } from "node:vm";
import { IntlMessageFormat } from "intl-messageformat";
import { LOCALES } from "../../i18n/locales";
import { translate } from "../../i18n/translate";
import { countWords } from "../../reports/shadow/text";
import { partWords } from "../reports/draft-parts";
import { type ScriptMessage, scriptMessage, toScriptMessage } from "./script-messages";

interface EnhanceApi {
  countWords(text: string): number;
  reportWords(text: string): number;
  formatMessage(message: ScriptMessage, values: Record<string, number | string | null>, lang: string): string;
}

function loadEnhance(): EnhanceApi {
  const source = readFileSync(new URL("./enhance.js", import.meta.url), "utf8");
  const module = { exports: {} as EnhanceApi };
  runInNewContext(source, { module }, { filename: "enhance.js" });
  return module.exports;
}

const browser = loadEnhance();

const SAMPLES = [
  "",
  "   ",
  "One two three.",
  "Violence against women and girls — in digital contexts: 2023 (CSW67).",
  "Les États membres s’engagent à « prévenir » la violence ; l’ONU-Femmes y veille.",
  "La violencia contra las mujeres y las niñas — ¿qué dice la ley? ¡Nada!",
  "العنف ضد المرأة والفتاة في السياقات الرقمية، وفقًا للقرار ٣٨/٥ لعام ٢٠١٨.",
  "Насилие в отношении женщин и девочек в цифровой среде — 2023 г.",
  "数字环境中针对妇女和女童的暴力行为 第67届会议 2023年",
  "मिश्रित text\twith\u00a0no-break\u2003em space\u3000ideographic\nand\r\nlines",
  "- list item\n* another\n+ third\n1. numbered\n10) also numbered\n   2. indented",
  "**bold** and *italic* and _under_ — * — ** — 1. — 2023.",
  "Emoji 🙂 alone: 🙂 🎉 #hashtag @mention https://example.org/a?b=c",
  "a\u200bb zero-width\u00adsoft hyphen",
  "\u0627\u0644\u0652\u0639\u064e\u0646\u0652\u0641\u064f with diacritics, and ـــ tatweel alone",
];

describe("enhance.js agrees with the server", () => {
  test("word counts: countWords on samples in many scripts and spacings", () => {
    for (const text of SAMPLES) assert.equal(browser.countWords(text), countWords(text), JSON.stringify(text));
    assert.equal(browser.countWords("— – · 1."), 1, "a token counts only with a letter or digit");
  });

  test("an editable part's words in the whole report: list markers dropped, paragraphs as the report builds them", () => {
    const texts = [
      ...SAMPLES,
      SAMPLES.join("\n\n"),
      "Intro line\n\n1. First point\n2. Second **point**\n\n- third one\n-not a list\n1.no space",
      "Line one\r\n- item\r\n\r\n3) last\rafter a lone carriage return",
    ];
    for (const text of texts) assert.equal(browser.reportWords(text), partWords(text), JSON.stringify(text));
    assert.equal(browser.reportWords("1. One\n2. Two"), 2);
    assert.equal(browser.countWords("1. One\n2. Two"), 4, "the editor's own count keeps them, as the server's lines do");
  });

  test("the word-count messages, formatted in the browser, read as the server's in all six languages", () => {
    const keys = [
      "reports.words.summary",
      "reports.words.recommendations",
      "reports.words.wholeNoLimit",
      "reports.words.wholeLimit",
      "reports.words.wholeLeft",
      "reports.overLimit",
    ];
    const counts = [...Array.from({ length: 130 }, (_, i) => i), 1000, 1001, 2815, 5630, 12_345, 1_000_000, 2_000_001];
    let checked = 0;
    for (const locale of LOCALES)
      for (const key of keys)
        for (const count of counts) {
          const values = { count, limit: 5630, left: Math.abs(5630 - count), over: count % 17 };
          assert.equal(
            browser.formatMessage(scriptMessage(locale, key), values, locale),
            translate(locale, key, values),
            `${locale} ${key} ${count}`,
          );
          checked++;
        }
    assert.equal(checked, 6 * keys.length * counts.length);
  });

  test("select, exact plural cases, offsets and nesting are formatted as intl-messageformat does", () => {
    const source =
      "{who, select, me {You} other {{name}}} and {n, plural, offset:1 =0 {nobody} =1 {no one else} one {# other} other {# others}} ({n, number}, {kind, select, a {{n, plural, one {# item} other {# items}}} other {-}})";
    for (const locale of LOCALES)
      for (const n of [0, 1, 2, 3, 5, 11, 21, 102, 1235])
        for (const [who, kind] of [
          ["me", "a"],
          ["x", "b"],
        ] as const) {
          const values = { who, kind, n, name: "Ana" };
          assert.equal(
            browser.formatMessage(toScriptMessage(source, locale), values, locale),
            new IntlMessageFormat(source, locale, undefined, { ignoreTag: true }).format(values),
            `${locale} ${n} ${who}`,
          );
        }
  });

  test("a message with an element the script cannot format is refused on the server", () => {
    for (const source of ["{d, date}", "{t, time, short}", "{p, number, percent}", "{n, selectordinal, one {#st} other {#th}}"])
      assert.throws(() => toScriptMessage(source, "en"), /cannot format/, source);
  });
});
