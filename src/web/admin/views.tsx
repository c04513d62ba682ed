/** Site administration and organisation pages. */

import type { JSX } from "hono/jsx/jsx-runtime";
import { type Membership, ORGANISATION_TYPES, type Organisation, ROLES, type User } from "../../domain/accounts/types";
import type { Cycle } from "../../domain/assessments/types";
import type { AuditEntry } from "../../domain/audit/types";
import type { Country } from "../../domain/countries/types";
import type { Page as PageOf } from "../../domain/pagination";
import { when } from "../account/when";
import { CsrfField, ErrorSummary, Field, type Problems, Select } from "../forms";
import { countryName } from "../i18n/country-name";
import { t } from "../i18n/t";
import { organisationTypeLabel } from "../public/labels";
import { Page } from "../public/layout";
import { actionLabel, entityLabel } from "./audit-labels";
import { CyclesSection } from "./cycle-views";

const roleLabel = (role: string) => t(`account.role.${role}`);

export function AdminView(props: {
  origin: string;
  csrf: string;
  organisations: Organisation[];
  countries: Country[];
  cycles: Cycle[];
  problems?: Problems;
  values?: Record<string, string>;
  cycleForm?: { problems: Problems; values: Record<string, string> };
}) {
  const { origin, csrf, organisations, countries, cycles, problems, values, cycleForm } = props;
  return (
    <Page title={t("admin.site.title")} path="/admin" origin={origin} crumbs={[{ label: t("admin.site.crumb") }]}>
      <h1>{t("admin.site.title")}</h1>
      <p>
        <a href="/admin/audit">{t("admin.site.auditLink")}</a>
      </p>
      <h2>{t("admin.site.organisations")}</h2>
      {organisations.length ? (
        <ul class="items">
          {organisations.map((o) => (
            <li>
              <a href={`/orgs/${o.slug}`}>{o.name}</a> <span class="tag">{organisationTypeLabel(o.type)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t("admin.site.noOrganisation")}</p>
      )}
      <h2 id="new-organisation">{t("admin.site.createOrganisation")}</h2>
      <ErrorSummary problems={problems} />
      <form method="post" action="/admin/organisations" novalidate>
        <CsrfField token={csrf} />
        <Field name="name" label={t("admin.site.organisationName")} value={values?.name} problems={problems} />
        <Field
          name="slug"
          label={t("admin.site.slug")}
          hint={t("admin.site.slugHint")}
          value={values?.slug}
          problems={problems}
        />
        <Select
          name="type"
          label={t("admin.site.type")}
          options={ORGANISATION_TYPES.map((type) => [type, organisationTypeLabel(type)])}
          value={values?.type}
          problems={problems}
        />
        <Select
          name="country"
          label={t("admin.site.country")}
          hint={t("admin.site.countryHint")}
          options={[["", t("admin.site.noCountry")], ...countries.map((c): [string, string] => [c.iso3, countryName(c)])]}
          value={values?.country}
          problems={problems}
        />
        <button type="submit">{t("admin.site.createSubmit")}</button>
      </form>
      <CyclesSection csrf={csrf} cycles={cycles} form={cycleForm} />
    </Page>
  );
}

/** Assessment cycles: the list with a close/reopen button each, and the form for a new one. */
export function OrganisationView(props: {
  origin: string;
  csrf: string;
  organisation: Organisation;
  members: { user: User; membership: Membership }[];
  canManage: boolean;
  problems?: Problems;
  values?: Record<string, string>;
  /** The API tokens section, for those who manage the organisation. */
  tokens?: JSX.Element;
}) {
  const { origin, csrf, organisation: org, members, canManage, problems, values } = props;
  const base = `/orgs/${org.slug}`;
  return (
    <Page title={org.name} path={base} origin={origin} crumbs={[{ label: org.name }]}>
      <p class="kicker">{organisationTypeLabel(org.type)}</p>
      <h1>{org.name}</h1>
      <p>
        <a href={`${base}/workspace`}>{t("account.workspaceLink")}</a>
      </p>
      {canManage ? (
        <p>
          <a href={`${base}/audit`}>{t("admin.org.auditLink")}</a>
        </p>
      ) : null}
      <h2>{t("admin.org.people")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("admin.org.person")}</th>
            <th scope="col">{t("admin.org.role")}</th>
            <th scope="col">{t("admin.org.twoFactor")}</th>
            {canManage ? <th scope="col">{t("admin.org.manage")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {members.map(({ user, membership }) => (
            <tr>
              <td>
                {user.displayName}
                <br />
                <small>{user.email}</small>
                {user.passwordHash ? null : <small> · {t("admin.org.noPasswordYet")}</small>}
              </td>
              <td>{roleLabel(membership.role)}</td>
              <td>{user.totpEnabledAt ? t("admin.org.twoFactorOn") : t("admin.org.twoFactorOff")}</td>
              {canManage ? (
                <td>
                  <form method="post" action={`${base}/members/${user.id}/role`}>
                    <CsrfField token={csrf} />
                    <label for={`role-${user.id}`} class="visually-hidden">
                      {t("admin.org.roleOf", { name: user.displayName })}
                    </label>
                    <select id={`role-${user.id}`} name="role">
                      {ROLES.map((r) => (
                        <option value={r} selected={r === membership.role}>
                          {roleLabel(r)}
                        </option>
                      ))}
                      <option value="remove">{t("admin.org.remove")}</option>
                    </select>{" "}
                    <button type="submit" class="secondary">
                      {t("admin.org.change")}
                    </button>
                  </form>
                  <form method="post" action={`${base}/members/${user.id}/reset`}>
                    <CsrfField token={csrf} />
                    <button type="submit" class="secondary">
                      {t("admin.org.newLink")}
                    </button>
                  </form>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {canManage ? (
        <>
          <h2 id="add-person">{t("admin.org.addPerson")}</h2>
          <p class="hint">{t("admin.org.addPersonHint")}</p>
          <ErrorSummary problems={problems} />
          <form method="post" action={`${base}/members`} novalidate>
            <CsrfField token={csrf} />
            <Field
              name="displayName"
              label={t("admin.org.name")}
              value={values?.displayName}
              problems={problems}
              autocomplete="off"
            />
            <Field
              name="email"
              label={t("admin.org.email")}
              type="email"
              value={values?.email}
              problems={problems}
              autocomplete="off"
            />
            <Select
              name="role"
              label={t("admin.org.role")}
              options={ROLES.map((r) => [r, roleLabel(r)])}
              value={values?.role ?? "contributor"}
              problems={problems}
            />
            <button type="submit">{t("admin.org.addSubmit")}</button>
          </form>
        </>
      ) : null}
      {props.tokens ?? null}
    </Page>
  );
}

export function LinkView({
  origin,
  title,
  who,
  link,
  back,
}: {
  origin: string;
  title: string;
  who: string;
  link: string;
  back: string;
}) {
  return (
    <Page title={title} path={back} origin={origin} crumbs={[{ label: title }]}>
      <h1>{title}</h1>
      <p class="notice" role="status">
        {t("admin.link.notice", { who })}
      </p>
      <p>
        <code class="link">{link}</code>
      </p>
      <p>
        <a href={back}>{t("admin.link.back")}</a>
      </p>
    </Page>
  );
}

export function AuditView({
  origin,
  title,
  path,
  entries,
}: {
  origin: string;
  title: string;
  path: string;
  entries: PageOf<AuditEntry>;
}) {
  const more = entries.page * entries.perPage < entries.total;
  return (
    <Page title={title} path={path} origin={origin} crumbs={[{ label: title }]}>
      <h1>{title}</h1>
      <p class="muted">{t("admin.audit.intro", { count: entries.total, command: "blueprint audit verify" })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t("admin.audit.when")}</th>
            <th scope="col">{t("admin.audit.who")}</th>
            <th scope="col">{t("admin.audit.what")}</th>
            <th scope="col">{t("admin.audit.network")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.items.map((e) => (
            <tr>
              <td>{e.seq}</td>
              <td>{when(e.at)}</td>
              <td>{e.actorLabel}</td>
              <td>
                <span title={e.action}>{actionLabel(e.action)}</span>
                {e.entityId ? <small> · {entityLabel(e.entityType)}</small> : null}
              </td>
              <td>{e.ipPrefix}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {entries.page > 1 ? <a href={`${path}?page=${entries.page - 1}`}>{t("admin.audit.newer")}</a> : null}{" "}
        {more ? <a href={`${path}?page=${entries.page + 1}`}>{t("admin.audit.older")}</a> : null}
      </p>
    </Page>
  );
}
