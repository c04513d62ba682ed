/**
 * The report's own words in Chinese (simplified, as the UN writes it). Chinese
 * has no plural forms; counts take a measure word (个, 项) and no spaces.
 */
import { formatNumber } from "./intl";
import type { Messages } from "./types";

const n = (x: number) => formatNumber("zh", x);

export const zh: Messages = {
  title: {
    general: "影子报告",
    upr: "普遍定期审议：利益攸关方材料",
    cedaw: "提交消除对妇女歧视委员会的影子报告",
  },
  joint: "联合材料",
  subtitle: (country, cycle) => `消除数字环境中暴力侵害妇女和女童行为：${country}履行联合国承诺的情况（${cycle}）`,
  submittedBy: "提交方",
  country: "国家",
  cycle: "评估周期",
  date: "日期",
  contents: "目录",
  notes: "注释",
  demo: "演示数据：并非真实评估。",
  untranslated: "尚未翻译",
  untranslatedNotice: "项目标题和各组织撰写的文本保留其原文语言。",
  sections: {
    "executive-summary": "内容提要",
    methodology: "方法",
    findings: "调查结果",
    obstacles: "障碍",
    recommendations: "建议",
    replies: "政府的答复",
    annex: "附件：所有项目",
  },
  status: {
    no_information: "无信息",
    not_started: "未启动",
    planned: "已规划",
    in_progress: "进行中",
    substantial: "实质性进展",
    complete: "已完成",
    regressed: "倒退",
    not_applicable: "不适用",
  },
  summary: ({ country, cycle, assessed, total, counts }) =>
    `本报告评估${country}在${cycle}周期内履行联合国关于消除数字环境中暴力侵害妇女和女童行为的承诺以及落实《国内行动蓝图》所列实用方案的情况。在${n(total)}个项目中，已评估${n(assessed)}个：${counts}。`,
  statusCount: (count, status) => `${status}${n(count)}项`,
  score: (score, coverage, version) =>
    `根据Blueprint评分方法（${version}版），该国得分为${score}分（满分100分），覆盖率为${coverage}。`,
  noScore: (version) => `根据Blueprint评分方法（${version}版），没有任何项目得分，因此不计算得分。`,
  editMe: "［提交前请用您自己撰写的摘要替换这一自动生成的摘要。］",
  method: {
    scale: (version) =>
      `根据Blueprint评分方法（${version}版），每项承诺和每个实用方案均按八级量表评定一种状态。本报告中的每项评估在发布前均经过另一人审核。`,
    points: (list) => `各状态的得分如下：${list}。项目得分等于其得分除以最高分再乘以100。`,
    leftOut: (list) => `${list}不计分，也不计入任何平均值，但会降低覆盖率。`,
    coalition: "如有多个组织评估了同一项目，本报告采用得分最低的状态；如各组织评定的状态不同，则将该项目标为存在分歧。",
    evidence: "证据在注释中列出，注明来源、发布者、日期和页码。仅引用公开证据。",
    evidenceInternal: "证据在注释中列出，注明来源、发布者、日期和页码。本内部报告还引用本组织的机密证据，并在注释中予以标明。",
  },
  commitments: "承诺",
  options: "实用方案",
  statusLine: (status) => `状态：${status}。`,
  disputed: "各组织对该项目评定的状态不同。",
  obstacleLine: (count) => `在${n(count)}个项目中被列为障碍：`,
  noObstacles: "未列出任何障碍。",
  recommendIntro: "对于状态低于“实质性进展”的每个实用方案，我们建议政府采取以下行动：",
  recommend: "建议",
  noRecommendations: "每个经评估的实用方案均至少已取得实质性进展。",
  replyFrom: (org, date) => `${org}的答复（${date}）：`,
  noReplies: "政府未对这些评估作出答复。",
  annexCaption: "所有可评估项目及其状态",
  annexHeader: ["项目", "类别", "状态", "评估方"],
  kind: { commitment: "承诺", option: "实用方案" },
  notAssessed: "未评估",
  seeNote: (title, note) => `${title}，见注${n(note)}。`,
  // Words as ../text.ts counts them in Chinese (Intl.Segmenter), not characters.
  wordCount: (words, limit) => `${n(words)}词（上限${n(limit)}词）。`,
  punctuation: { comma: "、", semicolon: "；", colon: "：", stop: "。", space: "", brackets: ["（", "）"] },
  // The English word too, as in Arabic, so that anyone handling the paper sees what it is.
  confidential: "机密（Confidential）：内部报告，不得公开或提交",
  confidentialEvidence: "机密",
};
