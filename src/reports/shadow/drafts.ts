/**
 * Reports of drafts. A draft names what its report is generated from; a
 * version adds what people wrote. Reading (gather) happens here, in the
 * calling thread, with the reader's rights: an internal draft reads the
 * organisation's own confidential evidence that the reader's role may see
 * (evidenceAccess, as the evidence pages decide), a public one public evidence
 * only. Building and rendering go to `render` (the worker pool in the server).
 */
import type { Actor } from "../../domain/accounts/types";
import { FormError } from "../../domain/auth/errors";
import { evidenceAccess } from "../../domain/evidence/access";
import type { Repositories } from "../../domain/ports";
import type { DraftSpec, GenerateTexts } from "../../domain/reports/draft-service";
import type { DraftTexts, ReportDraft } from "../../domain/reports/types";
import type { BuildOptions } from "./build";
import { gatherShadowInput, ReportInputError, type ShadowInput } from "./gather";
import type { RenderJob, RenderResult } from "./render-job";

export type Render = (job: RenderJob) => Promise<RenderResult>;

interface Source {
  organisationSlugs: string[];
  countryIso3: string;
  cycleId: string;
  internal: boolean;
  organisationId: string;
}

function read(repos: Repositories, s: Source, actor: Actor): Promise<ShadowInput> {
  const access = s.internal ? evidenceAccess(actor, s.organisationId) : undefined;
  return gatherShadowInput(repos, {
    countryIso3: s.countryIso3,
    cycleId: s.cycleId,
    organisationSlugs: s.organisationSlugs,
    ...(access ? { access } : {}),
  });
}

/** What a draft's report is read from, with `actor`'s rights. */
export async function draftReportInput(repos: Repositories, draft: ReportDraft, actor: Actor): Promise<ShadowInput> {
  const orgs = await Promise.all([draft.organisationId, ...draft.coalitionIds].map((id) => repos.accounts.getOrganisation(id)));
  return read(
    repos,
    {
      organisationSlugs: orgs.flatMap((o) => (o ? [o.slug] : [])),
      countryIso3: draft.countryIso3,
      cycleId: draft.cycleId,
      internal: draft.audience === "internal",
      organisationId: draft.organisationId,
    },
    actor,
  );
}

/** Build options of a draft, with a version's text in place of the generated parts. */
export function draftBuildOptions(draft: ReportDraft, texts: DraftTexts | undefined, date: string): BuildOptions {
  return {
    template: draft.template,
    lang: draft.lang,
    wordLimit: draft.wordLimit,
    audience: draft.audience,
    date,
    ...(texts ? { overrides: { executiveSummary: texts.executiveSummary, recommendations: texts.recommendations } } : {}),
  };
}

/** The draft service's generator of first versions: read here, build in `render`; nothing to report is a form problem. */
export function draftTextGenerator(repos: Repositories, render: Render, now = () => new Date()): GenerateTexts {
  return async (spec: DraftSpec, actor: Actor) => {
    let input: ShadowInput;
    try {
      input = await read(
        repos,
        {
          organisationSlugs: [spec.organisation.slug, ...spec.coalition.map((o) => o.slug)],
          countryIso3: spec.country.iso3,
          cycleId: spec.cycle.id,
          internal: spec.audience === "internal",
          organisationId: spec.organisation.id,
        },
        actor,
      );
    } catch (e) {
      if (e instanceof ReportInputError) throw new FormError({ country: e.text ?? e.message });
      throw e;
    }
    const options: BuildOptions = {
      template: spec.template,
      lang: spec.lang,
      wordLimit: spec.wordLimit,
      audience: spec.audience,
      date: now().toISOString(),
    };
    const result = await render({ input, options, output: "texts" });
    return result.texts!;
  };
}

/** A draft version's word count and limit, without a file. */
export async function measureDraft(repos: Repositories, render: Render, draft: ReportDraft, texts: DraftTexts, actor: Actor) {
  const input = await draftReportInput(repos, draft, actor);
  return render({ input, options: draftBuildOptions(draft, texts, new Date().toISOString()), output: "measure" });
}
