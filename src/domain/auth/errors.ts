import { inEnglish, type Message, msg } from "../../i18n/message";
import { DomainError } from "../errors";

/**
 * Input that fails a rule the user can fix: shown next to the form field.
 * `problems` is in English (the API, logs); `messages` keeps catalogue
 * messages for pages in the reader's language (web/i18n/problems.ts).
 */
export class FormError extends DomainError {
  readonly code = "invalid_input";
  readonly problems: Record<string, string>;
  constructor(readonly messages: Record<string, string | Message>) {
    const problems = Object.fromEntries(Object.entries(messages).map(([field, m]) => [field, inEnglish(m)]));
    super(Object.values(problems).join(" "));
    this.problems = problems;
    this.name = "FormError";
  }
}

export class RateLimitedError extends DomainError {
  readonly code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super(msg("errors.tooManyAttempts", { minutes: Math.ceil(retryAfterSeconds / 60) }));
    this.name = "RateLimitedError";
  }
}

export class ForbiddenError extends DomainError {
  readonly code = "forbidden";
  constructor(message: string | Message = msg("errors.noPermission")) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** A one-time link that does not exist, was used, or expired. */
export class InvalidLinkError extends DomainError {
  readonly code = "invalid_link";
  constructor() {
    super(msg("errors.linkNotValid"));
    this.name = "InvalidLinkError";
  }
}
