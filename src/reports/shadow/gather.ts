/**
 * Reads what a shadow report is made of, through the repositories only:
 * the newest publication of every assessment of one country and cycle (one
 * organisation's, or all of them as a coalition), the framework, the evidence
 * they cite and the replies. Evidence is asked for with the visibility
 * ["public"] alone, unless the request carries an `access` (an internal
 * report): then also the confidential records of that one organisation that
 * the requesting member's role may see (domain/evidence/access.ts), and no other.
 */

import type { Organisation } from "../../domain/accounts/types";
import type { Cycle, Publication, Reply } from "../../domain/assessments/types";
import type { Country } from "../../domain/countries/types";
import { DomainError } from "../../domain/errors";
import type { Evidence, EvidenceAccess } from "../../domain/evidence/types";
import { PUBLIC } from "../../domain/framework/catalogue";
import type { FrameworkItem, ItemLink } from "../../domain/framework/types";
import type { Repositories } from "../../domain/ports";
import { type Message, msg } from "../../i18n/message";

export class ReportInputError extends DomainError {
  constructor(
    readonly code: "unknown_country" | "unknown_cycle" | "unknown_organisation" | "no_publications",
    message: string,
    /** What a page says, in the reader's language. */
    text?: Message,
  ) {
    super(message, text);
    this.name = "ReportInputError";
  }
}

export interface ShadowInput {
  country: Country;
  cycle: Cycle;
  /** The report's authors: the organisations whose publications it contains. */
  organisations: Organisation[];
  /** Every item of the packs the publications belong to, plus every factor. */
  items: FrameworkItem[];
  factorLinks: ItemLink[];
  publications: Publication[];
  /** Cited evidence by id: public, plus what `access` allows (anything else is simply absent). */
  evidence: Map<string, Evidence>;
  replies: { reply: Reply; organisation: Organisation }[];
  /** Set when the evidence was read for an internal report: whose confidential records, which visibilities. */
  access?: EvidenceAccess;
}

export interface ShadowRequest {
  countryIso3: string;
  cycleId: string;
  /** Organisation slugs; none means every organisation that published for this country and cycle. */
  organisationSlugs?: readonly string[];
  /** An internal report: the one organisation whose confidential evidence the reader may see (evidenceAccess). */
  access?: EvidenceAccess;
}

export async function gatherShadowInput(repos: Repositories, req: ShadowRequest): Promise<ShadowInput> {
  const iso3 = req.countryIso3.toUpperCase();
  const [country, cycle] = await Promise.all([repos.countries.getCountry(iso3), repos.assessments.getCycle(req.cycleId)]);
  if (!country) throw new ReportInputError("unknown_country", `No country with the ISO alpha-3 code '${req.countryIso3}'.`);
  if (!cycle) throw new ReportInputError("unknown_cycle", `No assessment cycle with the id '${req.cycleId}'.`);
  const wanted: Organisation[] = [];
  for (const slug of req.organisationSlugs ?? []) {
    const org = await repos.accounts.getOrganisationBySlug(slug);
    if (!org) throw new ReportInputError("unknown_organisation", `No organisation with the slug '${slug}'.`);
    wanted.push(org);
  }
  const wantedIds = new Set(wanted.map((o) => o.id));
  const publications = (await repos.assessments.latestPublications({ countryIso3: iso3, cycleId: cycle.id })).filter(
    (p) => wantedIds.size === 0 || wantedIds.has(p.snapshot.organisationId),
  );
  if (publications.length === 0) {
    const by = wanted.length ? ` by ${wanted.map((o) => o.slug).join(", ")}` : "";
    throw new ReportInputError(
      "no_publications",
      `No published assessments of ${country.name} (${iso3}) in the cycle '${cycle.id}'${by}.`,
      msg("reports.problem.noPublications"),
    );
  }
  const orgIds = [...new Set(publications.map((p) => p.snapshot.organisationId))];
  const [allItems, factorLinks, replies, organisations] = await Promise.all([
    repos.framework.listItems(),
    repos.framework.listLinks({ type: "addresses_factor" }),
    repos.assessments.listReplies(publications.map((p) => p.assessmentId)),
    Promise.all(orgIds.map((id) => repos.accounts.getOrganisation(id))),
  ]);
  const assessedIds = new Set(publications.map((p) => p.snapshot.itemId));
  const packs = new Set(allItems.filter((i) => assessedIds.has(i.id)).map((i) => i.packId));
  const items = allItems.filter((i) => packs.has(i.packId) || i.kind === "factor");
  const replyOrgs = new Map<string, Organisation | undefined>();
  for (const id of new Set(replies.map((r) => r.organisationId))) replyOrgs.set(id, await repos.accounts.getOrganisation(id));
  return {
    country,
    cycle,
    organisations: organisations.filter((o): o is Organisation => o !== undefined),
    items,
    factorLinks,
    publications,
    evidence: await citedEvidence(repos, iso3, publications, req.access),
    replies: replies.flatMap((reply) => {
      const organisation = replyOrgs.get(reply.organisationId);
      return organisation ? [{ reply, organisation }] : [];
    }),
    ...(req.access ? { access: req.access } : {}),
  };
}

/** The cited records one may see: the country's in one read, any others one by one. */
async function citedEvidence(repos: Repositories, iso3: string, publications: Publication[], access?: EvidenceAccess) {
  const cited = new Set(publications.flatMap((p) => p.snapshot.evidenceIds));
  const found = new Map<string, Evidence>();
  if (cited.size === 0) return found;
  // The repository filters by visibility; this checks each record again on the way out.
  const allowed = (e: Evidence | undefined): e is Evidence =>
    e !== undefined &&
    (e.visibility === "public" ||
      (access !== undefined &&
        e.organisationId === access.organisationId &&
        (access.visibilities as readonly string[]).includes(e.visibility)));
  const page = await repos.evidence.listEvidence({ country: iso3, visibility: PUBLIC, access }, { page: 1, perPage: 100_000 });
  for (const e of page.items) if (cited.has(e.id) && allowed(e)) found.set(e.id, e);
  const rest = [...cited].filter((id) => !found.has(id));
  for (const e of await Promise.all(rest.map((id) => repos.evidence.getEvidence(id, PUBLIC, access))))
    if (allowed(e)) found.set(e.id, e);
  return found;
}
