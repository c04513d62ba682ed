/** The setting both API-token suites start from: two organisations, a contributor and a viewer of the first, and one confidential record. */
import type { Organisation } from "../../src/domain/accounts/types";
import type { WebDeps } from "../../src/web/deps";
import { ctx, makeOrganisation, type SignedInClient, signedInAs } from "./accounts";
import type { App } from "./authorisation";
import { seededApp, type TestDatabase } from "./databases";

export interface TokenWorld {
  app: App;
  deps: WebDeps;
  cleanup: () => Promise<void>;
  orgA: Organisation;
  orgB: Organisation;
  contributor: SignedInClient;
  viewer: SignedInClient;
  /** An "organisation" record of orgA. */
  evidenceId: string;
}

export async function tokenWorld(database: TestDatabase): Promise<TokenWorld> {
  const { app, deps, storage } = await seededApp(database);
  const orgA = await makeOrganisation(deps, "tok-a");
  const orgB = await makeOrganisation(deps, "tok-b");
  const contributor = await signedInAs(deps, { role: "contributor", orgSlug: orgA.slug });
  const viewer = await signedInAs(deps, { role: "viewer", orgSlug: orgA.slug });
  const made = await deps.evidence.create(
    { user: contributor.user, memberships: await deps.repos.accounts.membershipsOfUser(contributor.user.id) },
    orgA,
    {
      type: "law",
      title: "Confidential draft bill on image-based abuse",
      summary: "Shared with the organisation only.",
      countryIso3: "KEN",
      date: "2025",
      visibility: "organisation",
      sources: [{ title: "Draft bill" }],
      links: ["s02-o2"],
    },
    ctx(),
  );
  return { app, deps, cleanup: storage.cleanup, orgA, orgB, contributor, viewer, evidenceId: made.id };
}
