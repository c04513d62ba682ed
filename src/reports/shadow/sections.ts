/**
 * Findings: for each instrument (its commitments) and each strategy (its
 * practical options), every assessed item with its status, the assessors'
 * narratives and the public evidence they cite, as footnotes.
 */
import type { BuildContext } from "./build";
import { aside } from "./messages";
import type { Block, Run } from "./model";
import { markdownParagraphs } from "./text";

export function findingsSection(ctx: BuildContext): Block[] {
  const { m } = ctx;
  const { colon, space } = m.punctuation;
  const blocks: Block[] = [];
  for (const { parent, items } of ctx.groups) {
    const assessed = items.filter((i) => ctx.published.has(i.id));
    if (!assessed.length) continue;
    const kind = parent.kind === "instrument" ? m.commitments : m.options;
    blocks.push({
      type: "heading",
      level: 2,
      text: [{ text: `${kind}${colon}` }, ...ctx.title(parent)],
      anchor: `group-${parent.id}`,
    });
    for (const item of assessed) {
      const score = ctx.scores.get(item.id);
      blocks.push({ type: "heading", level: 3, text: ctx.title(item), anchor: `item-${item.id}` });
      const status: Run[] = [{ text: m.statusLine(m.status[score?.status ?? "no_information"]), bold: true }];
      if (score?.disputed) status.push({ text: `${space}${m.disputed}` });
      blocks.push(ctx.para(status));
      for (const { publication, organisation } of ctx.published.get(item.id) ?? []) {
        const s = publication.snapshot;
        const paragraphs = markdownParagraphs(s.narrative);
        const notes = ctx.notes.cite(s.evidenceIds);
        if (!paragraphs.length && !notes.length) continue;
        if (!paragraphs.length) paragraphs.push("");
        paragraphs.forEach((p, k) => {
          const runs: Run[] = [];
          if (k === 0 && ctx.coalition)
            runs.push({
              text: `${organisation.name}${aside(m, m.status[s.status])}${colon}`,
              bold: true,
            });
          if (p) runs.push({ text: p });
          if (k === paragraphs.length - 1) runs.push(...notes);
          blocks.push(ctx.para(runs));
        });
      }
    }
  }
  return blocks;
}
