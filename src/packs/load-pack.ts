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

export function loadPack(dir: string, knownCountries?: ReadonlySet<string>): LoadedPack {
  const problems: PackProblem[] = [];
  const hash = createHash("sha256");

  const readYaml = (file: string, optional: boolean): unknown => {
    const path = join(dir, file);
    if (!existsSync(path)) {
      if (!optional) problems.push({ file, message: "file is missing" });
      return undefined;
    }
    const text = readFileSync(path, "utf8");
    hash.update(`${file}\0${text}\0`);
    try {
      return parse(text);
    } catch (e) {
      problems.push({ file, message: `is not valid YAML: ${(e as Error).message.split("\n")[0]}` });
      return undefined;
    }
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

  const manifestRaw = readYaml("pack.yaml", false);
  const manifest = manifestRaw === undefined ? undefined : S.packManifest.safeParse(manifestRaw);
  if (manifest && !manifest.success) problems.push(...issuesToProblems("pack.yaml", manifestRaw, undefined, manifest.error));

  const lists = Object.fromEntries(
    Object.entries(LIST_FILES).map(([key, [file, schema]]) => [
      key,
      validateList(file, schema as z.ZodType, readYaml(file, OPTIONAL.has(file))),
    ]),
  ) as Pick<LoadedPack, keyof typeof LIST_FILES>;

  const evidence: LoadedPack["evidence"] = [];
  const evidenceFiles: Record<string, string> = {};
  const evidenceDir = join(dir, "evidence");
  if (existsSync(evidenceDir)) {
    for (const name of readdirSync(evidenceDir)
      .filter((n) => n.endsWith(".yaml"))
      .sort()) {
      const file = `evidence/${name}`;
      for (const record of validateList(file, S.evidenceRecord, readYaml(file, false))) {
        evidence.push(record);
        evidenceFiles[record.id] ??= file;
      }
    }
  }

  if (manifest?.success && problems.length === 0) {
    const pack = { manifest: manifest.data, ...lists, evidence, evidenceFiles };
    problems.push(...checkPack(pack, knownCountries));
    if (problems.length === 0) return { ...pack, contentHash: hash.digest("hex") };
  }
  throw new PackError(dir, problems);
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
