/**
 * The report's own words in every report language: nothing left empty where
 * English says something, every placeholder kept, plural forms that agree with
 * their number (Russian one/few/many, Arabic's six forms, French 0 and 1
 * singular, none in Chinese), and numbers and dates as each language writes
 * them (src/reports/shadow/messages/). Whole reports in each language:
 * ./shadow-languages.test.ts.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { REPORT_LANGUAGES, type ReportLanguage } from "../../src/reports/shadow";
import { formatDate, formatNumber, MESSAGES } from "../../src/reports/shadow/messages";
import { countWords } from "../../src/reports/shadow/text";
import { messageLeaves, SAMPLES } from "./shadow-message-leaves";

const english = messageLeaves(MESSAGES.en);

describe("report messages in every report language", () => {
  test("one message table per report language, and no other", () => {
    assert.deepEqual(Object.keys(MESSAGES).sort(), [...REPORT_LANGUAGES].sort());
  });

  for (const lang of REPORT_LANGUAGES)
    test(`${lang}: the same messages as English, none empty, every placeholder kept`, () => {
      const own = messageLeaves(MESSAGES[lang]);
      assert.deepEqual([...own.keys()].sort(), [...english.keys()].sort());
      for (const [path, text] of own) {
        // English needs no notice that titles stay in English; every other language does.
        if (path === "untranslatedNotice") assert.equal(text === "", lang === "en", `${lang} ${path}`);
        else if (english.get(path) !== "" && !path.startsWith("punctuation.")) assert.ok(text.trim(), `${lang} ${path} is empty`);
        const args = JSON.stringify(SAMPLES[path] ?? []);
        // Case aside: a status may be lower-cased inside a sentence.
        for (const placeholder of args.match(/«[A-Z]+»/g) ?? [])
          assert.ok(text.toUpperCase().includes(placeholder), `${lang} ${path} drops ${placeholder}`);
        // Counts are written with the language's digits and grouping ("2 815", "2815", "2,815").
        for (const n of (args.match(/(?<![«\w])\d+(?![\w»])/g) ?? []).map(Number))
          assert.ok(text.includes(formatNumber(lang, n)) || n < 3, `${lang} ${path}: ${n} written as ${formatNumber(lang, n)}`);
        // Left in English: a word or two may be the same ("Notes", "Obstacles"), a phrase may not.
        const wording = text.replace(/«\w+»/gi, "");
        if (lang !== "en" && /\p{L}/u.test(wording) && !path.startsWith("punctuation."))
          assert.ok(text !== english.get(path) || !/\s/.test(text.trim()), `${lang} ${path} is still English: ${text}`);
      }
    });

  test("Russian: one, few and many forms of counted words (Intl.PluralRules)", () => {
    const { wordCount, obstacleLine, summary } = MESSAGES.ru;
    const words = [1, 2, 5, 11, 21, 22, 25].map((n) => wordCount(n, 100).split(" (")[0]);
    assert.deepEqual(words, ["1 слово", "2 слова", "5 слов", "11 слов", "21 слово", "22 слова", "25 слов"]);
    assert.match(obstacleLine(1), /в 1 пункте:$/);
    assert.match(obstacleLine(3), /в 3 пунктах:$/);
    const of = (assessed: number, total: number) => summary({ country: "X", cycle: "Y", assessed, total, counts: "Z" });
    assert.match(of(1, 61), /Из 61 пункта оценен 1: Z\.$/);
    assert.match(of(3, 5), /Из 5 пунктов оценены 3: Z\.$/);
    assert.match(of(5, 21), /Из 21 пункта оценено 5: Z\.$/);
    assert.equal(MESSAGES.ru.statusCount(2, "Запланировано"), "запланировано – 2");
  });

  test("French, Spanish, English: singular and plural, numbers grouped as each language groups them", () => {
    assert.equal(MESSAGES.fr.wordCount(0, 10), "0 mot (limite\u00a0: 10).");
    assert.equal(MESSAGES.fr.wordCount(1, 10), "1 mot (limite\u00a0: 10).");
    assert.equal(MESSAGES.fr.wordCount(14300, 2815), "14\u202f300 mots (limite\u00a0: 2\u202f815).");
    assert.match(
      MESSAGES.fr.summary({ country: "X", cycle: "Y", assessed: 1, total: 61, counts: "Z" }),
      /Sur 61 éléments, 1 a été évalué\u00a0: Z\.$/,
    );
    assert.equal(MESSAGES.es.wordCount(1, 2815), "1 palabra (límite: 2815).");
    assert.equal(MESSAGES.es.wordCount(14300, 5630), "14.300 palabras (límite: 5630).");
    assert.match(
      MESSAGES.es.summary({ country: "X", cycle: "Y", assessed: 1, total: 1, counts: "Z" }),
      /De 1 elemento, se evaluó 1: Z\.$/,
    );
    assert.equal(MESSAGES.en.wordCount(1, 2815), "1 word (limit 2,815).");
    assert.equal(MESSAGES.en.obstacleLine(1), "Named as an obstacle for 1 item:");
    assert.equal(MESSAGES.en.seeNote("Act", 1), "Act, see note 1.");
  });

  test("Arabic: one, two, few, many and other forms; Chinese: no plural, a measure word", () => {
    const words = [1, 2, 3, 11, 100].map((n) => MESSAGES.ar.wordCount(n, 100).split(" (")[0]);
    assert.deepEqual(words, ["كلمة واحدة", "كلمتان", "3 كلمات", "11 كلمةً", "100 كلمة"]);
    assert.match(
      MESSAGES.ar.summary({ country: "X", cycle: "Y", assessed: 2, total: 61, counts: "Z" }),
      /من أصل 61 بندًا، جرى تقييم بندين: Z\./,
    );
    assert.equal(MESSAGES.zh.wordCount(1, 2815), "1词（上限2,815词）。");
    assert.equal(MESSAGES.zh.obstacleLine(5), "在5个项目中被列为障碍：");
    assert.equal(MESSAGES.zh.statusCount(3, "已规划"), "已规划3项");
  });

  test("dates in each language's long form, in UTC", () => {
    const expected: Record<ReportLanguage, string> = {
      en: "1 April 2026",
      fr: "1 avril 2026",
      es: "1 de abril de 2026",
      ar: "1 أبريل 2026",
      ru: "1 апреля 2026 г.",
      zh: "2026年4月1日",
    };
    for (const lang of REPORT_LANGUAGES) assert.equal(formatDate("2026-04-01T00:30:00.000Z", lang), expected[lang], lang);
  });

  test("Chinese text is counted in words, not as one run without spaces; other text as before", () => {
    // 在 61 个 项目 中 已 评估 3 个
    assert.equal(countWords("在61个项目中，已评估3个"), 9);
    assert.ok(countWords("本报告评估肯尼亚履行联合国承诺的情况。") >= 6);
    assert.equal(countWords("Map gaps in laws — 1."), 5);
    assert.equal(countWords("Map gaps（尚未翻译）"), 4);
  });
});
