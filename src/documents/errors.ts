/** Why a document could not be read: a stable code and a message a person can act on. */
import { DomainError } from "../domain/errors";

export type DocumentErrorCode = "unsupported_type" | "corrupt_file" | "empty_text" | "too_large";

export class DocumentError extends DomainError {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DocumentError";
  }
}
