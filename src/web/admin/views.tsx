/** Site administration and organisation pages. */

import {
  type Membership,
  ORGANISATION_TYPE_LABELS,
  ORGANISATION_TYPES,
  type Organisation,
  ROLES,
  type User,
} from "../../domain/accounts/types";
import type { Cycle } from "../../domain/assessments/types";
import type { AuditEntry } from "../../domain/audit/types";
import type { Country } from "../../domain/countries/types";
import type { Page as PageOf } from "../../domain/pagination";
import { CsrfField, ErrorSummary, Field, type Problems, Select } from "../forms";
import { t } from "../i18n/t";
import { Page } from "../public/layout";
import { CyclesSection } from "./cycle-views";

const when = (iso: string) => `${iso.replace("T", " ").slice(0, 16)} UTC`;
const ROLE_HELP = "Viewer reads; contributor drafts; reviewer publishes others' work; admin manages people.";

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
    <Page title="Site administration" path="/admin" origin={origin} crumbs={[{ label: "Admin" }]}>
      <h1>Site administration</h1>
      <p>
        <a href="/admin/audit">Audit log of the whole site</a>
      </p>
      <h2>Organisations</h2>
      {organisations.length ? (
        <ul class="items">
          {organisations.map((o) => (
            <li>
              <a href={`/orgs/${o.slug}`}>{o.name}</a> <span class="tag">{ORGANISATION_TYPE_LABELS[o.type]}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No organisation yet.</p>
      )}
      <h2 id="new-organisation">Create an organisation</h2>
      <ErrorSummary problems={problems} />
      <form method="post" action="/admin/organisations" novalidate>
        <CsrfField token={csrf} />
        <Field name="name" label="Organisation name" value={values?.name} problems={problems} />
        <Field
          name="slug"
          label="Short name for web addresses"
          hint="Lower-case letters, digits and hyphens, e.g. women-digital-rights-kenya."
          value={values?.slug}
          problems={problems}
        />
        <Select
          name="type"
          label="Kind of organisation"
          options={ORGANISATION_TYPES.map((t) => [t, ORGANISATION_TYPE_LABELS[t]])}
          value={values?.type}
          problems={problems}
        />
        <Select
          name="country"
          label="Country"
          hint="Required for a government body: the country it speaks for."
          options={[["", "None"], ...countries.map((c): [string, string] => [c.iso3, c.name])]}
          value={values?.country}
          problems={problems}
        />
        <button type="submit">Create organisation</button>
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
}) {
  const { origin, csrf, organisation: org, members, canManage, problems, values } = props;
  const base = `/orgs/${org.slug}`;
  return (
    <Page title={org.name} path={base} origin={origin} crumbs={[{ label: org.name }]}>
      <p class="kicker">{ORGANISATION_TYPE_LABELS[org.type]}</p>
      <h1>{org.name}</h1>
      <p>
        <a href={`${base}/workspace`}>{t("account.workspaceLink")}</a>
      </p>
      {canManage ? (
        <p>
          <a href={`${base}/audit`}>Audit log of this organisation</a>
        </p>
      ) : null}
      <h2>People</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role</th>
            <th scope="col">Two-factor</th>
            {canManage ? <th scope="col">Manage</th> : null}
          </tr>
        </thead>
        <tbody>
          {members.map(({ user, membership }) => (
            <tr>
              <td>
                {user.displayName}
                <br />
                <small>{user.email}</small>
                {user.passwordHash ? null : <small> · has not set a password yet</small>}
              </td>
              <td>{membership.role}</td>
              <td>{user.totpEnabledAt ? "on" : "off"}</td>
              {canManage ? (
                <td>
                  <form method="post" action={`${base}/members/${user.id}/role`}>
                    <CsrfField token={csrf} />
                    <label for={`role-${user.id}`} class="visually-hidden">
                      Role of {user.displayName}
                    </label>
                    <select id={`role-${user.id}`} name="role">
                      {ROLES.map((r) => (
                        <option value={r} selected={r === membership.role}>
                          {r}
                        </option>
                      ))}
                      <option value="remove">remove from organisation</option>
                    </select>{" "}
                    <button type="submit" class="secondary">
                      Change
                    </button>
                  </form>
                  <form method="post" action={`${base}/members/${user.id}/reset`}>
                    <CsrfField token={csrf} />
                    <button type="submit" class="secondary">
                      New sign-in link
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
          <h2 id="add-person">Add a person</h2>
          <p class="hint">{ROLE_HELP} Blueprint sends no email: you get a one-time link to pass on safely.</p>
          <ErrorSummary problems={problems} />
          <form method="post" action={`${base}/members`} novalidate>
            <CsrfField token={csrf} />
            <Field name="displayName" label="Name" value={values?.displayName} problems={problems} autocomplete="off" />
            <Field name="email" label="Email address" type="email" value={values?.email} problems={problems} autocomplete="off" />
            <Select
              name="role"
              label="Role"
              options={ROLES.map((r) => [r, r])}
              value={values?.role ?? "contributor"}
              problems={problems}
            />
            <button type="submit">Add person</button>
          </form>
        </>
      ) : null}
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
        Give this one-time link to {who} through a channel you trust. It works once and expires in 72 hours. Anyone with it can
        set the password.
      </p>
      <p>
        <code class="link">{link}</code>
      </p>
      <p>
        <a href={back}>Back</a>
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
      <p class="muted">
        {entries.total} entries, newest first. Each entry holds the hash of the one before; <code>blueprint audit verify</code>{" "}
        checks the chain.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Network</th>
          </tr>
        </thead>
        <tbody>
          {entries.items.map((e) => (
            <tr>
              <td>{e.seq}</td>
              <td>{when(e.at)}</td>
              <td>{e.actorLabel}</td>
              <td>
                {e.action}
                {e.entityId ? <small> · {e.entityType}</small> : null}
              </td>
              <td>{e.ipPrefix}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {entries.page > 1 ? <a href={`${path}?page=${entries.page - 1}`}>Newer</a> : null}{" "}
        {more ? <a href={`${path}?page=${entries.page + 1}`}>Older</a> : null}
      </p>
    </Page>
  );
}
