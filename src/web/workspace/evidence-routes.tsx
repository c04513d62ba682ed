/** The evidence form: contributors and up record evidence for their organisation. */
import { type Context, Hono } from "hono";
import { ForbiddenError, FormError } from "../../domain/auth/errors";
import { can } from "../../domain/policy";
import { requestContext } from "../auth/client";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import type { Problems } from "../forms";
import { localProblems } from "../i18n/problems";
import { EvidenceFormView } from "./evidence-view";
import { type Body, evidenceInput, many, one, safeReturn } from "./input";
import { assessableItems } from "./load";
import { workspacePath } from "./parts";
import { suggestStepPath, suggestStepRoute, withAccepted } from "./suggest-routes";
import type { SuggestState } from "./suggest-view";

type C = Context<AppEnv>;

export function evidenceRoutes(deps: WebDeps) {
  const { repos, accounts } = deps;
  const origin = deps.config.publicOrigin;
  const app = new Hono<AppEnv>();
  // Members pass the guard (it finds the organisation); the handlers and the service require assessment.edit.
  const orgRead = requires("organisation.read", deps);
  const orgOf = (c: C) => accounts.organisationBySlug(c.req.param("slug") ?? "");

  async function evidencePage(
    c: C,
    values: ReturnType<typeof evidenceInput>,
    returnTo?: string,
    problems?: Problems,
    suggest?: SuggestState,
  ) {
    const org = await orgOf(c);
    if (!can(c.get("actor"), "assessment.edit", org)) throw new ForbiddenError();
    const [countries, items] = await Promise.all([repos.countries.listCountries(), assessableItems(repos)]);
    return c.html(
      <EvidenceFormView
        origin={origin}
        csrf={c.get("csrfToken")}
        org={org}
        countries={countries}
        commitments={items.commitments}
        options={items.options}
        factors={items.factors}
        values={values}
        returnTo={returnTo}
        problems={problems}
        suggest={suggest}
        suggestAction={suggestStepPath(org.slug)}
      />,
    );
  }

  app.get("/orgs/:slug/evidence/new", orgRead, (c) =>
    evidencePage(
      c,
      {
        ...evidenceInput({}),
        countryIso3: (c.req.query("country") ?? "").toUpperCase(),
        links: c.req.query("item") ? [c.req.query("item") as string] : [],
      },
      safeReturn(c.req.query("return")),
    ),
  );
  app.post("/orgs/:slug/evidence/new", orgRead, async (c) => {
    const org = await orgOf(c);
    if (!can(c.get("actor"), "assessment.edit", org)) throw new ForbiddenError();
    const body = (await c.req.parseBody({ all: true })) as Body;
    const values = { ...evidenceInput(body), links: withAccepted(body, many(body, "links")) };
    const returnTo = safeReturn(one(body, "return"));
    try {
      const created = await deps.evidence.create(c.get("actor"), org, values, requestContext(c));
      return c.redirect(returnTo ?? workspacePath(org.slug, { country: created.countryIso3 ?? undefined }), 303);
    } catch (e) {
      if (!(e instanceof FormError)) throw e;
      c.status(400);
      return evidencePage(c, values, returnTo, localProblems(e));
    }
  });

  suggestStepRoute(app, deps, orgRead, evidencePage);
  return app;
}
