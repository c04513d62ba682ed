/** Site administration (superadmins) and organisation pages (members; admins manage). */
import { type Context, Hono } from "hono";
import { FormError } from "../../domain/auth/errors";
import { InvalidParameterError } from "../../domain/errors";
import { can } from "../../domain/policy";
import { requestContext } from "../auth/client";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import type { Problems } from "../forms";
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

  async function adminPage(c: C, problems?: Problems, values?: Record<string, string>) {
    const [organisations, countries] = await Promise.all([repos.accounts.listOrganisations(), repos.countries.listCountries()]);
    return c.html(
      <AdminView
        origin={origin}
        csrf={c.get("csrfToken")}
        organisations={organisations}
        countries={countries}
        problems={problems}
        values={values}
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
      return adminPage(c, e.problems, values);
    }
  });
  app.get("/admin/audit", siteAdmin, async (c) => {
    const entries = await repos.audit.list({}, { page: pageParam(c), perPage: 50 });
    return c.html(<AuditView origin={origin} title="Audit log" path="/admin/audit" entries={entries} />);
  });

  async function orgPage(c: C, problems?: Problems, values?: Record<string, string>) {
    const org = await accounts.organisationBySlug(c.req.param("slug") ?? "");
    const members = await repos.accounts.membersOfOrganisation(org.id);
    return c.html(
      <OrganisationView
        origin={origin}
        csrf={c.get("csrfToken")}
        organisation={org}
        members={members}
        canManage={can(c.get("actor"), "organisation.manage", org)}
        problems={problems}
        values={values}
      />,
    );
  }

  app.get("/orgs/:slug", orgRead, (c) => orgPage(c));
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
          title="Person added"
          who={user.email}
          link={`${origin}/set-password?token=${link}`}
          back={`/orgs/${org.slug}`}
        />,
      );
    } catch (e) {
      if (!(e instanceof FormError)) throw e;
      c.status(400);
      return orgPage(c, e.problems, values);
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
      return orgPage(c, e.problems);
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
        title="New sign-in link"
        who={user?.email ?? "them"}
        link={`${origin}/set-password?token=${link}`}
        back={`/orgs/${org.slug}`}
      />,
    );
  });
  app.get("/orgs/:slug/audit", orgAudit, async (c) => {
    const org = await accounts.organisationBySlug(c.req.param("slug"));
    const entries = await repos.audit.list({ organisationId: org.id }, { page: pageParam(c), perPage: 50 });
    return c.html(
      <AuditView origin={origin} title={`Audit log: ${org.name}`} path={`/orgs/${org.slug}/audit`} entries={entries} />,
    );
  });

  return app;
}
