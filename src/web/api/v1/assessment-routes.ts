/**
 * Published assessments in the read API: a country's newest publications and
 * one assessment with its history. Built on the same public read model as the
 * pages (only published snapshots, only public evidence, organisations named,
 * people never).
 */
import { Hono } from "hono";
import { InvalidParameterError } from "../../../domain/errors";
import { requires } from "../../auth/guard";
import type { WebDeps } from "../../deps";
import type { AppEnv } from "../../env";
import { publicAssessment, publishedForCountry } from "../../workspace/published";

export function assessmentApiRoutes(deps: WebDeps) {
  const origin = deps.config.publicOrigin;
  const app = new Hono<AppEnv>();
  const pub = requires("public.read");
  const url = (id: string) => ({ url: `${origin}/api/v1/assessments/${id}`, htmlUrl: `${origin}/assessments/${id}` });

  app.get("/api/v1/countries/:iso3/assessments", pub, async (c) => {
    const country = await deps.repos.countries.getCountry(c.req.param("iso3").toUpperCase());
    if (!country) throw new InvalidParameterError("iso3", "must be the ISO alpha-3 code of a UN member state");
    const cycle = c.req.query("cycle");
    const groups = (await publishedForCountry(deps.repos, country.iso3)).filter((g) => !cycle || g.cycle.id === cycle);
    c.header("Cache-Control", "public, max-age=300");
    return c.json({
      data: groups.flatMap(({ cycle: cy, items }) =>
        items.flatMap(({ item, entries }) =>
          entries.map(({ publication: p, organisation: o }) => ({
            id: p.assessmentId,
            country: country.iso3,
            cycle: cy.id,
            demonstration: cy.isDemo,
            item: item.id,
            organisation: { id: o.id, name: o.name, type: o.type },
            status: p.snapshot.status,
            confidence: p.snapshot.confidence,
            version: p.version,
            publishedAt: p.publishedAt,
            methodologyVersion: p.methodologyVersion,
            ...url(p.assessmentId),
          })),
        ),
      ),
      links: { self: `${origin}/api/v1/countries/${country.iso3}/assessments${cycle ? `?cycle=${cycle}` : ""}` },
    });
  });

  app.get("/api/v1/assessments/:id", pub, async (c) => {
    const a = await publicAssessment(deps.repos, c.req.param("id"));
    const s = a.latest.snapshot;
    c.header("Cache-Control", "public, max-age=300");
    return c.json({
      data: {
        id: a.assessmentId,
        country: a.country.iso3,
        cycle: a.cycle.id,
        demonstration: a.cycle.isDemo,
        item: a.item.id,
        organisation: { id: a.organisation.id, name: a.organisation.name, type: a.organisation.type },
        status: s.status,
        confidence: s.confidence,
        narrative: s.narrative,
        obstacles: s.obstacles,
        enablers: s.enablers,
        evidence: a.evidence.map((e) => ({ id: e.id, title: e.title, url: `${origin}/api/v1/evidence/${e.id}` })),
        replies: a.replies.map(({ reply, organisation }) => ({
          organisation: { id: organisation.id, name: organisation.name },
          body: reply.body,
          updatedAt: reply.updatedAt,
        })),
        history: a.publications.map((p) => ({
          version: p.version,
          status: p.snapshot.status,
          publishedAt: p.publishedAt,
          methodologyVersion: p.methodologyVersion,
        })),
      },
      links: { self: url(a.assessmentId).url, html: url(a.assessmentId).htmlUrl },
    });
  });

  return app;
}
