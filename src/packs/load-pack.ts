/**
 * Reads a framework pack folder: YAML files validated with zod, then checked
 * for referential integrity. Any problem rejects the whole pack with a message
 * naming the file, the record id and the field.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { checkPack } from "../domain/framework/check-pack";
import { type LoadedPack, PackError, type PackProblem } from "../domain/framework/pack";
import * as S from "../domain/framework/pack-schema";

const LIST_FILES = {
  instruments: ["instruments.yaml", S.instrument],
  commitments: ["commitments.yaml", S.commitment],
  strategies: ["strategies.yaml", S.strategy],
  factors: ["factors.yaml", S.simpleItem],
  approachCategories: ["approach-categories.yaml", S.simpleItem],
  formsOfAbuse: ["forms-of-abuse.yaml", S.simpleItem],
  legislativeApproaches: ["legislative-approaches.yaml", S.simpleItem],
  crosswalk: ["crosswalk.yaml", S.crosswalkLink],
} as const;

/** Files that a pack may leave out (they then hold no records). */
const OPTIONAL = new Set(["approach-categories.yaml", "forms-of-abuse.yaml", "legislative-approaches.yaml", "crosswalk.yaml"]);

/** A file's content as read: its parsed data, or why it could not be read. */
export type RawFile = { data: unknown } | { problem: string };

/**
 * A pack's records before validation, from files or built in memory (an import):
 * the manifest, the list files by key (absent: the file does not exist) and the
 * evidence files by name (e.g. `evidence/aus.yaml`), in load order.
 */
export interface RawPack {
  manifest?: RawFile;
  lists: Partial<Record<keyof typeof LIST_FILES, RawFile>>;
  evidence: { file: string; raw: RawFile }[];
}

export function loadPack(dir: string, knownCountries?: ReadonlySet<string>): LoadedPack {
  const hash = createHash("sha256");

  const readYaml = (file: string): RawFile | undefined => {
    const path = join(dir, file);
    if (!existsSync(path)) return undefined;
    const text = readFileSync(path, "utf8");
    hash.update(`${file}\0${text}\0`);
    try {
      return { data: parse(text) };
    } catch (e) {
      return { problem: `is not valid YAML: ${(e as Error).message.split("\n")[0]}` };
    }
  };

  const raw: RawPack = { lists: {}, evidence: [] };
  const manifest = readYaml("pack.yaml");
  if (manifest) raw.manifest = manifest;
  for (const [key, [file]] of Object.entries(LIST_FILES)) {
    const read = readYaml(file);
    if (read) raw.lists[key as keyof typeof LIST_FILES] = read;
  }
  const evidenceDir = join(dir, "evidence");
  if (existsSync(evidenceDir))
    for (const name of readdirSync(evidenceDir)
      .filter((n) => n.endsWith(".yaml"))
      .sort()) {
      const file = `evidence/${name}`;
      raw.evidence.push({ file, raw: readYaml(file) ?? { problem: "file is missing" } });
    }
  // The hash covers every file read, so it is taken before validation as it always was.
  return validatePack(dir, raw, () => hash.digest("hex"), knownCountries);
}

/**
 * Validates a pack's records (zod schema per record, then integrity) whatever
 * they were read from; throws a PackError listing every problem by file, record
 * and field. `source` names the pack in the error (its folder, or the imported file).
 */
export function validatePack(
  source: string,
  raw: RawPack,
  contentHash: () => string,
  knownCountries?: ReadonlySet<string>,
): LoadedPack {
  const problems: PackProblem[] = [];

  const content = (file: string, read: RawFile | undefined, optional: boolean): unknown => {
    if (!read) {
      if (!optional) problems.push({ file, message: "file is missing" });
      return undefined;
    }
    if ("problem" in read) {
      problems.push({ file, message: read.problem });
      return undefined;
    }
    return read.data;
  };

  const validateList = <T extends z.ZodType>(file: string, schema: T, data: unknown): z.infer<T>[] => {
    if (data === undefined || data === null) return [];
    if (!Array.isArray(data)) {
      problems.push({ file, message: "must be a list of records" });
      return [];
    }
    const out: z.infer<T>[] = [];
    data.forEach((raw, index) => {
      const parsed = schema.safeParse(raw);
      if (parsed.success) out.push(parsed.data);
      else problems.push(...issuesToProblems(file, raw, index, parsed.error));
    });
    return out;
  };

  const manifestRaw = content("pack.yaml", raw.manifest, false);
  const manifest = manifestRaw === undefined ? undefined : S.packManifest.safeParse(manifestRaw);
  if (manifest && !manifest.success) problems.push(...issuesToProblems("pack.yaml", manifestRaw, undefined, manifest.error));

  const lists = Object.fromEntries(
    Object.entries(LIST_FILES).map(([key, [file, schema]]) => [
      key,
      validateList(file, schema as z.ZodType, content(file, raw.lists[key as keyof typeof LIST_FILES], OPTIONAL.has(file))),
    ]),
  ) as Pick<LoadedPack, keyof typeof LIST_FILES>;

  const evidence: LoadedPack["evidence"] = [];
  const evidenceFiles: Record<string, string> = {};
  for (const { file, raw: read } of raw.evidence)
    for (const record of validateList(file, S.evidenceRecord, content(file, read, false))) {
      evidence.push(record);
      evidenceFiles[record.id] ??= file;
    }

  if (manifest?.success && problems.length === 0) {
    const pack = { manifest: manifest.data, ...lists, evidence, evidenceFiles };
    problems.push(...checkPack(pack, knownCountries));
    if (problems.length === 0) return { ...pack, contentHash: contentHash() };
  }
  throw new PackError(source, problems);
}

function issuesToProblems(file: string, raw: unknown, index: number | undefined, error: z.ZodError): PackProblem[] {
  const id =
    raw && typeof raw === "object" && "id" in raw && typeof raw.id === "string"
      ? raw.id
      : index === undefined
        ? undefined
        : `#${index + 1}`;
  return error.issues.map((issue) => ({
    file,
    ...(id ? { recordId: id } : {}),
    ...(issue.path.length ? { field: issue.path.join(".") } : {}),
    message: issue.message,
  }));
}

/** Every pack folder (one holding a pack.yaml) under a packs directory. */
export function listPackDirs(packsDir: string): string[] {
  if (!existsSync(packsDir)) return [];
  return readdirSync(packsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(packsDir, d.name, "pack.yaml")))
    .map((d) => join(packsDir, d.name))
    .sort();
}
