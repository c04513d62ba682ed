/** A framework pack as loaded from its files, before storage. */
import type {
  CommitmentInput,
  CrosswalkLinkInput,
  EvidenceRecordInput,
  InstrumentInput,
  PackManifest,
  SimpleItemInput,
  StrategyInput,
} from "./pack-schema";

export interface LoadedPack {
  manifest: PackManifest;
  instruments: InstrumentInput[];
  commitments: CommitmentInput[];
  strategies: StrategyInput[];
  factors: SimpleItemInput[];
  approachCategories: SimpleItemInput[];
  formsOfAbuse: SimpleItemInput[];
  legislativeApproaches: SimpleItemInput[];
  crosswalk: CrosswalkLinkInput[];
  evidence: EvidenceRecordInput[];
  /** The file each evidence record came from, by evidence id (for error messages). */
  evidenceFiles: Record<string, string>;
  /** SHA-256 of the pack's files, so that reloading an unchanged pack does nothing. */
  contentHash: string;
}

/** One thing wrong with a pack, precise enough to fix without reading code. */
export interface PackProblem {
  file: string;
  recordId?: string;
  field?: string;
  message: string;
}

export class PackError extends Error {
  readonly code = "invalid_pack";
  constructor(
    readonly dir: string,
    readonly problems: PackProblem[],
  ) {
    super(
      `Framework pack in ${dir} is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems
        .map(formatProblem)
        .join("\n")}`,
    );
    this.name = "PackError";
  }
}

export function formatProblem(p: PackProblem): string {
  const where = [p.file, p.recordId && `record '${p.recordId}'`, p.field && `field '${p.field}'`].filter(Boolean).join(", ");
  return `  - ${where}: ${p.message}`;
}
