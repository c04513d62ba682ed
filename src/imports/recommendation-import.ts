/**
 * `blueprint import recommendations`: a UN recommendations export becomes a
 * framework pack, validated exactly like a pack folder, stored with the seed
 * repository and made searchable in one transaction with its audit entry.
 * The same file again changes nothing (same content hash); nothing is stored
 * while any row is wrong, or on a dry run.
 */
import { auditEntry } from "../domain/audit/entry";
import { PackError } from "../domain/framework/pack";
import type { Repositories } from "../domain/ports";
import { rebuildSearchIndex } from "../domain/search/search-index";
import { validatePack } from "../packs/load-pack";
import { parseCsv } from "./csv";
import { buildRecommendationPack, IMPORT_PUBLISHER } from "./recommendation-pack";
import { readRecommendations } from "./recommendation-rows";
import { ImportError, ImportProblems } from "./table";

export interface RecommendationImportInput {
  fileName: string;
  text: string;
  packId: string;
  title?: string;
  dryRun: boolean;
  /** Ids of the packs loaded from folders: an import never replaces one. */
  folderPackIds: readonly string[];
  now: Date;
}

export interface RecommendationImportResult {
  packId: string;
  version: string;
  /** new: stored for the first time; updated: the file changed; unchanged: same file, nothing written. */
  outcome: "new" | "updated" | "unchanged";
  dryRun: boolean;
  instruments: number;
  recommendations: number;
  notices: string[];
}

const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function importRecommendations(
  repos: Repositories,
  input: RecommendationImportInput,
): Promise<RecommendationImportResult> {
  const { packId } = input;
  if (!ITEM_ID.test(packId))
    throw new ImportError("The pack id cannot be used", [
      { message: `'${packId}' must be lower-case letters, digits and single hyphens, e.g. 'upr-ken-cycle4'` },
    ]);
  if (input.folderPackIds.includes(packId))
    throw new ImportError("The pack id cannot be used", [
      { message: `'${packId}' is a pack loaded from a folder; choose another id with --pack` },
    ]);
  const stored = (await repos.framework.listPacks()).find((p) => p.id === packId);
  if (stored && stored.source.publisher !== IMPORT_PUBLISHER)
    throw new ImportError("The pack id cannot be used", [
      { message: `'${packId}' is a pack that was not imported from recommendations; choose another id with --pack` },
    ]);

  const { rows, ignoredColumns } = readRecommendations(parseCsv(input.text));
  const built = buildRecommendationPack(rows, await repos.countries.listCountries(), {
    packId,
    title: input.title ?? stored?.title ?? `UN recommendations (${input.fileName})`,
    fileName: input.fileName,
    fileText: input.text,
    ...(stored ? { previousVersion: stored.version, previousHash: stored.contentHash } : {}),
  });
  const notices = [...built.notices];
  if (ignoredColumns.length)
    notices.push(
      `Not imported (no place for them in a pack): the column${ignoredColumns.length === 1 ? "" : "s"} ${ignoredColumns.map((c) => `'${c}'`).join(", ")}.`,
    );

  let pack: ReturnType<typeof validatePack>;
  try {
    pack = validatePack(input.fileName, built.raw, () => built.contentHash);
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    // A record that breaks a pack rule: report it at the row it came from.
    const problems = new ImportProblems();
    for (const p of e.problems)
      problems.add(
        p.recordId ? built.rowOf.get(p.recordId) : undefined,
        undefined,
        `${p.field ? `${p.field}: ` : ""}${p.message}${p.recordId ? ` (record '${p.recordId}')` : ""}`,
      );
    throw problems.error("The recommendations do not make a valid pack");
  }

  const outcome = !stored ? "new" : stored.contentHash === pack.contentHash ? "unchanged" : "updated";
  const result: RecommendationImportResult = {
    packId,
    version: pack.manifest.version,
    outcome,
    dryRun: input.dryRun,
    instruments: pack.instruments.length,
    recommendations: pack.commitments.length,
    notices,
  };
  if (input.dryRun || outcome === "unchanged") return result;

  await repos.transaction(async (tx) => {
    const imported = await tx.seed.importPack(pack, input.now.toISOString());
    await rebuildSearchIndex(tx);
    await tx.audit.append(
      auditEntry(
        { now: input.now, ipPrefix: "cli" },
        null,
        {
          action: outcome === "new" ? "pack.import" : "pack.update",
          entityType: "framework_pack",
          entityId: packId,
          after: { file: input.fileName, version: pack.manifest.version, contentHash: pack.contentHash, counts: imported.counts },
        },
        "cli",
      ),
    );
  });
  return result;
}
