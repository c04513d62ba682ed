import { msg } from "../../i18n/message";
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
    super(msg("errors.conflict", { version: theirs.version }));
    this.name = "ConflictError";
  }
}

/** The cycle is closed: its assessments can be read, not changed. */
export class ClosedCycleError extends DomainError {
  readonly code = "cycle_closed";
  constructor(cycleName: string) {
    super(msg("errors.cycleClosed", { cycle: cycleName }));
    this.name = "ClosedCycleError";
  }
}
