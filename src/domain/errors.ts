/**
 * Domain errors carry a stable `code`. The web layer maps each code to one
 * HTTP status and message in one place (src/web/errors.ts).
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
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
