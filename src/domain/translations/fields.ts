/**
 * Which fields of which records can be translated, with their original text.
 * Every free-text field people read: titles, summaries, quotations, an
 * option's actors and points, a body's name, evidence summaries and an
 * assessment's narrative. Codes, dates, symbols and ids are not text to translate.
 */

import type { Message } from "../../i18n/message";
import { msg } from "../../i18n/message";
import type { Evidence } from "../evidence/types";
import type { CommitmentDetails, FrameworkItem, InstrumentDetails, OptionDetails } from "../framework/types";

/** Original text by field name, in the order an editor shows them. */
export type FieldTexts = Record<string, string>;

export function frameworkItemFields(item: FrameworkItem): FieldTexts {
  const details = item.details as Partial<CommitmentDetails & OptionDetails & InstrumentDetails>;
  const fields: FieldTexts = { title: item.title, summary: item.summary };
  if (item.kind === "instrument" && details.body) fields.body = details.body;
  if (details.quotation?.text) fields.quotation = details.quotation.text;
  if (details.actors) fields.actors = details.actors;
  details.points?.forEach((point, i) => {
    fields[`points.${i + 1}`] = point;
  });
  return fields;
}

export function evidenceFields(e: Pick<Evidence, "title" | "summary" | "body">): FieldTexts {
  return { title: e.title, summary: e.summary, ...(e.body ? { body: e.body } : {}) };
}

/** An assessment's narrative as published last (an unpublished draft is not translated: it is not public and still changing). */
export function assessmentFields(narrative: string): FieldTexts {
  return narrative.trim() ? { narrative } : {};
}

/** Longest translation accepted per field: room for languages that take more characters than the original's. */
export function maxLength(field: string): number {
  if (field === "title" || field === "body" || field === "actors") return 600;
  if (field === "narrative") return 40_000;
  return 10_000;
}

/** Short fields get a one-line box and go into the search index's titles when they are the title. */
export const isShortField = (field: string): boolean => field === "title" || field === "body" || field === "actors";

/** The field's name for people, as a catalogue message. */
export function fieldLabel(field: string): Message {
  const point = /^points\.(\d+)$/.exec(field);
  if (point) return msg("translate.field.point", { n: Number(point[1]) });
  return msg(`translate.field.${field}`);
}
