/** Site administration (superadmins) and organisation pages (members; admins manage). */
import { type Context, Hono } from "hono";
import type { Cycle } from "../../domain/assessments/types";
import type { AuditEntryInput } from "../../domain/audit/types";
import { FormError } from "../../domain/auth/errors";
import { InvalidParameterError, NotFoundError } from "../../domain/errors";
import { can } from "../../domain/policy";
import { requestContext } from "../auth/client";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import type { Problems } from "../forms";
import { localProblems } from "../i18n/problems";
import { t } from "../i18n/t";
import { type OrgTokensState, orgTokenRoutes, orgTokensSection, TOKEN_REVOKED_NOTICE } from "./token-admin-routes";
import { AdminView, AuditView, LinkView, OrganisationView } from "./views";

type C = Context<AppEnv>;
const text = (v: unknown) => (typeof v === "string" ? v : "");

function pageParam(c: C): number {
  const raw = c.req.query("page") ?? "1";
  const page = Number(raw);
  if (!Number.isInteger(page) || page < 1 || page > 100_000)
    throw new InvalidParameterError("page", "must be a whole number from 1");
  return page;
}

export function adminRoutes(deps: WebDeps) {
  const { repos, accounts, config } = deps;
  const origin = config.publicOrigin;
  const app = new Hono<AppEnv>();
  const siteAdmin = requires("site.admin");
  const orgRead = requires("organisation.read", deps);
  const orgManage = requires("organisation.manage", deps);
  const orgAudit = requires("organisation.audit", deps);

  async function adminPage(
    c: C,
    problems?: Problems,
    values?: Record<string, string>,
    cycleForm?: { problems: Problems; values: Record<string, string> },
  ) {
    const [organisations, countries, cycles] = await Promise.all([
      repos.accounts.listOrganisations(),
      repos.countries.listCountries(),
      repos.assessments.listCycles(),
    ]);
    return c.html(
      <AdminView
        origin={origin}
        csrf={c.get("csrfToken")}
        organisations={organisations}
        countries={countries}
        cycles={cycles}
        problems={problems}
        values={values}
        cycleForm={cycleForm}
      />,
    );
  }

  app.get("/admin", siteAdmin, (c) => adminPage(c));
  app.post("/admin/organisations", siteAdmin, async (c) => {
    const body = await c.req.parseBody();
    const values = { name: text(body.name), slug: text(body.slug), type: text(body.type), country: text(body.country) };
    try {
      const org = await accounts.createOrganisation(
        c.get("actor").user,
        { name: values.name, slug: values.slug, type: values.type, countryIso3: values.country },
        requestContext(c),
      );
      return c.redirect(`/orgs/${org.slug}`, 303);
    } catch (e) {
      if (!(e instanceof FormError)) throw e;
      c.status(400);
      return adminPage(c, localProblems(e), values);
    }
  });
  app.post("/admin/cycles", siteAdmin, async (c) => {
    const body = await c.req.parseBody();
    const values = Object.fromEntries(CYCLE_FIELDS.map((f) => [f, text(body[f]).trim()]));
    const taken = (id: string) => ({ problems: { cycleId: t("admin.cycles.problem.taken", { id }) } });
    let parsed = cycleFromForm(values);
    if (!("problems" in parsed) && (await repos.assessments.getCycle(parsed.id))) parsed = taken(parsed.id);
    if (!("problems" in parsed)) {
      const cycle: Cycle = { ...parsed, createdAt: new Date().toISOString() };
      try {
        await repos.transaction(async (tx) => {
          await tx.assessments.createCycle(cycle);
          await tx.audit.append(cycleAudit(c, "cycle.create", cycle.id, undefined, cycle));
        });
        return c.redirect("/admin#cycles", 303);
      } catch (e) {
        // Two admins creating the same cycle at once: the database's unique key decides.
        if (!(await repos.assessments.getCycle(cycle.id))) throw e;
        parsed = taken(cycle.id);
      }
    }
    c.status(400);
    return adminPage(c, undefined, undefined, { problems: parsed.problems, values });
  });
  app.post("/admin/cycles/:id/status", siteAdmin, async (c) => {
    const id = c.req.param("id");
    const status = text((await c.req.parseBody()).status);
    if (status !== "open" && status !== "closed") throw new InvalidParameterError("status", "must be 'open' or 'closed'");
    const cycle = await repos.assessments.getCycle(id);
    if (!cycle) throw new NotFoundError("cycle", id);
    if (cycle.status !== status)
      await repos.transaction(async (tx) => {
        await tx.assessments.setCycleStatus(id, status);
        const action = status === "closed" ? "cycle.close" : "cycle.reopen";
        await tx.audit.append(cycleAudit(c, action, id, { status: cycle.status }, { status }));
      });
    return c.redirect("/admin#cycles", 303);
  });
  app.get("/admin/audit", siteAdmin, async (c) => {
    const entries = await repos.audit.list({}, { page: pageParam(c), perPage: 50 });
    return c.html(<AuditView origin={origin} title={t("admin.audit.title")} path="/admin/audit" entries={entries} />);
  });

  async function orgPage(c: C, problems?: Problems, values?: Record<string, string>, tokenState?: OrgTokensState) {
    const org = await accounts.organisationBySlug(c.req.param("slug") ?? "");
    const members = await repos.accounts.membersOfOrganisation(org.id);
    const canManage = can(c.get("actor"), "organisation.manage", org);
    return c.html(
      <OrganisationView
        origin={origin}
        csrf={c.get("csrfToken")}
        organisation={org}
        members={members}
        canManage={canManage}
        problems={problems}
        values={values}
        tokens={canManage ? await orgTokensSection(deps, c, org, tokenState) : undefined}
      />,
    );
  }

  app.get("/orgs/:slug", orgRead, (c) =>
    orgPage(c, undefined, undefined, c.req.query("done") === "token-revoked" ? { notice: t(TOKEN_REVOKED_NOTICE) } : {}),
  );
  orgTokenRoutes(app, deps, (c, tokenState) => orgPage(c, undefined, undefined, tokenState));
  app.post("/orgs/:slug/members", orgManage, async (c) => {
    const org = await accounts.organisationBySlug(c.req.param("slug"));
    const body = await c.req.parseBody();
    const values = { email: text(body.email), displayName: text(body.displayName), role: text(body.role) };
    try {
      const { user, link } = await accounts.addMember(c.get("actor").user, org, values, requestContext(c));
      if (!link) return c.redirect(`/orgs/${org.slug}`, 303);
      return c.html(
        <LinkView
          origin={origin}
          title={t("admin.link.personAdded")}
          who={user.email}
          link={`${origin}/set-password?token=${link}`}
          back={`/orgs/${org.slug}`}
        />,
      );
    } catch (e) {
      if (!(e instanceof FormError)) throw e;
      c.status(400);
      return orgPage(c, localProblems(e), values);
    }
  });
  app.post("/orgs/:slug/members/:userId/role", orgManage, async (c) => {
    const org = await accounts.organisationBySlug(c.req.param("slug"));
    const body = await c.req.parseBody();
    try {
      await accounts.changeRole(c.get("actor").user, org, c.req.param("userId"), text(body.role), requestContext(c));
    } catch (e) {
      if (!(e instanceof FormError)) throw e;
      c.status(400);
      return orgPage(c, localProblems(e));
    }
    return c.redirect(`/orgs/${org.slug}`, 303);
  });
  app.post("/orgs/:slug/members/:userId/reset", orgManage, async (c) => {
    const org = await accounts.organisationBySlug(c.req.param("slug"));
    const userId = c.req.param("userId");
    const link = await accounts.resetMember(c.get("actor").user, org, userId, requestContext(c));
    const user = await repos.accounts.getUser(userId);
    return c.html(
      <LinkView
        origin={origin}
        title={t("admin.link.newLink")}
        who={user?.email ?? t("admin.link.them")}
        link={`${origin}/set-password?token=${link}`}
        back={`/orgs/${org.slug}`}
      />,
    );
  });
  app.get("/orgs/:slug/audit", orgAudit, async (c) => {
    const org = await accounts.organisationBySlug(c.req.param("slug"));
    const entries = await repos.audit.list({ organisationId: org.id }, { page: pageParam(c), perPage: 50 });
    return c.html(
      <AuditView
        origin={origin}
        title={t("admin.audit.orgTitle", { name: org.name })}
        path={`/orgs/${org.slug}/audit`}
        entries={entries}
      />,
    );
  });

  return app;
}

const CYCLE_FIELDS = ["cycleId", "cycleName", "periodStart", "periodEnd", "order"] as const;

function isDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** A new, open cycle from the admin form, or every problem with it (uniqueness is checked by the caller). */
function cycleFromForm(v: Record<string, string>): Omit<Cycle, "createdAt"> | { problems: Problems } {
  const problems: Problems = {};
  const id = v.cycleId ?? "";
  const name = v.cycleName ?? "";
  const start = v.periodStart ?? "";
  const end = v.periodEnd ?? "";
  if (!/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/.test(id)) problems.cycleId = t("admin.cycles.problem.shortName");
  if (name.length < 1 || name.length > 100) problems.cycleName = t("admin.cycles.problem.name");
  if (!isDate(start)) problems.periodStart = t("admin.cycles.problem.start");
  if (!isDate(end)) problems.periodEnd = t("admin.cycles.problem.end");
  else if (isDate(start) && start > end) problems.periodEnd = t("admin.cycles.problem.order_of_dates");
  const order = Number(v.order);
  if (!/^-?\d{1,6}$/.test(v.order ?? "") || !Number.isInteger(order)) problems.order = t("admin.cycles.problem.order");
  if (Object.keys(problems).length) return { problems };
  return { id, name, periodStart: start, periodEnd: end, order, status: "open", isDemo: false };
}

function cycleAudit(c: C, action: string, id: string, before: unknown, after: unknown): AuditEntryInput {
  const user = c.get("actor").user;
  return {
    at: new Date().toISOString(),
    actorUserId: user?.id ?? null,
    actorLabel: user?.email ?? "anonymous",
    organisationId: null,
    action,
    entityType: "cycle",
    entityId: id,
    ipPrefix: requestContext(c).ipPrefix,
    before,
    after,
  };
}
