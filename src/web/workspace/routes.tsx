/**
 * The organisation's assessment workspace, the assessment editor with its
 * review actions, and the evidence form. The guard lets members in
 * (organisation.read); the services decide who may edit, review and publish.
 */
import { type Context, Hono } from "hono";
import { ClosedCycleError, ConflictError } from "../../domain/assessments/errors";
import { ForbiddenError, FormError } from "../../domain/auth/errors";
import { InvalidParameterError, NotFoundError } from "../../domain/errors";
import type { FrameworkItem } from "../../domain/framework/types";
import { can } from "../../domain/policy";
import { msg } from "../../i18n/message";
import { requestContext } from "../auth/client";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { localMessage, localProblems } from "../i18n/problems";
import { t } from "../i18n/t";
import { ConflictView } from "./conflict-view";
import { type EditorData, type EditorState, EditorView } from "./editor-view";
import { evidenceRecordRoutes } from "./evidence-record-routes";
import { evidenceRoutes } from "./evidence-routes";
import { importRoutes } from "./import-routes";
import { type Body, contentInput, one, versionOf } from "./input";
import { addressesFactor, assessableItems, displayNames, evidenceChoices, type Group } from "./load";
import { editorPath } from "./parts";
import { ChooserView, STATE_FILTERS, WorkspaceView } from "./workspace-view";

type C = Context<AppEnv>;
const EDITOR = "/orgs/:slug/assess/:country/:cycle/:item";

/** What the editor says after a redirect (`?done=`): catalogue keys by action. */
const DONE = new Set(["saved", "submit", "return", "publish"]);
const doneNotice = (done: string | undefined) => (done && DONE.has(done) ? t(`workspace.done.${done}`) : undefined);

export function workspaceRoutes(deps: WebDeps) {
  const { repos, accounts } = deps;
  const origin = deps.config.publicOrigin;
  const app = new Hono<AppEnv>();
  const orgRead = requires("organisation.read", deps);
  const orgOf = (c: C) => accounts.organisationBySlug(c.req.param("slug") ?? "");

  app.get("/orgs/:slug/workspace", orgRead, async (c) => {
    const org = await orgOf(c);
    const [countries, cycles] = await Promise.all([repos.countries.listCountries(), repos.assessments.listCycles()]);
    const q = (name: string) => c.req.query(name) || undefined;
    const [countryId, cycleId] = [q("country")?.toUpperCase(), q("cycle")];
    if (!countryId || !cycleId)
      return c.html(
        <ChooserView origin={origin} org={org} countries={countries} cycles={cycles} country={countryId} cycle={cycleId} />,
      );
    const country = countries.find((x) => x.iso3 === countryId);
    if (!country)
      throw new InvalidParameterError(
        "country",
        "must be the ISO 3166-1 alpha-3 code of a UN member state",
        msg("workspace.badCountry", { country: countryId }),
      );
    const cycle = cycles.find((x) => x.id === cycleId);
    if (!cycle)
      throw new InvalidParameterError(
        "cycle",
        `must name an assessment cycle; '${cycleId}' is not one`,
        msg("workspace.badCycle", { cycle: cycleId }),
      );

    const { commitments, options, factors, factorLinks } = await assessableItems(repos);
    const filters = { strategy: q("strategy"), instrument: q("instrument"), factor: q("factor"), state: q("state") };
    const choices = {
      strategies: options.map((g) => g.heading),
      instruments: commitments.map((g) => g.heading),
      factors,
    };
    const known = (value: string | undefined, list: { id: string }[], name: string) => {
      if (value && !list.some((x) => x.id === value))
        throw new InvalidParameterError(
          name,
          `'${value}' is not one to filter by`,
          msg("workspace.badFilter", { parameter: name, value }),
        );
    };
    known(filters.strategy, choices.strategies, "strategy");
    known(filters.instrument, choices.instruments, "instrument");
    known(filters.factor, factors, "factor");
    known(
      filters.state,
      STATE_FILTERS.map((id) => ({ id })),
      "state",
    );

    const assessments = new Map(
      (await repos.assessments.listForWorkspace(org.id, country.iso3, cycle.id)).map((a) => [a.itemId, a]),
    );
    const all = [...commitments, ...options].flatMap((g) => g.items);
    const inState = (s: string) => all.filter((i) => assessments.get(i.id)?.reviewState === s).length;
    const counts = {
      total: all.length,
      assessed: all.filter((i) => assessments.has(i.id)).length,
      in_review: inState("in_review"),
      published: inState("published"),
    };
    const onFactor = filters.factor ? addressesFactor(factorLinks, filters.factor) : () => true;
    const keep = (i: FrameworkItem) => {
      const a = assessments.get(i.id);
      if (filters.strategy && (i.kind !== "option" || i.parentId !== filters.strategy)) return false;
      if (filters.instrument && (i.kind !== "commitment" || i.parentId !== filters.instrument)) return false;
      if (filters.state && (filters.state === "not_assessed" ? a : a?.reviewState !== filters.state)) return false;
      return onFactor(i);
    };
    const narrow = (groups: Group[]) => groups.map((g) => ({ ...g, items: g.items.filter(keep) })).filter((g) => g.items.length);
    return c.html(
      <WorkspaceView
        origin={origin}
        org={org}
        countries={countries}
        cycles={cycles}
        countryRecord={country}
        cycleRecord={cycle}
        commitments={narrow(commitments)}
        options={narrow(options)}
        assessments={assessments}
        filters={filters}
        filterChoices={choices}
        counts={counts}
        canEdit={can(c.get("actor"), "assessment.edit", org) && cycle.status === "open"}
      />,
    );
  });

  /** Everything the editor shows, read afresh (after a refused action too, so the page shows what is stored now). */
  async function editorData(c: C): Promise<EditorData> {
    const org = await orgOf(c);
    const [iso3, cycleId, itemId] = [c.req.param("country") ?? "", c.req.param("cycle") ?? "", c.req.param("item") ?? ""];
    const [item, country, cycle] = await Promise.all([
      repos.framework.getItem(itemId),
      repos.countries.getCountry(iso3),
      repos.assessments.getCycle(cycleId),
    ]);
    if (!item || (item.kind !== "commitment" && item.kind !== "option")) throw new NotFoundError("assessableItem", itemId);
    if (!country) throw new NotFoundError("country", iso3);
    if (!cycle) throw new NotFoundError("cycle", cycleId);
    const actor = c.get("actor");
    const assessment = await repos.assessments.find({ organisationId: org.id, countryIso3: country.iso3, cycleId, itemId });
    const [parent, factors, evidence, comments, publications, replies] = await Promise.all([
      item.parentId ? repos.framework.getItem(item.parentId) : undefined,
      repos.framework.listItems({ kind: "factor" }),
      evidenceChoices(repos, actor, org.id, country.iso3, assessment?.evidenceIds ?? []),
      assessment ? repos.assessments.listComments(assessment.id) : [],
      assessment ? repos.assessments.listPublications(assessment.id) : [],
      assessment ? repos.assessments.listReplies([assessment.id]) : [],
    ]);
    const replyOrganisations = await Promise.all(replies.map((r) => repos.accounts.getOrganisation(r.organisationId)));
    const names = await displayNames(repos, [
      assessment?.editedBy ?? null,
      assessment?.submittedBy ?? null,
      ...comments.map((x) => x.authorId),
    ]);
    return {
      org,
      item,
      parent,
      country,
      cycle,
      assessment,
      factors: factors.sort((a, b) => a.order - b.order),
      evidence: evidence.offered,
      unseen: evidence.unseen,
      comments,
      publications,
      replies: replies.map((reply, i) => ({
        reply,
        organisation: replyOrganisations[i]?.name ?? t("workspace.aGovernmentBody"),
      })),
      names,
      canEdit: can(actor, "assessment.edit", org),
      canReview: can(actor, "assessment.review", org),
    };
  }

  const pathOf = (d: EditorData) => editorPath(d.org.slug, d.country.iso3, d.cycle.id, d.item.id);
  const editorPage = (c: C, data: EditorData, state: EditorState = {}, status: 200 | 400 | 409 = 200) =>
    c.html(<EditorView origin={origin} csrf={c.get("csrfToken")} data={data} state={state} />, status);
  const closedPage = async (c: C, e: ClosedCycleError) => editorPage(c, await editorData(c), { warning: localMessage(e) }, 409);

  app.get(EDITOR, orgRead, async (c) => editorPage(c, await editorData(c), { notice: doneNotice(c.req.query("done")) }));

  /** Refused before reading the form, so that a bad body never hides a refusal (the services check again). */
  const mayOrThrow = (c: C, data: EditorData, policy: "assessment.edit" | "assessment.review") => {
    if (!can(c.get("actor"), policy, data.org)) throw new ForbiddenError();
  };

  app.post(EDITOR, orgRead, async (c) => {
    const data = await editorData(c);
    mayOrThrow(c, data, "assessment.edit");
    const body = (await c.req.parseBody({ all: true })) as Body;
    const version = versionOf(body);
    const input = contentInput(body);
    // Links to records this person is not shown stay: they could not untick them.
    input.evidenceIds = [...new Set([...input.evidenceIds, ...data.unseen])];
    const key = { countryIso3: data.country.iso3, cycleId: data.cycle.id, itemId: data.item.id };
    try {
      await deps.assessments.save(c.get("actor"), data.org, key, input, version, requestContext(c));
    } catch (e) {
      if (e instanceof FormError) return editorPage(c, data, { values: input, problems: localProblems(e) }, 400);
      if (e instanceof ClosedCycleError) return closedPage(c, e);
      if (!(e instanceof ConflictError)) throw e;
      const names = await displayNames(repos, [e.theirs.editedBy]);
      const fresh = await editorData(c);
      return c.html(
        <ConflictView
          origin={origin}
          csrf={c.get("csrfToken")}
          path={pathOf(data)}
          item={data.item}
          theirs={e.theirs}
          theirsBy={names.get(e.theirs.editedBy) ?? t("workspace.conflict.someone")}
          mine={e.mine}
          factors={data.factors}
          evidence={fresh.evidence}
        />,
        409,
      );
    }
    return c.redirect(`${pathOf(data)}?done=saved`, 303);
  });

  // Review actions: each names the version it acts on; a stale version is refused with the page as it is now.
  const actions = {
    submit: (c: C, id: string, v: number) => deps.assessments.submit(c.get("actor"), id, v, requestContext(c)),
    return: (c: C, id: string, v: number, body: Body) =>
      deps.assessments.returnToDraft(c.get("actor"), id, v, one(body, "comment"), requestContext(c)),
    publish: (c: C, id: string, v: number) => deps.assessments.publish(c.get("actor"), id, v, requestContext(c)),
  };
  for (const [name, run] of Object.entries(actions))
    app.post(`${EDITOR}/${name}`, orgRead, async (c) => {
      const data = await editorData(c);
      mayOrThrow(c, data, name === "submit" ? "assessment.edit" : "assessment.review");
      if (!data.assessment) throw new NotFoundError("assessment", pathOf(data));
      const body = (await c.req.parseBody({ all: true })) as Body;
      try {
        await run(c, data.assessment.id, versionOf(body), body);
      } catch (e) {
        if (e instanceof FormError) return editorPage(c, await editorData(c), { problems: localProblems(e) }, 400);
        if (e instanceof ClosedCycleError) return closedPage(c, e);
        if (!(e instanceof ConflictError)) throw e;
        const warning = t("workspace.staleVersion", { version: e.theirs.version });
        return editorPage(c, await editorData(c), { warning }, 409);
      }
      return c.redirect(`${pathOf(data)}?done=${name}#review`, 303);
    });

  app.route("/", evidenceRoutes(deps));
  app.route("/", evidenceRecordRoutes(deps));
  app.route("/", importRoutes(deps));
  return app;
}
