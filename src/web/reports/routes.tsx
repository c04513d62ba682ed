/**
 * /orgs/:slug/reports: an organisation's shadow report drafts. Members read
 * (viewers included); contributors and up create drafts and save versions
 * (the service decides, domain/reports/draft-service.ts). People outside the
 * organisation are told there is nothing here (404), so that drafts do not
 * show they exist. Building and rendering run in worker threads (the shared
 * render pool); reading the database stays here.
 */
import { type Context, Hono } from "hono";
import { ForbiddenError, FormError } from "../../domain/auth/errors";
import { DomainError } from "../../domain/errors";
import { type NewDraftInput, reportDraftService } from "../../domain/reports/draft-service";
import { DraftConflictError } from "../../domain/reports/errors";
import { msg } from "../../i18n/message";
import { draftTextGenerator, measureDraft, type Render, RenderBusyError, sharedRenderPool } from "../../reports/shadow";
import { requestContext } from "../auth/client";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { countryName } from "../i18n/country-name";
import { localMessage, localProblems } from "../i18n/problems";
import { t } from "../i18n/t";
import { type Body, one, versionOf } from "../workspace/input";
import { displayNames } from "../workspace/load";
import { hideFromOutsiders, versionParam } from "./access";
import { DraftConflictView } from "./conflict-view";
import { downloadRoutes } from "./download-routes";
import { type DraftPageData, DraftView, VersionView } from "./draft-view";
import { DraftListView, NewDraftView } from "./list-view";
import { draftPath } from "./parts";

type C = Context<AppEnv>;

const NEW_FIELDS = ["country", "cycle", "template", "lang", "audience", "coalition", "wordLimit", "title"] as const;

export function reportRoutes(deps: WebDeps) {
  const { repos, accounts } = deps;
  const origin = deps.config.publicOrigin;
  const pool = sharedRenderPool();
  const render: Render = (job) => pool.run(job);
  const drafts = reportDraftService({ repos, newId: deps.crypto.newId, generate: draftTextGenerator(repos, render) });
  const app = new Hono<AppEnv>();
  const hide = hideFromOutsiders(deps);
  const read = requires("organisation.report.read", deps);
  const orgOf = (c: C) => accounts.organisationBySlug(c.req.param("slug") ?? "");

  app.get("/orgs/:slug/reports", hide, read, async (c) => {
    const org = await orgOf(c);
    const [list, countries, cycles] = await Promise.all([
      drafts.list(c.get("actor"), org),
      repos.countries.listCountries(),
      repos.assessments.listCycles(),
    ]);
    return c.html(
      <DraftListView
        origin={origin}
        org={org}
        drafts={list}
        countries={new Map(countries.map((x) => [x.iso3, countryName(x)]))}
        cycles={new Map(cycles.map((x) => [x.id, x.name]))}
        canEdit={drafts.canEdit(c.get("actor"), org)}
      />,
    );
  });

  async function newPage(c: C, values: NewDraftInput, problems?: Record<string, string>) {
    const org = await orgOf(c);
    if (!drafts.canEdit(c.get("actor"), org)) throw new ForbiddenError(msg("reports.onlyEditorsStart"));
    const [countries, cycles] = await Promise.all([repos.countries.listCountries(), repos.assessments.listCycles()]);
    return (
      <NewDraftView
        origin={origin}
        csrf={c.get("csrfToken")}
        org={org}
        countries={countries}
        cycles={cycles}
        values={values}
        problems={problems}
      />
    );
  }
  const blank = Object.fromEntries(NEW_FIELDS.map((f) => [f, ""])) as unknown as NewDraftInput;

  app.get("/orgs/:slug/reports/new", hide, read, async (c) =>
    c.html(
      await newPage(c, { ...blank, country: (c.req.query("country") ?? "").toUpperCase(), cycle: c.req.query("cycle") ?? "" }),
    ),
  );

  app.post("/orgs/:slug/reports/new", hide, read, async (c) => {
    const org = await orgOf(c);
    const body = (await c.req.parseBody({ all: true })) as Body;
    const values = Object.fromEntries(NEW_FIELDS.map((f) => [f, one(body, f)])) as unknown as NewDraftInput;
    try {
      const draft = await drafts.create(c.get("actor"), org, values, requestContext(c));
      return c.redirect(`${draftPath(org.slug, draft.id)}?created=1`, 303);
    } catch (e) {
      if (e instanceof FormError) return c.html(await newPage(c, values, localProblems(e)), 400);
      if (e instanceof RenderBusyError) {
        c.header("Retry-After", String(e.retryAfterSeconds));
        return c.html(await newPage(c, values, { form: t("reports.unavailable.busy") }), 503);
      }
      throw e;
    }
  });

  /** Everything a draft or version page shows, with the word count of that version (built in a worker). */
  async function pageData(c: C, version?: number): Promise<DraftPageData> {
    const org = await orgOf(c);
    const actor = c.get("actor");
    const got = await drafts.get(actor, org, c.req.param("id") ?? "", version);
    const [versions, country, cycle, coalition] = await Promise.all([
      drafts.versions(actor, org, got.draft.id),
      repos.countries.getCountry(got.draft.countryIso3),
      repos.assessments.getCycle(got.draft.cycleId),
      Promise.all(got.draft.coalitionIds.map((id) => repos.accounts.getOrganisation(id))),
    ]);
    const names = await displayNames(
      repos,
      versions.map((v) => v.savedBy),
    );
    let measure: DraftPageData["measure"] = null;
    let measureError: string | undefined;
    try {
      measure = await measureDraft(repos, render, got.draft, got.version, actor);
    } catch (e) {
      // The page still opens (to edit, to see versions) when the report cannot be built just now.
      if (!(e instanceof DomainError)) throw e;
      measureError = t("reports.draft.notCounted", { reason: localMessage(e) });
    }
    return {
      org,
      ...got,
      versions,
      names,
      country: country ? countryName(country) : got.draft.countryIso3,
      cycle: cycle?.name ?? got.draft.cycleId,
      coalition: coalition.flatMap((o) => (o ? [o.name] : [])),
      measure,
      ...(measureError ? { measureError } : {}),
      canEdit: drafts.canEdit(actor, org),
    };
  }

  app.get("/orgs/:slug/reports/:id", hide, read, async (c) => {
    const data = await pageData(c);
    const saved = c.req.query("saved");
    const notice = c.req.query("created")
      ? t("reports.draft.created")
      : saved && /^\d+$/.test(saved)
        ? t("reports.draft.saved", { n: saved })
        : undefined;
    return c.html(<DraftView origin={origin} csrf={c.get("csrfToken")} data={data} notice={notice} />);
  });

  app.post("/orgs/:slug/reports/:id", hide, read, async (c) => {
    const org = await orgOf(c);
    const actor = c.get("actor");
    if (!drafts.canEdit(actor, org)) throw new ForbiddenError(msg("reports.onlyEditorsEdit"));
    const body = (await c.req.parseBody({ all: true })) as Body;
    const mine = {
      executiveSummary: one(body, "executiveSummary"),
      recommendations: one(body, "recommendations"),
      note: one(body, "note"),
    };
    const id = c.req.param("id");
    try {
      const saved = await drafts.save(actor, org, id, versionOf(body), mine, requestContext(c));
      return c.redirect(`${draftPath(org.slug, id)}?saved=${saved.version}`, 303);
    } catch (e) {
      if (e instanceof FormError)
        return c.html(
          <DraftView
            origin={origin}
            csrf={c.get("csrfToken")}
            data={await pageData(c)}
            values={mine}
            problems={localProblems(e)}
          />,
          400,
        );
      if (!(e instanceof DraftConflictError)) throw e;
      const { draft } = await drafts.get(actor, org, id);
      const names = await displayNames(repos, [e.theirs.savedBy]);
      return c.html(
        <DraftConflictView
          origin={origin}
          csrf={c.get("csrfToken")}
          org={org}
          draft={draft}
          theirs={e.theirs}
          theirsBy={names.get(e.theirs.savedBy) ?? t("reports.conflict.someone")}
          mine={mine}
        />,
        409,
      );
    }
  });

  app.get("/orgs/:slug/reports/:id/versions/:n", hide, read, async (c) =>
    c.html(<VersionView origin={origin} data={await pageData(c, versionParam(c))} />),
  );

  app.route("/", downloadRoutes(deps, drafts, render, hide, read));
  return app;
}
