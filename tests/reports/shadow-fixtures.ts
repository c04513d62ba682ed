/**
 * A Kenyan report's worth of records for the shadow report suites: two
 * organisations' published assessments citing public and confidential
 * evidence, a draft, and a government reply. `secret` marks what must never
 * appear in a public report.
 */
import type { Actor, Role } from "../../src/domain/accounts/types";
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

/** What an internal report may and may not hold: org-a's restricted record and org-b's confidential one, each cited. */
export const INTERNAL = {
  restricted: { evidenceId: "restricted-shadow-ev", word: "CANARY-SHADOW-RESTRICTED" },
  otherOrg: { evidenceId: "other-org-secret-ev", word: "CANARY-OTHER-ORGANISATION" },
};

/** On top of shadowRecords: org-a cites its restricted record, org-b its own confidential one. */
export async function internalRecords(repos: Repositories) {
  await confidentialEvidence(repos, INTERNAL.restricted.evidenceId, INTERNAL.restricted.word, "restricted");
  await repos.evidence.create(
    {
      id: INTERNAL.otherOrg.evidenceId,
      packId: null,
      organisationId: "org-b",
      type: "other",
      title: `${INTERNAL.otherOrg.word} title`,
      summary: `${INTERNAL.otherOrg.word} summary`,
      countryIso3: "KEN",
      body: null,
      date: null,
      visibility: "organisation",
      citation: null,
      sources: [{ title: `${INTERNAL.otherOrg.word} source`, url: "https://example.org/other-secret" }],
      links: ["s04-o1"],
      createdAt: "2026-02-01T00:00:00.000Z",
      updatedAt: "2026-02-01T00:00:00.000Z",
    },
    "u-export",
  );
  const a = (id: string, org: string, item: string, evidenceIds: string[]) =>
    assess(repos, { id, org, country: "KEN", cycle: "2025", item, status: "in_progress", evidenceIds }, true);
  await a("a-4", "org-a", "s04-o1", [INTERNAL.restricted.evidenceId]);
  await a("b-2", "org-b", "s04-o1", [INTERNAL.otherOrg.evidenceId, PUBLIC_EVIDENCE]);
}

/** People with each role in org-a, a contributor of org-b and a superadmin, as actors. */
export async function shadowPeople(repos: Repositories) {
  const now = "2026-02-01T00:00:00.000Z";
  const people: Record<string, Actor> = {};
  const roles: [string, string | null, Role | null][] = [
    ["viewer", "org-a", "viewer"],
    ["contributor", "org-a", "contributor"],
    ["contributor2", "org-a", "contributor"],
    ["reviewer", "org-a", "reviewer"],
    ["outsider", "org-b", "contributor"],
    ["superadmin", null, null],
  ];
  for (const [name, org, role] of roles) {
    const user = await repos.accounts.createUser(
      {
        id: `u-${name}`,
        email: `${name}@shadow.example.org`,
        displayName: `Person ${name}`,
        isSuperadmin: name === "superadmin",
      },
      now,
    );
    if (org && role) await repos.accounts.setMembership(user.id, org, role, now);
    people[name] = { user, memberships: await repos.accounts.membershipsOfUser(user.id) };
  }
  return people;
}

/**
 * A full country's report for one organisation (slug `cso-full`): every
 * assessable item published with a two-paragraph narrative and three public
 * evidence records cited, as the benchmark does. Heavy enough that building
 * and rendering take a measurable time.
 */
export async function fullCountryRecords(repos: Repositories, country = "UGA") {
  const now = "2026-02-01T00:00:00.000Z";
  await repos.accounts.createOrganisation(
    { id: "org-full", slug: "cso-full", name: "Full coalition", type: "civil_society", countryIso3: null },
    now,
  );
  const [items, evidence] = await Promise.all([
    repos.framework.listItems(),
    repos.evidence.listEvidence({ visibility: ["public"] }, { page: 1, perPage: 10_000 }),
  ]);
  const ids = evidence.items.map((e) => e.id);
  const statuses = ["not_started", "planned", "in_progress", "substantial", "complete", "regressed"] as const;
  const assessable = items.filter((i) => i.kind === "commitment" || i.kind === "option");
  await repos.transaction(async (tx) => {
    for (const [k, item] of assessable.entries()) {
      const paragraph = `The ministry responsible adopted measures on ${item.title}; civil society reports uneven implementation, with gaps in rural areas, for women in public life and for girls at school.`;
      await assess(
        tx,
        {
          id: `full-${k}`,
          org: "org-full",
          country,
          cycle: "2025",
          item: item.id,
          status: statuses[k % statuses.length]!,
          narrative: `${paragraph}\n\n${paragraph}`,
          evidenceIds: [0, 1, 2].map((j) => ids[(k * 3 + j) % ids.length]!),
        },
        true,
      );
    }
  });
  return assessable.length;
}
