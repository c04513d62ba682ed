/**
 * The two sections people rewrite: the executive summary (items assessed,
 * counts by status, score and coverage) and the recommendations (every
 * practical option whose status earns fewer points than `substantial`). When
 * a draft version provides their text, it takes the place of what is
 * generated here.
 */
import { STATUSES, type Status } from "../../domain/assessments/types";
import { pointsOf } from "../../domain/scoring/judgements";
import type { BuildContext } from "./build";
import { editableBlocks } from "./editable";
import { aside, formatNumber } from "./messages";
import type { Block, Run } from "./model";

/** The framework's items are written in English. */
export const ITEM_LANGUAGE = "en";

const text = (t: string, extra: Partial<{ bold: boolean; italic: boolean }> = {}): Run => ({ text: t, ...extra });

export function summarySection(ctx: BuildContext): Block[] {
  if (ctx.overrides.executiveSummary !== undefined) return editableBlocks(ctx.overrides.executiveSummary, (r) => ctx.para(r));
  const { m, card, input } = ctx;
  const assessed = card.items.filter((s) => ctx.published.has(s.itemId));
  const counts = STATUSES.flatMap((status) => {
    const n = assessed.filter((s) => s.status === status).length;
    return n ? [m.statusCount(n, m.status[status])] : [];
  }).join(m.punctuation.comma);
  const country = input.country.names[ctx.lang] ?? input.country.name;
  const v = ctx.methodology.version;
  return [
    ctx.para([text(m.summary({ country, cycle: input.cycle.name, assessed: assessed.length, total: card.itemCount, counts }))]),
    ctx.para([
      text(
        card.score === null
          ? m.noScore(v)
          : m.score(formatNumber(ctx.lang, card.score, 1), formatNumber(ctx.lang, card.coverage, 3), v),
      ),
    ]),
    ctx.para([text(m.editMe, { italic: true })], "note"),
  ];
}

export function recommendationsSection(ctx: BuildContext): Block[] {
  if (ctx.overrides.recommendations !== undefined) return editableBlocks(ctx.overrides.recommendations, (r) => ctx.para(r));
  const { m, methodology } = ctx;
  const threshold = pointsOf(methodology, "substantial")!;
  const below = ctx.groups
    .flatMap((g) => g.items)
    .filter((i) => i.kind === "option")
    .flatMap((item) => {
      const status = ctx.scores.get(item.id)?.status as Status | undefined;
      const points = status && ctx.published.has(item.id) ? pointsOf(methodology, status) : null;
      return points !== null && points < threshold ? [{ item, status: status! }] : [];
    });
  if (!below.length) return [ctx.para([text(m.noRecommendations)])];
  return [
    ctx.para([text(m.recommendIntro)]),
    ...below.map(({ item, status }) =>
      ctx.para([
        ...ctx.title(item).map((r) => ({ ...r, bold: true })),
        text(`${aside(m, m.status[status])}${m.punctuation.stop}`),
        ...(ctx.lang === ITEM_LANGUAGE ? [text(` ${item.summary}`)] : []),
      ]),
    ),
  ];
}
