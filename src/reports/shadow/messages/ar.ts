/** The report's own words in Arabic (right to left; Western digits, as UN Arabic documents print them). */
import { formatNumber, plural } from "./intl";
import type { Messages } from "./types";

const n = (x: number) => formatNumber("ar", x);

/** "بند واحد", "بندين", "3 بنود", "61 بندًا", "100 بند": Arabic counted nouns, here after "من أصل" and "تقييم" (genitive). */
const items = (count: number) =>
  plural("ar", count, {
    one: "بند واحد",
    two: "بندين",
    few: `${n(count)} بنود`,
    many: `${n(count)} بندًا`,
    other: `${n(count)} بند`,
  });

export const ar: Messages = {
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
    `يقيّم هذا التقرير تنفيذ ${country} لالتزامات الأمم المتحدة بإنهاء العنف ضد النساء والفتيات في السياقات الرقمية، وللخيارات العملية الواردة في مخطط العمل المحلي، في دورة ${cycle}. من أصل ${items(total)}، جرى تقييم ${items(assessed)}: ${counts}.`,
  statusCount: (count, status) => `${n(count)} ${status}`,
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
  // "in N of the items" needs no agreement with N.
  obstacleLine: (count) => `ذُكرت عقبةً في ${n(count)} من البنود:`,
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
  seeNote: (title, note) => `${title}، انظر الحاشية ${n(note)}.`,
  wordCount: (words, limit) =>
    `${plural("ar", words, {
      one: "كلمة واحدة",
      two: "كلمتان",
      few: `${n(words)} كلمات`,
      many: `${n(words)} كلمةً`,
      other: `${n(words)} كلمة`,
    })} (الحد ${n(limit)}).`,
  punctuation: { comma: "، ", semicolon: "؛ ", colon: ": ", stop: ".", space: " ", brackets: ["(", ")"] },
  // The English word too, so that anyone handling the paper sees what it is.
  confidential: "سري (Confidential): تقرير داخلي، ليس للنشر أو التقديم",
  confidentialEvidence: "سري",
};
