import { inEnglish, type Message } from "../i18n/message";

/**
 * Domain errors carry a stable `code`. The web layer maps each code to one
 * HTTP status and message in one place (src/web/errors.ts). An error made
 * from a catalogue message keeps it (`text`), so pages can show it in the
 * reader's language; `message` is always English, for logs and the API.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly text?: Message;
  constructor(message: string | Message) {
    super(inEnglish(message));
    if (typeof message !== "string") this.text = message;
  }
}

export class NotFoundError extends DomainError {
  readonly code = "not_found";
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`No ${entity} with id '${id}'`);
    this.name = "NotFoundError";
  }
}

export class InvalidParameterError extends DomainError {
  readonly code = "invalid_parameter";
  constructor(
    readonly parameter: string,
    readonly reason: string,
  ) {
    super(`Parameter '${parameter}' ${reason}`);
    this.name = "InvalidParameterError";
  }
}
