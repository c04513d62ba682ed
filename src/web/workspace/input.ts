/** Reading the editors' form bodies into what the services take. Nothing here decides validity: the services do. */
import type { ContentInput } from "../../domain/assessments/assessment-service";
import { InvalidParameterError } from "../../domain/errors";
import type { EvidenceInput } from "../../domain/evidence/evidence-service";
import { msg } from "../../i18n/message";

/** A body parsed with `parseBody({ all: true })`: repeated names (checkboxes) come as arrays. */
export type Body = Record<string, string | File | (string | File)[]>;

export const one = (b: Body, name: string): string => {
  const v = b[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === "string" ? first : "";
};

export const many = (b: Body, name: string): string[] => {
  const v = b[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === "string" && x !== "");
};

export function contentInput(b: Body): ContentInput {
  return {
    status: one(b, "status"),
    narrative: one(b, "narrative"),
    confidence: one(b, "confidence"),
    obstacles: many(b, "obstacles"),
    enablers: many(b, "enablers"),
    evidenceIds: many(b, "evidence"),
    language: one(b, "language") || undefined,
  };
}

/** The version the form was loaded with (0 for a new assessment). */
export function versionOf(b: Body): number {
  const raw = one(b, "version");
  if (!/^\d{1,9}$/.test(raw))
    throw new InvalidParameterError("version", "must be a whole number from 0", msg("workspace.badVersion"));
  return Number(raw);
}

export const SOURCE_SLOTS = 3;
export const SOURCE_FIELDS = ["title", "publisher", "url", "date", "locator", "quotation"] as const;

export function evidenceInput(b: Body): EvidenceInput {
  return {
    type: one(b, "type"),
    title: one(b, "title"),
    summary: one(b, "summary"),
    countryIso3: one(b, "countryIso3"),
    date: one(b, "date"),
    visibility: one(b, "visibility"),
    sources: Array.from({ length: SOURCE_SLOTS }, (_, i) =>
      Object.fromEntries(SOURCE_FIELDS.map((f) => [f, one(b, `sources.${i}.${f}`)])),
    ),
    links: many(b, "links"),
    language: one(b, "language") || undefined,
  };
}

/** A same-site path (no scheme, no `//host`, no backslash or space): never an open redirect. */
export function safeReturn(v: string | undefined): string | undefined {
  return v && /^\/(?!\/)[^\s\\]*$/.test(v) ? v : undefined;
}
