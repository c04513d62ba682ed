import type { Actor } from "../accounts/types";
import { roleRank } from "../accounts/types";
import { roleIn } from "../policy";
import type { EvidenceAccess } from "./types";

/**
 * What of an organisation's confidential evidence someone may see: members see
 * "organisation" records, reviewers and admins also "restricted" ones, everyone
 * else nothing (public records are visible to all anyway).
 */
export function evidenceAccess(actor: Actor, organisationId: string): EvidenceAccess | undefined {
  const role = roleIn(actor, organisationId);
  if (!actor.user || role === null) return undefined;
  return {
    organisationId,
    visibilities: roleRank(role) >= roleRank("reviewer") ? ["organisation", "restricted"] : ["organisation"],
  };
}
