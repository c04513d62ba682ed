/** An uploaded file (a web File from a multipart form) to text, with the size checked before reading. */
import { msg } from "../i18n/message";
import { DocumentError, type ExtractedText, extractText, MAX_DOCUMENT_BYTES } from "./extract-text";

export async function textOfUpload(file: File): Promise<ExtractedText> {
  if (file.size > MAX_DOCUMENT_BYTES)
    throw new DocumentError("too_large", msg("workspace.document.tooLarge", { megabytes: MAX_DOCUMENT_BYTES / 1024 / 1024 }));
  return extractText(new Uint8Array(await file.arrayBuffer()), file.name);
}

/** Largest request body accepted with an upload: the file plus room for the form's other fields. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_DOCUMENT_BYTES + 256 * 1024;
