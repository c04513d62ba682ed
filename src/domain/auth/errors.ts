import { DomainError } from "../errors";

/** Input that fails a rule the user can fix: shown next to the form field. */
export class FormError extends DomainError {
  readonly code = "invalid_input";
  constructor(readonly problems: Record<string, string>) {
    super(Object.values(problems).join(" "));
    this.name = "FormError";
  }
}

export class RateLimitedError extends DomainError {
  readonly code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`);
    this.name = "RateLimitedError";
  }
}

export class ForbiddenError extends DomainError {
  readonly code = "forbidden";
  constructor(message = "You do not have permission to do this.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** A one-time link that does not exist, was used, or expired. */
export class InvalidLinkError extends DomainError {
  readonly code = "invalid_link";
  constructor() {
    super("This link is not valid any more. It may have been used or have expired; ask an administrator for a new one.");
    this.name = "InvalidLinkError";
  }
}
