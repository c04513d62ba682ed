/**
 * Published assessments, drafts and confidential evidence written straight
 * through the repositories, for the export suites. `canary` marks everything
 * that must never appear in an export.
 */
import type { Assessment, AssessmentContent, Status } from "../../src/domain/assessments/types";
import type { Evidence } from "../../src/domain/evidence/types";
import type { Repositories } from "../../src/domain/ports";
import { METHODOLOGY_V1 } from "../../src/domain/scoring/methodology-v1";

const NOW = "2026-02-01T00:00:00.000Z";

export async function baseRecords(repos: Repositories) {
  await repos.accounts.createUser(
    { id: "u-export", email: "export@example.org", displayName: "Exporter", isSuperadmin: false },
    NOW,
  );
  for (const [id, slug] of [
    ["org-a", "cso-a"],
    ["org-b", "cso-b"],
  ] as const)
    await repos.accounts.createOrganisation(
      { id, slug, name: `Organisation ${slug}`, type: "civil_society", countryIso3: null },
      NOW,
    );
  for (const [order, id] of ["2023", "2025"].entries())
    await repos.assessments.createCycle({
      id,
      name: id,
      periodStart: `${id}-01-01`,
      periodEnd: `${id}-12-31`,
      order: order + 1,
      status: "open",
      isDemo: false,
      createdAt: NOW,
    });
}

export interface Draft {
  id: string;
  org: string;
  country: string;
  cycle: string;
  item: string;
  status?: Status;
  narrative?: string;
  evidenceIds?: string[];
}

/** Inserts an assessment; `publish` adds a publication of its current content. */
export async function assess(repos: Repositories, d: Draft, publish: boolean, version = 1) {
  const content: AssessmentContent = {
    status: d.status ?? "planned",
    narrative: d.narrative ?? `Narrative of ${d.id}`,
    confidence: "medium",
    obstacles: ["funding-capacity"],
    enablers: [],
    evidenceIds: d.evidenceIds ?? [],
  };
  const a: Assessment = {
    id: d.id,
    organisationId: d.org,
    countryIso3: d.country,
    cycleId: d.cycle,
    itemId: d.item,
    ...content,
    reviewState: publish ? "published" : "draft",
    version,
    editedBy: "u-export",
    submittedBy: null,
    createdAt: NOW,
    updatedAt: NOW,
  };
  if (version === 1) await repos.assessments.insert(a);
  else await repos.assessments.update(a, version - 1);
  if (publish)
    await repos.assessments.addPublication({
      assessmentId: d.id,
      version,
      snapshot: { organisationId: d.org, countryIso3: d.country, cycleId: d.cycle, itemId: d.item, ...content },
      publishedBy: "u-export",
      publishedAt: NOW,
      methodologyVersion: METHODOLOGY_V1.version,
    });
}

export async function confidentialEvidence(
  repos: Repositories,
  id: string,
  word: string,
  visibility: "organisation" | "restricted",
) {
  const e: Evidence = {
    id,
    packId: null,
    organisationId: "org-a",
    type: "other",
    title: `${word} title`,
    summary: `${word} summary`,
    countryIso3: "KEN",
    body: null,
    date: null,
    visibility,
    citation: null,
    sources: [{ title: `${word} source`, quotation: `${word} quotation`, url: "https://example.org/secret" }],
    links: ["s02-o2"],
    createdAt: NOW,
    updatedAt: NOW,
  };
  await repos.evidence.create(e, "u-export");
}

/** Reads a whole export body. */
export async function bytesOf(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const c of body) chunks.push(c);
  return Buffer.concat(chunks);
}
