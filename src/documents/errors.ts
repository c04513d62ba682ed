/**
 * Why a document could not be read: a stable code and a message a person can
 * act on. Messages are catalogue messages (`workspace.document.*`), so the
 * evidence form says them in the reader's language; `message` stays English
 * for the API, the CLI and logs.
 */
import { DomainError } from "../domain/errors";
import type { Message } from "../i18n/message";

export type DocumentErrorCode = "unsupported_type" | "corrupt_file" | "empty_text" | "too_large";

export class DocumentError extends DomainError {
  constructor(
    readonly code: DocumentErrorCode,
    message: string | Message,
  ) {
    super(message);
    this.name = "DocumentError";
  }
}
