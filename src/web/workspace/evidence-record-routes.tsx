/**
 * GET /orgs/:slug/evidence/:id: one of an organisation's evidence records, for
 * its members. Confidential records are shown only here (never on a public
 * page), to the members who may see them; a public record redirects to its
 * public page. Search links confidential results here.
 */
import { Hono } from "hono";
import { NotFoundError } from "../../domain/errors";
import { evidenceAccess } from "../../domain/evidence/access";
import { PUBLIC } from "../../domain/framework/catalogue";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { evidencePath } from "../public/paths";
import { EvidenceView } from "../public/views/evidence";

export const organisationEvidencePath = (slug: string, id: string) => `/orgs/${slug}/evidence/${encodeURIComponent(id)}`;

export function evidenceRecordRoutes(deps: WebDeps) {
  const app = new Hono<AppEnv>();
  const origin = deps.config.publicOrigin;

  app.get("/orgs/:slug/evidence/:id", requires("organisation.read", deps), async (c) => {
    const id = c.req.param("id");
    const org = await deps.accounts.organisationBySlug(c.req.param("slug"));
    const access = evidenceAccess(c.get("actor"), org.id);
    const evidence = access ? await deps.repos.evidence.getEvidence(id, [], access) : undefined;
    if (!evidence) {
      if (await deps.repos.evidence.getEvidence(id, PUBLIC)) return c.redirect(evidencePath(id), 301);
      throw new NotFoundError("evidenceRecord", id);
    }
    const [country, linked] = await Promise.all([
      evidence.countryIso3 ? deps.repos.countries.getCountry(evidence.countryIso3) : undefined,
      deps.repos.framework.listItems({ ids: evidence.links }),
    ]);
    return c.html(<EvidenceView origin={origin} evidence={evidence} country={country ?? null} linked={linked} />);
  });

  return app;
}
