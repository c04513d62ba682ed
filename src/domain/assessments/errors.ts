import { DomainError } from "../errors";
import type { Assessment, AssessmentContent } from "./types";

/**
 * Someone saved a newer version while this person was editing. Nothing was
 * overwritten: the person sees both versions and chooses.
 */
export class ConflictError extends DomainError {
  readonly code = "conflict";
  constructor(
    readonly theirs: Assessment,
    readonly mine: AssessmentContent,
  ) {
    super(
      `Someone saved a newer version (version ${theirs.version}) while you were editing. Compare both and choose what to keep.`,
    );
    this.name = "ConflictError";
  }
}

/** The cycle is closed: its assessments can be read, not changed. */
export class ClosedCycleError extends DomainError {
  readonly code = "cycle_closed";
  constructor(cycleName: string) {
    super(`The cycle "${cycleName}" is closed: its assessments can no longer be changed.`);
    this.name = "ClosedCycleError";
  }
}
