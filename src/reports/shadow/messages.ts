/**
 * The report's own words (headings and generated sentences) in each report
 * language. Framework titles, narratives and replies are not translated here:
 * they stay in their original language, marked as such (see ./build.ts).
 */
import type { Status } from "../../domain/assessments/types";
import type { ReportLanguage, Template } from "./model";

export interface Messages {
  title: Record<Template, string>;
  joint: string;
  subtitle: (country: string, cycle: string) => string;
  submittedBy: string;
  country: string;
  cycle: string;
  date: string;
  contents: string;
  notes: string;
  demo: string;
  untranslated: string;
  untranslatedNotice: string;
  sections: Record<
    "executive-summary" | "methodology" | "findings" | "obstacles" | "recommendations" | "replies" | "annex",
    string
  >;
  status: Record<Status, string>;
  summary: (p: { country: string; cycle: string; assessed: number; total: number; counts: string }) => string;
  score: (score: string, coverage: string, version: string) => string;
  noScore: (version: string) => string;
  editMe: string;
  method: {
    scale: (version: string) => string;
    points: (list: string) => string;
    leftOut: (list: string) => string;
    coalition: string;
    evidence: string;
    evidenceInternal: string;
  };
  commitments: string;
  options: string;
  statusLine: (status: string) => string;
  disputed: string;
  obstacleLine: (n: number) => string;
  noObstacles: string;
  recommendIntro: string;
  recommend: string;
  noRecommendations: string;
  replyFrom: (org: string, date: string) => string;
  noReplies: string;
  annexCaption: string;
  annexHeader: [string, string, string, string];
  kind: { commitment: string; option: string };
  notAssessed: string;
  seeNote: (n: number) => string;
  wordCount: (words: number, limit: number) => string;
  and: string;
  /** Printed on every page of an internal report. */
  confidential: string;
  /** After a footnote citing a confidential record. */
  confidentialEvidence: string;
}

const en: Messages = {
  title: {
    general: "Shadow report",
    upr: "Universal Periodic Review: stakeholder submission",
    cedaw: "Shadow report to the Committee on the Elimination of Discrimination against Women",
  },
  joint: "Joint submission",
  subtitle: (country, cycle) =>
    `Ending violence against women and girls in digital contexts: implementation of the UN commitments by ${country} (${cycle})`,
  submittedBy: "Submitted by",
  country: "Country",
  cycle: "Assessment cycle",
  date: "Date",
  contents: "Contents",
  notes: "Notes",
  demo: "Demonstration data: not a real assessment.",
  untranslated: "not translated yet",
  untranslatedNotice: "",
  sections: {
    "executive-summary": "Executive summary",
    methodology: "Methodology",
    findings: "Findings",
    obstacles: "Obstacles",
    recommendations: "Recommendations",
    replies: "Replies of the government",
    annex: "Annex: every item",
  },
  status: {
    no_information: "No information",
    not_started: "Not started",
    planned: "Planned",
    in_progress: "In progress",
    substantial: "Substantial",
    complete: "Complete",
    regressed: "Regressed",
    not_applicable: "Not applicable",
  },
  summary: ({ country, cycle, assessed, total, counts }) =>
    `This report assesses how ${country} has implemented the UN commitments to end violence against women and girls in digital contexts, and the practical options of the Blueprint for Domestic Action, in the cycle ${cycle}. Of ${total} items, ${assessed} were assessed: ${counts}.`,
  score: (score, coverage, version) =>
    `Under Blueprint's scoring methodology (version ${version}) the country scores ${score} out of 100, with a coverage of ${coverage}.`,
  noScore: (version) => `No item earned points under Blueprint's scoring methodology (version ${version}), so there is no score.`,
  editMe: "[Replace this generated summary with your own before filing.]",
  method: {
    scale: (version) =>
      `Each commitment and practical option was given one status on an eight-step scale, following Blueprint's scoring methodology, version ${version}. Every assessment in this report was reviewed by a second person before it was published.`,
    points: (list) => `Statuses earn points: ${list}. An item's score is its points divided by the maximum, times 100.`,
    leftOut: (list) => `${list} earn no points and are left out of every average; they lower the coverage instead.`,
    coalition:
      "Where several organisations assessed the same item, this report takes the status with the lowest points and marks the item as disputed when their statuses differ.",
    evidence: "Evidence is cited in the notes with its source, publisher, date and page. Only public evidence is cited.",
    evidenceInternal:
      "Evidence is cited in the notes with its source, publisher, date and page. This internal report also cites the organisation's own confidential evidence, marked as such in the notes.",
  },
  commitments: "Commitments",
  options: "Practical options",
  statusLine: (status) => `Status: ${status}.`,
  disputed: "The organisations gave different statuses for this item.",
  obstacleLine: (n) => `Named as an obstacle for ${n} ${n === 1 ? "item" : "items"}:`,
  noObstacles: "No obstacle was named.",
  recommendIntro:
    "For every practical option whose status is below substantial, we recommend that the government take the following action:",
  recommend: "Recommendation",
  noRecommendations: "Every assessed practical option has reached at least substantial implementation.",
  replyFrom: (org, date) => `Reply from ${org}, ${date}:`,
  noReplies: "The government has not replied to these assessments.",
  annexCaption: "Every assessable item and its status",
  annexHeader: ["Item", "Kind", "Status", "Assessed by"],
  kind: { commitment: "Commitment", option: "Practical option" },
  notAssessed: "Not assessed",
  seeNote: (n) => `see note ${n}`,
  wordCount: (words, limit) => `${words} words (limit ${limit}).`,
  and: "and",
  confidential: "Confidential: internal report, not for publication or filing",
  confidentialEvidence: "confidential",
};

const ar: Messages = {
  title: {
    general: "تقرير الظل",
    upr: "الاستعراض الدوري الشامل: تقرير أصحاب المصلحة",
    cedaw: "تقرير الظل إلى اللجنة المعنية بالقضاء على التمييز ضد المرأة",
  },
  joint: "تقرير مشترك",
  subtitle: (country, cycle) =>
    `إنهاء العنف ضد النساء والفتيات في السياقات الرقمية: تنفيذ التزامات الأمم المتحدة في ${country} (${cycle})`,
  submittedBy: "مقدَّم من",
  country: "البلد",
  cycle: "دورة التقييم",
  date: "التاريخ",
  contents: "المحتويات",
  notes: "الحواشي",
  demo: "بيانات تجريبية: ليست تقييمًا حقيقيًا.",
  untranslated: "لم يُترجم بعد",
  untranslatedNotice: "عناوين البنود والنصوص التي كتبتها المنظمات تبقى بلغتها الأصلية.",
  sections: {
    "executive-summary": "الملخص التنفيذي",
    methodology: "المنهجية",
    findings: "النتائج",
    obstacles: "العقبات",
    recommendations: "التوصيات",
    replies: "ردود الحكومة",
    annex: "المرفق: جميع البنود",
  },
  status: {
    no_information: "لا توجد معلومات",
    not_started: "لم يبدأ",
    planned: "مخطط له",
    in_progress: "قيد التنفيذ",
    substantial: "تقدم كبير",
    complete: "مكتمل",
    regressed: "تراجع",
    not_applicable: "لا ينطبق",
  },
  summary: ({ country, cycle, assessed, total, counts }) =>
    `يقيّم هذا التقرير تنفيذ ${country} لالتزامات الأمم المتحدة بإنهاء العنف ضد النساء والفتيات في السياقات الرقمية، وللخيارات العملية الواردة في مخطط العمل المحلي، في دورة ${cycle}. من أصل ${total} بندًا، جرى تقييم ${assessed}: ${counts}.`,
  score: (score, coverage, version) =>
    `وفقًا لمنهجية التقييم في Blueprint (الإصدار ${version}) يحصل البلد على ${score} من 100، بنسبة تغطية ${coverage}.`,
  noScore: (version) => `لم يحصل أي بند على نقاط وفقًا لمنهجية التقييم في Blueprint (الإصدار ${version})، لذلك لا توجد درجة.`,
  editMe: "[استبدلوا هذا الملخص المُولَّد بملخصكم قبل التقديم.]",
  method: {
    scale: (version) =>
      `أُعطي كل التزام وكل خيار عملي حالة واحدة على سلم من ثماني درجات، وفقًا لمنهجية التقييم في Blueprint، الإصدار ${version}. راجع شخص ثانٍ كل تقييم في هذا التقرير قبل نشره.`,
    points: (list) => `تمنح الحالات نقاطًا: ${list}. درجة البند هي نقاطه مقسومة على الحد الأقصى مضروبة في 100.`,
    leftOut: (list) => `${list} لا تمنح نقاطًا وتُستبعد من كل متوسط؛ وهي تخفض نسبة التغطية بدلًا من ذلك.`,
    coalition:
      "عندما تقيّم عدة منظمات البند نفسه، يأخذ هذا التقرير الحالة ذات النقاط الأدنى ويشير إلى أن البند موضع خلاف إذا اختلفت الحالات.",
    evidence: "تُذكر الأدلة في الحواشي مع مصدرها وناشرها وتاريخها وصفحتها. لا تُذكر إلا الأدلة العامة.",
    evidenceInternal:
      "تُذكر الأدلة في الحواشي مع مصدرها وناشرها وتاريخها وصفحتها. يذكر هذا التقرير الداخلي أيضًا الأدلة السرية للمنظمة، مع الإشارة إليها في الحواشي.",
  },
  commitments: "الالتزامات",
  options: "الخيارات العملية",
  statusLine: (status) => `الحالة: ${status}.`,
  disputed: "أعطت المنظمات حالات مختلفة لهذا البند.",
  obstacleLine: (n) => `ذُكرت عقبةً في ${n} من البنود:`,
  noObstacles: "لم تُذكر أي عقبة.",
  recommendIntro: "نوصي الحكومة باتخاذ الإجراء التالي بشأن كل خيار عملي تقل حالته عن التقدم الكبير:",
  recommend: "توصية",
  noRecommendations: "بلغ كل خيار عملي جرى تقييمه تقدمًا كبيرًا على الأقل.",
  replyFrom: (org, date) => `رد ${org}، ${date}:`,
  noReplies: "لم ترد الحكومة على هذه التقييمات.",
  annexCaption: "جميع البنود القابلة للتقييم وحالاتها",
  annexHeader: ["البند", "النوع", "الحالة", "قيّمه"],
  kind: { commitment: "التزام", option: "خيار عملي" },
  notAssessed: "لم يُقيَّم",
  seeNote: (n) => `انظر الحاشية ${n}`,
  wordCount: (words, limit) => `${words} كلمة (الحد ${limit}).`,
  and: "و",
  confidential: "سري (Confidential): تقرير داخلي، ليس للنشر أو التقديم",
  confidentialEvidence: "سري",
};

export const MESSAGES: Record<ReportLanguage, Messages> = { en, ar };

export function formatDate(iso: string, lang: ReportLanguage): string {
  return new Intl.DateTimeFormat(lang === "ar" ? "ar-u-nu-latn" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(iso),
  );
}
