/**
 * A Kenyan report's worth of records for the shadow report suites: two
 * organisations' published assessments citing public and confidential
 * evidence, a draft, and a government reply. `secret` marks what must never
 * appear in a public report.
 */
import type { Repositories } from "../../src/domain/ports";
import { assess, baseRecords, confidentialEvidence } from "./fixtures";

export const SECRET = { evidenceId: "secret-shadow-ev", word: "CANARY-SHADOW-CONFIDENTIAL", draft: "CANARY-SHADOW-DRAFT" };
export const PUBLIC_EVIDENCE = "ken-computer-misuse-cybercrimes-act";

export async function shadowRecords(repos: Repositories) {
  await baseRecords(repos);
  await confidentialEvidence(repos, SECRET.evidenceId, SECRET.word, "organisation");
  await repos.accounts.createOrganisation(
    { id: "org-gov", slug: "ken-gov", name: "Government of Kenya", type: "government_body", countryIso3: "KEN" },
    "2026-02-01T00:00:00.000Z",
  );
  const a = (id: string, org: string, item: string, status: Parameters<typeof assess>[1]["status"], evidenceIds: string[] = []) =>
    assess(
      repos,
      { id, org, country: "KEN", cycle: "2025", item, status, narrative: `**Finding** on ${item} by ${org}.`, evidenceIds },
      true,
    );
  await a("a-1", "org-a", "s02-o2", "planned", [PUBLIC_EVIDENCE, SECRET.evidenceId]);
  await a("a-2", "org-a", "s01-o1", "complete", [PUBLIC_EVIDENCE]);
  await a("a-3", "org-a", "hrc-38-5-c02", "in_progress");
  await a("b-1", "org-b", "s02-o2", "substantial");
  await assess(
    repos,
    { id: "draft-1", org: "org-a", country: "KEN", cycle: "2025", item: "s03-o1", narrative: SECRET.draft },
    false,
  );
  await repos.assessments.upsertReply({
    id: "reply-1",
    assessmentId: "a-1",
    organisationId: "org-gov",
    authorId: "u-export",
    body: "The Ministry has started consultations.",
    createdAt: "2026-03-01T00:00:00.000Z",
    updatedAt: "2026-03-01T00:00:00.000Z",
  });
}
