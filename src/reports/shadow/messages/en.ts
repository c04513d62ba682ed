/** The report's own words in English. */
import { formatNumber, plural } from "./intl";
import type { Messages } from "./types";

const n = (x: number) => formatNumber("en", x);

export const en: Messages = {
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
    `This report assesses how ${country} has implemented the UN commitments to end violence against women and girls in digital contexts, and the practical options of the Blueprint for Domestic Action, in the cycle ${cycle}. Of ${n(total)} ${plural("en", total, { one: "item", other: "items" })}, ${n(assessed)} ${plural("en", assessed, { one: "was", other: "were" })} assessed: ${counts}.`,
  statusCount: (count, status) => `${n(count)} ${status.toLocaleLowerCase("en")}`,
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
  obstacleLine: (count) => `Named as an obstacle for ${n(count)} ${plural("en", count, { one: "item", other: "items" })}:`,
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
  seeNote: (title, note) => `${title}, see note ${n(note)}.`,
  wordCount: (words, limit) => `${n(words)} ${plural("en", words, { one: "word", other: "words" })} (limit ${n(limit)}).`,
  punctuation: { comma: ", ", semicolon: "; ", colon: ": ", stop: ".", space: " ", brackets: ["(", ")"] },
  confidential: "Confidential: internal report, not for publication or filing",
  confidentialEvidence: "confidential",
};
