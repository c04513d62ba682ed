/**
 * Public pages: server-rendered HTML, no JavaScript, cacheable with ETags.
 * Each route: read parameters → domain service → view.
 */

import { type Context, Hono } from "hono";
import type { Organisation } from "../../domain/accounts/types";
import { ForbiddenError, FormError } from "../../domain/auth/errors";
import { countryService } from "../../domain/countries/country-service";
import { InvalidParameterError, NotFoundError } from "../../domain/errors";
import { catalogue, KIND_LABELS, PUBLIC } from "../../domain/framework/catalogue";
import type { FrameworkItem } from "../../domain/framework/types";
import { msg } from "../../i18n/message";
import { requestContext } from "../auth/client";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import type { Problems } from "../forms";
import { localProblems } from "../i18n/problems";
import { t } from "../i18n/t";
import { publicAssessment, publishedForCountry } from "../workspace/published";
import { publicCache } from "./cache";
import { itemRefs, pageTranslations } from "./content";
import { kindPlural } from "./labels";
import { assessmentPath, PublicAssessmentView } from "./views/assessment";
import { CommitmentView, InstrumentView } from "./views/commitments";
import { CountriesView, CountryView } from "./views/countries";
import { EvidenceView } from "./views/evidence";
import { FrameworkView } from "./views/framework";
import { ApproachCategoryView, FactorView, OptionView, StrategyView } from "./views/framework-items";
import { HomeView } from "./views/home";
import { ItemIndexView } from "./views/item-index";
import { WithEvidenceView } from "./views/with-evidence";

/**
 * The reply's problems in the reader's language. The service states its one
 * rule (a reply of 1 to 20,000 characters) in English only, so the page says
 * it from the catalogue; catalogue messages from the service pass through.
 */
function replyProblems(e: FormError): Problems {
  const problems = localProblems(e);
  if (typeof e.messages.body === "string") problems.body = t("public.reply.bodyProblem");
  return problems;
}

export function publicRoutes(deps: WebDeps) {
  const cat = catalogue(deps.repos);
  const countries = countryService(deps.repos);
  const origin = deps.config.publicOrigin;
  const app = new Hono<AppEnv>();
  const pub = requires("public.read");
  /** The translations of the framework items a page shows (already read as public), with ONE query. */
  const itemTranslations = (
    c: Context<AppEnv>,
    items: readonly (FrameworkItem | null | undefined)[],
    more: { type: "evidence" | "assessment"; id: string }[] = [],
  ) => pageTranslations(deps.repos, [...itemRefs(items), ...more], c.get("locale"));
  /** Every framework item in a catalogue result (the page's item and everything it lists). */
  const itemsIn = (value: unknown, found: FrameworkItem[] = []): FrameworkItem[] => {
    if (Array.isArray(value)) for (const v of value) itemsIn(v, found);
    else if (value && typeof value === "object") {
      const o = value as Record<string, unknown>;
      if (typeof o.id === "string" && typeof o.kind === "string" && typeof o.title === "string")
        found.push(o as unknown as FrameworkItem);
      else for (const v of Object.values(o)) if (v && typeof v === "object" && !(v instanceof Map)) itemsIn(v, found);
    }
    return found;
  };

  app.get("/", pub, publicCache, async (c) => {
    const [packs, items] = await Promise.all([cat.packs(), deps.repos.framework.listItems()]);
    const counts: Record<string, number> = {};
    for (const i of items) counts[i.kind] = (counts[i.kind] ?? 0) + 1;
    return c.html(<HomeView origin={origin} pack={packs[0]} counts={counts} />);
  });

  app.get("/framework", pub, publicCache, async (c) => {
    const data = await cat.framework();
    const tr = await itemTranslations(c, itemsIn(data));
    return c.html(<FrameworkView origin={origin} {...data} tr={tr} />);
  });

  const simpleIndex = (kind: FrameworkItem["kind"]) => async (c: Context<AppEnv>) => {
    const items = await cat.list(kind);
    const tr = await itemTranslations(c, items);
    const path = `/${KIND_LABELS[kind].path}`;
    return c.html(
      <ItemIndexView
        origin={origin}
        title={kindPlural(kind)}
        intro={t(`public.index.${kind}`)}
        path={path}
        json={`/api/v1${path}`}
        groups={[{ items }]}
        tr={tr}
      />,
    );
  };

  app.get("/strategies", pub, publicCache, (c) => c.redirect("/framework#strategies", 301));
  app.get("/options", pub, publicCache, (c) => c.redirect("/framework#strategies", 301));
  app.get("/instruments", pub, publicCache, simpleIndex("instrument"));
  app.get("/factors", pub, publicCache, simpleIndex("factor"));
  app.get("/forms-of-abuse", pub, publicCache, simpleIndex("form_of_abuse"));
  app.get("/approach-categories", pub, publicCache, simpleIndex("approach_category"));
  app.get("/legislative-approaches", pub, publicCache, simpleIndex("legislative_approach"));

  app.get("/commitments", pub, publicCache, async (c) => {
    const [instruments, commitments] = await Promise.all([cat.list("instrument"), cat.list("commitment")]);
    const groups = instruments
      .map((heading) => ({ heading, items: commitments.filter((x) => x.parentId === heading.id) }))
      .filter((g) => g.items.length > 0);
    const tr = await itemTranslations(
      c,
      groups.flatMap((g) => [g.heading, ...g.items]),
    );
    return c.html(
      <ItemIndexView
        origin={origin}
        title={kindPlural("commitment")}
        intro={t("public.index.commitment")}
        path="/commitments"
        json="/api/v1/commitments"
        groups={groups}
        tr={tr}
      />,
    );
  });

  app.get("/strategies/:id", pub, publicCache, async (c) => {
    const data = await cat.strategy(c.req.param("id"));
    return c.html(<StrategyView origin={origin} data={data} tr={await itemTranslations(c, itemsIn(data))} />);
  });
  app.get("/options/:id", pub, publicCache, async (c) => {
    const data = await cat.option(c.req.param("id"));
    return c.html(<OptionView origin={origin} data={data} tr={await itemTranslations(c, itemsIn(data))} />);
  });
  app.get("/instruments/:id", pub, publicCache, async (c) => {
    const data = await cat.instrument(c.req.param("id"));
    return c.html(<InstrumentView origin={origin} data={data} tr={await itemTranslations(c, itemsIn(data))} />);
  });
  app.get("/commitments/:id", pub, publicCache, async (c) => {
    const data = await cat.commitment(c.req.param("id"));
    return c.html(<CommitmentView origin={origin} data={data} tr={await itemTranslations(c, itemsIn(data))} />);
  });
  app.get("/factors/:id", pub, publicCache, async (c) => {
    const data = await cat.factor(c.req.param("id"));
    return c.html(<FactorView origin={origin} data={data} tr={await itemTranslations(c, itemsIn(data))} />);
  });
  app.get("/approach-categories/:id", pub, publicCache, async (c) => {
    const data = await cat.approachCategory(c.req.param("id"));
    return c.html(<ApproachCategoryView origin={origin} data={data} tr={await itemTranslations(c, itemsIn(data))} />);
  });
  app.get("/forms-of-abuse/:id", pub, publicCache, async (c) => {
    const data = await cat.withEvidence("form_of_abuse", c.req.param("id"));
    return c.html(<WithEvidenceView origin={origin} data={data} tr={await itemTranslations(c, itemsIn(data))} />);
  });
  app.get("/legislative-approaches/:id", pub, publicCache, async (c) => {
    const data = await cat.withEvidence("legislative_approach", c.req.param("id"));
    return c.html(<WithEvidenceView origin={origin} data={data} tr={await itemTranslations(c, itemsIn(data))} />);
  });

  app.get("/countries", pub, publicCache, async (c) => {
    const regions = await countries.regions();
    const region = c.req.query("region") || undefined;
    if (region && !regions.some((r) => r.code === region))
      throw new InvalidParameterError(
        "region",
        `must be a UN M49 region code such as 002 (Africa); '${region}' is not one`,
        msg("public.countries.badRegion", { region }),
      );
    const ev = c.req.query("evidence") || undefined;
    if (ev && ev !== "yes" && ev !== "no")
      throw new InvalidParameterError("evidence", "must be 'yes' or 'no'", msg("public.countries.badEvidence"));
    const hasEvidence = ev === undefined ? undefined : ev === "yes";
    const listing = await countries.list({ region, hasEvidence });
    return c.html(
      <CountriesView origin={origin} regions={regions} listing={listing} region={region} hasEvidence={hasEvidence} />,
    );
  });

  app.get("/countries/:iso3", pub, publicCache, async (c) => {
    const iso3 = c.req.param("iso3");
    if (iso3 !== iso3.toUpperCase()) return c.redirect(`/countries/${iso3.toUpperCase()}`, 301);
    const [profile, regions] = await Promise.all([countries.profile(iso3), countries.regions()]);
    const published = await publishedForCountry(deps.repos, profile.country.iso3);
    return c.html(<CountryView origin={origin} profile={profile} regions={regions} published={published} />);
  });

  // A published assessment: the newest published snapshot, public evidence only, replies and history.
  const assessmentPage = async (c: Context<AppEnv>, form?: { value: string; problems: Problems }) => {
    const data = await publicAssessment(deps.repos, c.req.param("id") ?? "");
    const actor = c.get("actor");
    const governments = (
      await Promise.all(actor.memberships.map((m) => deps.repos.accounts.getOrganisation(m.organisationId)))
    ).filter((o): o is Organisation => o?.type === "government_body" && o.countryIso3 === data.country.iso3);
    const mine = data.replies.find((r) => governments.some((g) => g.id === r.organisation.id));
    const reply = governments.length
      ? { csrf: c.get("csrfToken"), organisations: governments, value: form?.value ?? mine?.reply.body, problems: form?.problems }
      : undefined;
    const narrative = data.latest.snapshot.narrative ? [{ type: "assessment" as const, id: data.assessmentId }] : [];
    const tr = await itemTranslations(c, [data.item, data.parent], narrative);
    return c.html(<PublicAssessmentView origin={origin} data={data} reply={reply} tr={tr} />);
  };
  app.get("/assessments/:id", pub, publicCache, (c) => assessmentPage(c));
  app.post("/assessments/:id/reply", requires("account.self"), async (c) => {
    const id = c.req.param("id");
    const body = await c.req.parseBody();
    const text = typeof body.body === "string" ? body.body : "";
    const orgId = typeof body.organisation === "string" ? body.organisation : "";
    const organisation = orgId ? await deps.repos.accounts.getOrganisation(orgId) : undefined;
    if (!organisation) throw new ForbiddenError(msg("public.reply.forbidden"));
    try {
      await deps.assessments.reply(c.get("actor"), id, organisation, text, requestContext(c));
    } catch (e) {
      if (!(e instanceof FormError)) throw e;
      c.status(400);
      return assessmentPage(c, { value: text, problems: replyProblems(e) });
    }
    return c.redirect(`${assessmentPath(id)}#replies`, 303);
  });

  app.get("/evidence/:id", pub, publicCache, async (c) => {
    const id = c.req.param("id");
    const evidence = await deps.repos.evidence.getEvidence(id, PUBLIC);
    if (!evidence) throw new NotFoundError("evidenceRecord", id);
    const [country, linked] = await Promise.all([
      evidence.countryIso3 ? deps.repos.countries.getCountry(evidence.countryIso3) : undefined,
      deps.repos.framework.listItems({ ids: evidence.links }),
    ]);
    // Only public evidence reaches here (PUBLIC above), so only its translations are read.
    const tr = await itemTranslations(c, linked, [{ type: "evidence", id: evidence.id }]);
    return c.html(<EvidenceView origin={origin} evidence={evidence} country={country ?? null} linked={linked} tr={tr} />);
  });

  return app;
}
