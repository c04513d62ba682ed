/** The account page's API tokens: the list with revoke buttons, the form to create one, and the page that shows a new secret once. */
import type { Membership, Organisation } from "../../domain/accounts/types";
import { API_TOKEN_LIFETIMES, type ApiToken, isActive } from "../../domain/auth/api-token-types";
import { CsrfField, ErrorSummary, Field, type Problems, Select } from "../forms";
import { Page } from "../public/layout";

const when = (iso: string | null) => (iso ? `${iso.replace("T", " ").slice(0, 16)} UTC` : "Never");
const day = (iso: string) => iso.slice(0, 10);

export const SCOPE_LABELS: Record<ApiToken["scope"], string> = {
  read: "Read",
  "read-write": "Read and write",
};

export interface TokenFormValues {
  name?: string;
  organisationId?: string;
  scope?: string;
  expiresInDays?: string;
}

export interface TokensSectionProps {
  csrf: string;
  tokens: ApiToken[];
  /** The person's organisations: a token is for one of them. */
  memberships: { membership: Membership; organisation: Organisation }[];
  /** Names of organisations the listed tokens are for (some may no longer be the person's). */
  organisationNames: Map<string, string>;
  problems?: Problems;
  values?: TokenFormValues;
  now: Date;
}

function state(token: ApiToken, now: Date) {
  if (token.revokedAt) return `Revoked ${when(token.revokedAt)}`;
  if (!isActive(token, now)) return `Expired ${day(token.expiresAt)}`;
  return null;
}

export function TokensSection({ csrf, tokens, memberships, organisationNames, problems, values, now }: TokensSectionProps) {
  return (
    <section aria-labelledby="api-tokens">
      <h2 id="api-tokens">API tokens</h2>
      <p>
        A token lets a script or another tool use the <a href="/api/docs">Blueprint API</a> as you, in one of your organisations,
        with your role there. A read token can only read, including your organisation's confidential evidence that your role lets
        you see. Keep tokens secret; revoke one as soon as you no longer need it.
      </p>
      {tokens.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Organisation</th>
              <th scope="col">Access</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span class="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr>
                <td>
                  {t.name} <code>{t.hint}…</code>
                </td>
                <td>{organisationNames.get(t.organisationId) ?? "An organisation you left"}</td>
                <td>{SCOPE_LABELS[t.scope]}</td>
                <td>{when(t.createdAt)}</td>
                <td>{when(t.lastUsedAt)}</td>
                <td>{day(t.expiresAt)}</td>
                <td>
                  {state(t, now) ?? (
                    <form method="post" action="/account/tokens/revoke">
                      <CsrfField token={csrf} />
                      <input type="hidden" name="token" value={t.id} />
                      <button type="submit" class="secondary">
                        Revoke <span class="visually-hidden">{t.name}</span>
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>You have no API tokens.</p>
      )}
      {memberships.length ? (
        <>
          <h3 id="new-token">Create a token</h3>
          <ErrorSummary problems={problems} />
          <form method="post" action="/account/tokens" novalidate>
            <CsrfField token={csrf} />
            <Field
              name="name"
              label="Name"
              hint="What will use it, e.g. “shadow report spreadsheet”."
              value={values?.name}
              problems={problems}
            />
            <Select
              name="organisationId"
              label="Organisation"
              options={memberships.map(({ membership, organisation }) => [
                organisation.id,
                `${organisation.name} (${membership.role})`,
              ])}
              value={values?.organisationId}
              problems={problems}
            />
            <Select
              name="scope"
              label="Access"
              hint="Read and write can change what your role allows: record evidence, save, submit, return or publish assessments."
              options={[
                ["read", SCOPE_LABELS.read],
                ["read-write", SCOPE_LABELS["read-write"]],
              ]}
              value={values?.scope}
              problems={problems}
            />
            <Select
              name="expiresInDays"
              label="Expires"
              options={API_TOKEN_LIFETIMES.map((d): [string, string] => [String(d), d === 365 ? "In a year" : `In ${d} days`])}
              value={values?.expiresInDays ?? "90"}
              problems={problems}
            />
            <button type="submit">Create token</button>
          </form>
        </>
      ) : null}
    </section>
  );
}

export function TokenCreatedView({
  origin,
  secret,
  token,
  organisation,
}: {
  origin: string;
  secret: string;
  token: ApiToken;
  organisation: Organisation;
}) {
  return (
    <Page
      title="Your new API token"
      path="/account"
      origin={origin}
      crumbs={[{ label: "Account", href: "/account" }, { label: "New API token" }]}
    >
      <h1>Your new API token</h1>
      <p class="notice" role="status">
        Copy it now and keep it somewhere safe: it is shown only this once. Blueprint keeps only a fingerprint of it.
      </p>
      <p>
        <code class="secret">{secret}</code>
      </p>
      <p>
        “{token.name}” · {organisation.name} · {SCOPE_LABELS[token.scope]} · expires {day(token.expiresAt)}
      </p>
      <p>Send it with every request, for example:</p>
      <pre>
        <code>{`curl -H "Authorization: Bearer ${secret}" ${origin}/api/v1/orgs/${organisation.slug}/evidence/ID`}</code>
      </pre>
      <p>
        <a href="/account#api-tokens">Back to your account</a>
      </p>
    </Page>
  );
}
