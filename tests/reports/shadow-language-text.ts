/**
 * What the report-language suite (./shadow-languages.test.ts) expects and how
 * it reads files: the sentences each language must print for the Kenyan
 * fixtures, the text of DOCX parts, and the English report wording that must
 * not be left in a report in another language.
 */
import type { ReportLanguage } from "../../src/reports/shadow";
import { MESSAGES, type Messages } from "../../src/reports/shadow/messages";
import { messageLeaves } from "./shadow-message-leaves";

/** What each language must print for the Kenyan fixtures, written out here rather than computed from the messages. */
export const EXPECTED: Record<ReportLanguage, { word: string; country: string; date: string; sentences: string[] }> = {
  en: {
    word: "en-GB",
    country: "Kenya",
    date: "1 April 2026",
    sentences: [
      "Of 61 items, 3 were assessed: 1 planned, 1 in progress, 1 complete.",
      "Named as an obstacle for 3 items:",
      "Status: Planned. The organisations gave different statuses for this item.",
    ],
  },
  fr: {
    word: "fr-FR",
    country: "Kenya",
    date: "1 avril 2026",
    sentences: [
      "Sur 61 éléments, 3 ont été évalués : 1 prévu, 1 en cours, 1 achevé.",
      "Cité comme obstacle pour 3 éléments :",
      "Statut : Prévu. Les organisations ont attribué des statuts différents à cet élément.",
    ],
  },
  es: {
    word: "es-ES",
    country: "Kenia",
    date: "1 de abril de 2026",
    sentences: [
      "De 61 elementos, se evaluaron 3: 1 previsto, 1 en curso, 1 completado.",
      "Señalado como obstáculo en 3 elementos:",
      "Estado: Previsto. Las organizaciones asignaron estados distintos a este elemento.",
    ],
  },
  ar: {
    word: "ar-SA",
    country: "كينيا",
    date: "1 أبريل 2026",
    sentences: [
      "من أصل 61 بندًا، جرى تقييم 3 بنود: 1 مخطط له، 1 قيد التنفيذ، 1 مكتمل.",
      "ذُكرت عقبةً في 3 من البنود:",
      "الحالة: مخطط له. أعطت المنظمات حالات مختلفة لهذا البند.",
    ],
  },
  ru: {
    word: "ru-RU",
    country: "Кения",
    date: "1 апреля 2026 г.",
    sentences: [
      "Из 61 пункта оценены 3: запланировано – 1, в процессе – 1, завершено – 1.",
      "Названо в качестве препятствия в 3 пунктах:",
      "Статус: Запланировано. Организации присвоили этому пункту разные статусы.",
    ],
  },
  zh: {
    word: "zh-CN",
    country: "肯尼亚",
    date: "2026年4月1日",
    sentences: [
      "在61个项目中，已评估3个：已规划1项、进行中1项、已完成1项。",
      "在3个项目中被列为障碍：",
      "状态：已规划。各组织对该项目评定的状态不同。",
    ],
  },
};

/** Without any white space (pdftotext spaces Chinese from digits; French puts no-break spaces before colons). */
export const flat = (s: string) => s.replace(/\s+/g, "");
export const esc = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
export const unXml = (s: string) =>
  s.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&apos;", "'").replaceAll("&amp;", "&");

/** The text of a DOCX part, a paragraph a line; runs marked w:lang="en" (untranslated item titles) left out when asked. */
export function docxText(xml: string, withoutEnglishRuns = false): string {
  const body = withoutEnglishRuns ? xml.replace(/<w:r>(?:(?!<\/w:r>).)*?<w:lang w:val="en"\/>.*?<\/w:r>/gs, "") : xml;
  return [...body.matchAll(/<w:p[ >].*?<\/w:p>/gs)]
    .map((p) => unXml([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")))
    .join("\n");
}

/** Texts of the paragraphs of one style in document.xml. */
export const styled = (xml: string, style: string) =>
  [...xml.matchAll(new RegExp(`<w:p><w:pPr><w:pStyle w:val="${style}"/>.*?</w:p>`, "gs"))].map((p) => docxText(p[0]));

/**
 * The English report wording a report in another language must not hold:
 * every English message (functions with sample arguments) cut at each
 * argument and number; pieces with fewer than three letters, and single words
 * the language says the same way ("Notes", "Obstacles" in French), left out.
 */
function englishPieces(lang: ReportLanguage): string[] {
  const pieces = (m: Messages) =>
    new Set(
      [...messageLeaves(m).values()]
        .flatMap((text) => text.split(/«[A-Z]+»|\d+/i))
        .map((p) => p.trim())
        .filter((p) => (p.match(/\p{L}/gu) ?? []).length >= 3),
    );
  const own = pieces(MESSAGES[lang]);
  return [...pieces(MESSAGES.en)].filter((p) => !own.has(p) || /\s/.test(p));
}

export function englishLeft(text: string, lang: ReportLanguage): string[] {
  const spaced = text.replace(/\s+/g, " ");
  return englishPieces(lang).filter((p) =>
    new RegExp(`(?<!\\p{L})${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`, "u").test(spaced),
  );
}
