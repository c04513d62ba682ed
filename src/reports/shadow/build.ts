/**
 * The shadow report document from what ./gather.ts read: a pure function of
 * the published assessments, the framework, the evidence, the replies, the
 * methodology version and the options (template, language, audience, word
 * limit, date, and a draft version's own executive summary and
 * recommendations). Renderers lay the result out; they add no content.
 */
import type { Organisation } from "../../domain/accounts/types";
import { STATUSES } from "../../domain/assessments/types";
import type { Evidence } from "../../domain/evidence/types";
import type { FrameworkItem } from "../../domain/framework/types";
import type { Audience, DraftTexts } from "../../domain/reports/types";
import { scoringFramework } from "../../domain/scoring/framework";
import { pointsOf } from "../../domain/scoring/judgements";
import { computeScorecards, METHODOLOGY_V1 } from "../../domain/scoring/methodology-v1";
import type { ItemScore, MethodologyVersion, Scorecard } from "../../domain/scoring/types";
import type { ShadowInput } from "./gather";
import { aside, formatDate, formatNumber, listAnd, MESSAGES, type Messages, textDirection } from "./messages";
import {
  type Block,
  plain,
  type ReportLanguage,
  type Run,
  type Section,
  type ShadowReport,
  type Template,
  UPR_WORD_LIMITS,
} from "./model";
import { noteBook } from "./notes";
import { findingsSection } from "./sections";
import { ITEM_LANGUAGE, recommendationsSection, summarySection } from "./summary";
import { countWords } from "./text";

export interface BuildOptions {
  template: Template;
  lang: ReportLanguage;
  /** Overrides the template's limit (UPR: 2,815 words for one organisation, 5,630 for a joint submission). */
  wordLimit?: number | null;
  /** ISO date-time printed on the cover. */
  date: string;
  methodology?: MethodologyVersion;
  /** Default `public`: public evidence only. `internal` also cites the confidential records the input holds (see ShadowInput.access). */
  audience?: Audience;
  /** A draft version's text, in place of the generated executive summary and recommendations. */
  overrides?: Partial<DraftTexts>;
}

/** What the section builders share. */
export interface BuildContext {
  input: ShadowInput;
  m: Messages;
  lang: ReportLanguage;
  methodology: MethodologyVersion;
  numbered: boolean;
  coalition: boolean;
  overrides: Partial<DraftTexts>;
  /** An internal report: may cite the organisation's own confidential evidence. */
  internal: boolean;
  card: Scorecard;
  scores: Map<string, ItemScore>;
  byId: Map<string, FrameworkItem>;
  /** Publications per item with their organisation, by organisation name. */
  published: Map<string, { publication: ShadowInput["publications"][number]; organisation: Organisation }[]>;
  notes: ReturnType<typeof noteBook>;
  /** An item's title in its own language, with the "not translated yet" note in a report of another language. */
  title(item: FrameworkItem): Run[];
  para(runs: Run[], style?: "note" | "reply"): Block;
  /** Assessable items in framework order: commitments by instrument, then options by strategy. */
  groups: { parent: FrameworkItem; items: FrameworkItem[] }[];
}

export function buildShadowReport(input: ShadowInput, opts: BuildOptions): ShadowReport {
  const m = MESSAGES[opts.lang];
  const methodology = opts.methodology ?? METHODOLOGY_V1;
  const ctx = context(input, opts, m, methodology);
  const sections: Section[] = [
    { id: "executive-summary", title: m.sections["executive-summary"], blocks: summarySection(ctx), counted: true },
    { id: "methodology", title: m.sections.methodology, blocks: method(ctx), counted: true },
    { id: "findings", title: m.sections.findings, blocks: findingsSection(ctx), counted: true },
    { id: "obstacles", title: m.sections.obstacles, blocks: obstacles(ctx), counted: true },
    { id: "recommendations", title: m.sections.recommendations, blocks: recommendationsSection(ctx), counted: true },
  ];
  if (input.replies.length) sections.push({ id: "replies", title: m.sections.replies, blocks: replies(ctx), counted: true });
  sections.push({ id: "annex", title: m.sections.annex, blocks: [annex(ctx)], counted: false });

  const words =
    sections
      .filter((s) => s.counted)
      .reduce((n, s) => n + countWords(s.title) + s.blocks.reduce((k, b) => k + blockWords(b), 0), 0) +
    ctx.notes.notes.reduce((n, f) => n + countWords(f.text) + (f.url ? 1 : 0), 0);
  const limit =
    opts.wordLimit ?? (opts.template === "upr" ? (ctx.coalition ? UPR_WORD_LIMITS.joint : UPR_WORD_LIMITS.individual) : null);
  const wordLimit = limit ? { limit, words, exceededBy: Math.max(0, words - limit) } : null;

  const country = input.country.names[opts.lang] ?? input.country.name;
  const { colon } = m.punctuation;
  const title = opts.template === "upr" && ctx.coalition ? `${m.title.upr}${colon}${m.joint}` : m.title[opts.template];
  const notices = [
    ...(input.cycle.isDemo ? [m.demo] : []),
    ...(m.untranslatedNotice ? [m.untranslatedNotice] : []),
    ...(wordLimit ? [m.wordCount(words, wordLimit.limit)] : []),
  ];
  return {
    template: opts.template,
    lang: opts.lang,
    dir: textDirection(opts.lang),
    audience: opts.audience ?? "public",
    confidential: opts.audience === "internal" ? m.confidential : null,
    title: `${title}${colon}${country}`,
    cover: {
      title,
      subtitle: m.subtitle(country, input.cycle.name),
      organisations: input.organisations.map((o) => o.name).sort((a, b) => a.localeCompare(b)),
      country,
      cycle: input.cycle.name,
      date: formatDate(opts.date, opts.lang),
      notices,
    },
    sections,
    footnotes: ctx.notes.notes,
    words,
    wordLimit,
    meta: {
      countryIso3: input.country.iso3,
      cycleId: input.cycle.id,
      organisationIds: input.organisations.map((o) => o.id).sort(),
      methodologyVersion: methodology.version,
      generatedAt: opts.date,
    },
  };
}

/**
 * Which evidence may be cited: public records, and in an internal report the
 * confidential records of the organisation and visibilities the input was read
 * with. Checked here again, whatever the input holds, so that a public report
 * never cites anything else.
 */
function citable(input: ShadowInput, audience: Audience): (e: Evidence) => boolean {
  const access = audience === "internal" ? input.access : undefined;
  return (e) =>
    e.visibility === "public" ||
    (access !== undefined &&
      e.organisationId === access.organisationId &&
      (access.visibilities as readonly string[]).includes(e.visibility));
}

function blockWords(b: Block): number {
  if (b.type === "table") return 0;
  return countWords(plain(b.type === "heading" ? b.text : b.runs));
}

function context(input: ShadowInput, opts: BuildOptions, m: Messages, methodology: MethodologyVersion): BuildContext {
  const byId = new Map(input.items.map((i) => [i.id, i]));
  const framework = scoringFramework(input.items, input.factorLinks);
  const [card] = computeScorecards({
    methodology,
    framework,
    assessments: input.publications.map((p) => ({
      countryIso3: p.snapshot.countryIso3,
      cycleId: p.snapshot.cycleId,
      itemId: p.snapshot.itemId,
      organisationId: p.snapshot.organisationId,
      status: p.snapshot.status,
      obstacleFactorIds: p.snapshot.obstacles,
    })),
    cycles: [{ id: input.cycle.id, order: input.cycle.order }],
  }).filter((c) => c.organisationId === null);
  const orgs = new Map(input.organisations.map((o) => [o.id, o]));
  const published: BuildContext["published"] = new Map();
  for (const publication of input.publications) {
    const organisation = orgs.get(publication.snapshot.organisationId);
    if (!organisation) continue;
    const list = published.get(publication.snapshot.itemId) ?? [];
    list.push({ publication, organisation });
    published.set(publication.snapshot.itemId, list);
  }
  for (const list of published.values()) list.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
  const byOrder = (a: FrameworkItem, b: FrameworkItem) => a.order - b.order || (a.id < b.id ? -1 : 1);
  const groups = (["instrument", "strategy"] as const).flatMap((kind) =>
    input.items
      .filter((i) => i.kind === kind)
      .sort(byOrder)
      .map((parent) => ({
        parent,
        items: input.items
          .filter((i) => i.parentId === parent.id && (i.kind === "commitment" || i.kind === "option"))
          .sort(byOrder),
      }))
      .filter((g) => g.items.length > 0),
  );
  const numbered = opts.template === "upr";
  return {
    input,
    m,
    lang: opts.lang,
    methodology,
    numbered,
    coalition: input.organisations.length > 1,
    overrides: opts.overrides ?? {},
    internal: opts.audience === "internal",
    card: card!,
    scores: new Map(card!.items.map((s) => [s.itemId, s])),
    byId,
    published,
    notes: noteBook(input.evidence, m, citable(input, opts.audience ?? "public")),
    groups,
    title: (item) =>
      opts.lang === ITEM_LANGUAGE
        ? [{ text: item.title }]
        : [
            { text: item.title, lang: ITEM_LANGUAGE },
            { text: aside(m, m.untranslated), italic: true },
          ],
    para: (runs, style) => ({ type: "paragraph", runs, numbered: numbered && style !== "note", ...(style ? { style } : {}) }),
  };
}

const text = (t: string, extra: Partial<{ bold: boolean; italic: boolean }> = {}): Run => ({ text: t, ...extra });

function method(ctx: BuildContext): Block[] {
  const { m, methodology, lang } = ctx;
  const scored = STATUSES.filter((s) => pointsOf(methodology, s) !== null);
  const points = scored.map((s) => `${m.status[s]} ${formatNumber(lang, pointsOf(methodology, s)!)}`).join(m.punctuation.comma);
  const leftOut = listAnd(
    lang,
    STATUSES.filter((s) => pointsOf(methodology, s) === null).map((s) => m.status[s]),
  );
  return [
    ctx.para([text(m.method.scale(methodology.version))]),
    ctx.para([text(m.method.points(points))]),
    ctx.para([text(m.method.leftOut(leftOut))]),
    ...(ctx.coalition ? [ctx.para([text(m.method.coalition)])] : []),
    ctx.para([text(ctx.internal ? m.method.evidenceInternal : m.method.evidence)]),
  ];
}

function obstacles(ctx: BuildContext): Block[] {
  const { m } = ctx;
  const factors = ctx.input.items.filter((i) => i.kind === "factor").sort((a, b) => a.order - b.order);
  const blocks: Block[] = [];
  for (const factor of factors) {
    const named = ctx.groups
      .flatMap((g) => g.items)
      .filter((i) => ctx.published.has(i.id) && ctx.scores.get(i.id)?.obstacleFactorIds.includes(factor.id));
    if (!named.length) continue;
    blocks.push({ type: "heading", level: 2, text: ctx.title(factor), anchor: `factor-${factor.id}` });
    const runs: Run[] = [text(`${m.obstacleLine(named.length)}${m.punctuation.space}`)];
    for (const [k, item] of named.entries())
      runs.push(...ctx.title(item), text(k === named.length - 1 ? m.punctuation.stop : m.punctuation.semicolon));
    blocks.push(ctx.para(runs));
  }
  return blocks.length ? blocks : [ctx.para([text(m.noObstacles)])];
}

function replies(ctx: BuildContext): Block[] {
  const { m } = ctx;
  const itemOf = new Map(ctx.input.publications.map((p) => [p.assessmentId, p.snapshot.itemId]));
  return ctx.input.replies.flatMap(({ reply, organisation }) => {
    const item = ctx.byId.get(itemOf.get(reply.assessmentId) ?? "");
    return [
      ...(item ? [{ type: "heading", level: 2, text: ctx.title(item), anchor: `reply-${reply.id}` } as Block] : []),
      ctx.para([text(m.replyFrom(organisation.name, formatDate(reply.updatedAt, ctx.lang)), { bold: true })], "reply"),
      ...reply.body
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p) => ctx.para([{ text: p.trim() }], "reply")),
    ];
  });
}

function annex(ctx: BuildContext): Block {
  const { m } = ctx;
  const rows = ctx.groups.flatMap((g) =>
    g.items.map((item) => {
      const entries = ctx.published.get(item.id) ?? [];
      const status = entries.length ? m.status[ctx.scores.get(item.id)?.status ?? "no_information"] : m.notAssessed;
      return [
        ctx.title(item),
        [text(m.kind[item.kind as "commitment" | "option"])],
        [text(status)],
        [text(entries.map((e) => e.organisation.name).join(", "))],
      ];
    }),
  );
  return { type: "table", caption: m.annexCaption, header: [...m.annexHeader], rows };
}
