import { inEnglish, type Message, msg } from "../i18n/message";

/**
 * Domain errors carry a stable `code`. The web layer maps each code to one
 * HTTP status and message in one place (src/web/errors.ts). An error made
 * from a catalogue message keeps it (`text`), so pages can show it in the
 * reader's language; `message` is always English, for logs and the API.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly text?: Message;
  /** `text`, when given, is what people read; `message` stays the English for logs and the API. */
  constructor(message: string | Message, text?: Message) {
    super(inEnglish(message));
    if (typeof message !== "string") this.text = message;
    else if (text) this.text = text;
  }
}

/**
 * What a NotFoundError can be about, with its English name in `message`. Each
 * is also a case of the `errors.notFound` catalogue message, so a page says it
 * in the reader's language.
 */
export const ENTITY_NAMES = {
  approachCategory: "approach category",
  assessableItem: "assessable item",
  assessment: "assessment",
  commitment: "commitment",
  country: "country",
  cycle: "assessment cycle",
  dataFile: "open data file",
  evidenceRecord: "evidence record",
  factor: "factor",
  formOfAbuse: "form of abuse",
  frameworkItem: "framework item",
  instrument: "instrument",
  legislativeApproach: "legislative approach",
  member: "member",
  option: "practical option",
  organisation: "organisation",
  publishedAssessment: "published assessment",
  recordType: "kind of record",
  reportDraft: "report draft",
  reportDrafts: "report drafts",
  reportFormat: "report format",
  strategy: "strategy",
  version: "version",
} as const;
export type Entity = keyof typeof ENTITY_NAMES;

export class NotFoundError extends DomainError {
  readonly code = "not_found";
  constructor(
    readonly entity: Entity,
    readonly id: string,
  ) {
    super(`No ${ENTITY_NAMES[entity]} with id '${id}'`, msg("errors.notFound", { entity, id }));
    this.name = "NotFoundError";
  }
}

export class InvalidParameterError extends DomainError {
  readonly code = "invalid_parameter";
  constructor(
    readonly parameter: string,
    readonly reason: string,
    /** What a page says instead of the English reason, in the reader's language. */
    text?: Message,
  ) {
    super(`Parameter '${parameter}' ${reason}`, text);
    this.name = "InvalidParameterError";
  }
}
