/**
 * Files uploaded to the import screen, kept on the server between the preview
 * and the confirmation. The browser gets only a random id; the confirmation
 * re-reads the stored bytes, so a client cannot swap the file after the
 * preview, and each check runs again on what is actually applied.
 *
 * Why the database and not a temp file or a re-upload: every instance behind a
 * load balancer sees the row (a temp file lives on one machine); the row is
 * bound to the person and the organisation and expires, so an id that leaks
 * (logs, history) is useless to anyone else and soon to everyone; and it is
 * deleted in the same transaction as the import it confirms, so it cannot be
 * applied twice. A re-upload with a hash check would make people pick the file
 * twice and still need the server to remember the hash.
 */
import { createHash, randomBytes } from "node:crypto";
import { basename, extname } from "node:path";
import type { Organisation, User } from "../domain/accounts/types";
import { DomainError } from "../domain/errors";
import type { ImportUpload, Repositories } from "../domain/ports";
import { msg } from "../i18n/message";
import { parseCsv } from "./csv";
import { ImportError, importProblem, type Table } from "./table";
import { readXlsx } from "./xlsx";

/** How long an upload waits for its confirmation. */
export const UPLOAD_LIFETIME_MS = 60 * 60_000;
/** Largest file the import screen takes (the request limit adds room for the form's other fields). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** 24 random bytes in base64url. */
const UPLOAD_ID = /^[A-Za-z0-9_-]{32}$/;

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The upload is not waiting for this person in this organisation: never there, someone else's, expired, or used. */
export class UploadGoneError extends DomainError {
  readonly code = "import_upload_gone";
  constructor() {
    super(msg("import.uploadGone"));
    this.name = "UploadGoneError";
  }
}

/**
 * A file's table, by its extension: the one reader for the command line and
 * the import screen. CSV must be UTF-8 (a spreadsheet's "CSV UTF-8"): other
 * encodings would import wrong letters silently, so they are refused.
 */
export function readAssessmentFile(fileName: string, bytes: Uint8Array): { table: Table; sheet?: string } {
  const name = basename(fileName);
  const ext = extname(name).toLowerCase();
  if (ext === ".xlsx") {
    const read = readXlsx(bytes, "assessments");
    return { table: read.table, sheet: read.sheet };
  }
  if (ext !== ".csv")
    throw new ImportError(msg("import.summary.nothingCanBeImported"), [
      importProblem(msg("import.problem.notCsvOrXlsx", { name })),
    ]);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(msg("import.summary.csvUnreadable"), [importProblem(msg("import.problem.notUtf8", { name }))]);
  }
  return { table: parseCsv(text) };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** A file name fit to show and log: its last part, without control characters, at most 200 characters. */
export const cleanFileName = (name: string) => basename(name.replace(/\\/g, "/")).replace(CONTROL, "").slice(0, 200) || "upload";

export interface NewUpload {
  user: User;
  organisation: Organisation;
  cycleId: string;
  fileName: string;
  content: Uint8Array;
  now: Date;
}

/**
 * Keeps an upload for its preview. It replaces the person's earlier uploads for
 * the organisation (one pending import each, so that storage stays bounded)
 * and clears every expired upload on the way.
 */
export async function keepUpload(repos: Repositories, input: NewUpload): Promise<ImportUpload> {
  const upload: ImportUpload = {
    id: randomBytes(24).toString("base64url"),
    userId: input.user.id,
    organisationId: input.organisation.id,
    cycleId: input.cycleId,
    fileName: cleanFileName(input.fileName),
    content: input.content,
    contentSha256: sha256(input.content),
    createdAt: input.now.toISOString(),
    expiresAt: new Date(input.now.getTime() + UPLOAD_LIFETIME_MS).toISOString(),
  };
  await repos.transaction(async (tx) => {
    await tx.importUploads.removeExpired(upload.createdAt);
    await tx.importUploads.removeFor(upload.userId, upload.organisationId);
    await tx.importUploads.create(upload);
  });
  return upload;
}

/** The upload `id` if it is this person's, for this organisation, unexpired and intact; else UploadGoneError. */
export async function pendingUpload(
  repos: Repositories,
  id: string,
  user: User,
  organisation: Organisation,
  now: Date,
): Promise<ImportUpload> {
  const upload = UPLOAD_ID.test(id) ? await repos.importUploads.get(id) : undefined;
  if (
    !upload ||
    upload.userId !== user.id ||
    upload.organisationId !== organisation.id ||
    Date.parse(upload.expiresAt) <= now.getTime() ||
    sha256(upload.content) !== upload.contentSha256
  )
    throw new UploadGoneError();
  return upload;
}

/** Inside the confirming import's transaction: the upload goes with it, or the import does not happen. */
export async function consumeUpload(tx: Repositories, id: string): Promise<void> {
  if (!(await tx.importUploads.remove(id))) throw new UploadGoneError();
}

/** Drops an upload its owner does not want (the preview's "Discard"). */
export async function discardUpload(repos: Repositories, upload: ImportUpload): Promise<void> {
  await repos.importUploads.remove(upload.id);
}
