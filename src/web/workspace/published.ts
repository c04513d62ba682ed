/**
 * The public read model of assessments: only published snapshots, only public
 * evidence. Drafts, review comments and the people behind them never leave here.
 */
import type { Organisation } from "../../domain/accounts/types";
import type { Cycle, Publication, Reply } from "../../domain/assessments/types";
import type { Country } from "../../domain/countries/types";
import { NotFoundError } from "../../domain/errors";
import type { Evidence } from "../../domain/evidence/types";
import { PUBLIC } from "../../domain/framework/catalogue";
import type { FrameworkItem } from "../../domain/framework/types";
import type { Repositories } from "../../domain/ports";

export interface PublishedEntry {
  publication: Publication;
  organisation: Organisation;
}
export interface PublishedCycle {
  cycle: Cycle;
  items: { item: FrameworkItem; entries: PublishedEntry[] }[];
}

async function organisations(repos: Repositories, ids: readonly string[]) {
  const found = await Promise.all([...new Set(ids)].map((id) => repos.accounts.getOrganisation(id)));
  return new Map(found.flatMap((o) => (o ? [[o.id, o] as [string, Organisation]] : [])));
}

/** Commitments before options, each in its instrument's or strategy's order. */
async function frameworkOrder(repos: Repositories, items: FrameworkItem[]) {
  const parents = await repos.framework.listItems({ ids: [...new Set(items.flatMap((i) => (i.parentId ? [i.parentId] : [])))] });
  const parentOrder = new Map(parents.map((p) => [p.id, p.order]));
  const key = (i: FrameworkItem) => [i.kind === "commitment" ? 0 : 1, parentOrder.get(i.parentId ?? "") ?? 0, i.order];
  return (a: FrameworkItem, b: FrameworkItem) => {
    const [x, y] = [key(a), key(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]! || (a.id < b.id ? -1 : 1);
  };
}

/** Every organisation's newest publication for a country, by cycle (newest first) and item. */
export async function publishedForCountry(repos: Repositories, iso3: string): Promise<PublishedCycle[]> {
  const latest = await repos.assessments.latestPublications({ countryIso3: iso3 });
  if (latest.length === 0) return [];
  const [cycles, items, orgs] = await Promise.all([
    repos.assessments.listCycles(),
    repos.framework.listItems({ ids: [...new Set(latest.map((p) => p.snapshot.itemId))] }),
    organisations(
      repos,
      latest.map((p) => p.snapshot.organisationId),
    ),
  ]);
  const order = await frameworkOrder(repos, items);
  return [...cycles]
    .reverse()
    .map((cycle) => ({
      cycle,
      items: [...items].sort(order).flatMap((item) => {
        const entries = latest
          .filter((p) => p.snapshot.cycleId === cycle.id && p.snapshot.itemId === item.id)
          .flatMap((publication) => {
            const organisation = orgs.get(publication.snapshot.organisationId);
            return organisation ? [{ publication, organisation }] : [];
          })
          .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
        return entries.length ? [{ item, entries }] : [];
      }),
    }))
    .filter((g) => g.items.length > 0);
}

export interface PublicAssessment {
  assessmentId: string;
  publications: Publication[];
  latest: Publication;
  organisation: Organisation;
  item: FrameworkItem;
  parent: FrameworkItem | undefined;
  country: Country;
  cycle: Cycle;
  factors: Map<string, FrameworkItem>;
  /** Only the linked records that are public. */
  evidence: Evidence[];
  replies: { reply: Reply; organisation: Organisation }[];
}

export async function publicAssessment(repos: Repositories, id: string): Promise<PublicAssessment> {
  const publications = await repos.assessments.listPublications(id);
  const latest = publications.at(-1);
  if (!latest) throw new NotFoundError("publishedAssessment", id);
  const s = latest.snapshot;
  const [orgs, item, country, cycle, factors, linked, replies] = await Promise.all([
    organisations(repos, [s.organisationId]),
    repos.framework.getItem(s.itemId),
    repos.countries.getCountry(s.countryIso3),
    repos.assessments.getCycle(s.cycleId),
    repos.framework.listItems({ ids: [...s.obstacles, ...s.enablers] }),
    Promise.all(s.evidenceIds.map((e) => repos.evidence.getEvidence(e, PUBLIC))),
    repos.assessments.listReplies([id]),
  ]);
  const organisation = orgs.get(s.organisationId);
  if (!organisation || !item || !country || !cycle) throw new NotFoundError("publishedAssessment", id);
  const [parent, replyOrgs] = await Promise.all([
    item.parentId ? repos.framework.getItem(item.parentId) : undefined,
    organisations(
      repos,
      replies.map((r) => r.organisationId),
    ),
  ]);
  return {
    assessmentId: id,
    publications,
    latest,
    organisation,
    item,
    parent,
    country,
    cycle,
    factors: new Map(factors.map((f) => [f.id, f])),
    evidence: linked.filter((e): e is Evidence => e !== undefined),
    replies: replies.flatMap((reply) => {
      const o = replyOrgs.get(reply.organisationId);
      return o ? [{ reply, organisation: o }] : [];
    }),
  };
}
