/** The account page's API tokens: the list with revoke buttons, the form to create one, and the page that shows a new secret once. */
import type { Membership, Organisation } from "../../domain/accounts/types";
import { API_TOKEN_LIFETIMES, type ApiToken, isActive } from "../../domain/auth/api-token-types";
import { CsrfField, ErrorSummary, Field, type Problems, Select } from "../forms";
import { currentLocale, date, t as tr } from "../i18n/t";
import { Page } from "../public/layout";
import { when as moment } from "./when";

/** A token's moment to the minute, or "Never" (not used yet). */
export const when = (iso: string | null) => (iso ? moment(iso) : tr("admin.tokens.never"));
/** A token's expiry day: the stored YYYY-MM-DD in English, the reader's own date elsewhere. */
export const day = (iso: string) => (currentLocale() === "en" ? iso.slice(0, 10) : date(iso, "medium"));

/** "Read", "Read and write". */
export const scopeLabel = (scope: ApiToken["scope"]): string => tr(`admin.tokens.scope.${scope}`);

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

/** Revoked by someone other than its owner: an administrator of its organisation (or a site administrator). */
const byAdmin = (token: ApiToken) => token.revokedAt !== null && token.revokedBy !== null && token.revokedBy !== token.userId;
/** How long the account page calls out a token an administrator revoked. */
const CALL_OUT_MS = 30 * 86_400_000;

function state(token: ApiToken, now: Date, organisationNames: Map<string, string>) {
  if (token.revokedAt && byAdmin(token))
    return tr("admin.tokens.revokedByAdminOf", {
      when: when(token.revokedAt),
      organisation: organisationNames.get(token.organisationId) ?? tr("admin.tokens.itsOrganisation"),
    });
  if (token.revokedAt) return tr("admin.tokens.revoked", { when: when(token.revokedAt) });
  if (!isActive(token, now)) return tr("admin.tokens.expired", { date: day(token.expiresAt) });
  return null;
}

export function TokensSection({ csrf, tokens, memberships, organisationNames, problems, values, now }: TokensSectionProps) {
  const revokedByAdmin = tokens.filter((t) => byAdmin(t) && now.getTime() - Date.parse(t.revokedAt as string) < CALL_OUT_MS);
  return (
    <section aria-labelledby="api-tokens">
      <h2 id="api-tokens">{tr("admin.tokens.heading")}</h2>
      <p>
        {tr("admin.tokens.accountIntro")} <a href="/developers">{tr("admin.tokens.apiDocsLink")}</a>
      </p>
      {revokedByAdmin.length ? (
        <p class="notice" role="status">
          {tr("admin.tokens.revokedByAdminNotice", {
            count: revokedByAdmin.length,
            tokens: revokedByAdmin
              .map((t) =>
                tr("admin.tokens.revokedItem", {
                  name: t.name,
                  organisation: organisationNames.get(t.organisationId) ?? tr("admin.tokens.anOrganisationYouLeft"),
                }),
              )
              .join(tr("admin.tokens.listSeparator")),
          })}
        </p>
      ) : null}
      {tokens.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{tr("admin.tokens.name")}</th>
              <th scope="col">{tr("admin.tokens.organisation")}</th>
              <th scope="col">{tr("admin.tokens.access")}</th>
              <th scope="col">{tr("admin.tokens.created")}</th>
              <th scope="col">{tr("admin.tokens.lastUsed")}</th>
              <th scope="col">{tr("admin.tokens.expires")}</th>
              <th scope="col">
                <span class="visually-hidden">{tr("admin.tokens.action")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr>
                <td>
                  {t.name} <code>{t.hint}…</code>
                </td>
                <td>{organisationNames.get(t.organisationId) ?? tr("admin.tokens.organisationYouLeft")}</td>
                <td>{scopeLabel(t.scope)}</td>
                <td>{when(t.createdAt)}</td>
                <td>{when(t.lastUsedAt)}</td>
                <td>{day(t.expiresAt)}</td>
                <td>
                  {state(t, now, organisationNames) ?? (
                    <form method="post" action="/account/tokens/revoke">
                      <CsrfField token={csrf} />
                      <input type="hidden" name="token" value={t.id} />
                      <button type="submit" class="secondary">
                        {tr("admin.tokens.revoke")} <span class="visually-hidden">{t.name}</span>
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{tr("admin.tokens.noneOfYours")}</p>
      )}
      {memberships.length ? (
        <>
          <h3 id="new-token">{tr("admin.tokens.create")}</h3>
          <ErrorSummary problems={problems} />
          <form method="post" action="/account/tokens" novalidate>
            <CsrfField token={csrf} />
            <Field
              name="name"
              label={tr("admin.tokens.name")}
              hint={tr("admin.tokens.nameHint")}
              value={values?.name}
              problems={problems}
            />
            <Select
              name="organisationId"
              label={tr("admin.tokens.organisation")}
              options={memberships.map(({ membership, organisation }) => [
                organisation.id,
                tr("admin.tokens.organisationWithRole", {
                  organisation: organisation.name,
                  role: tr(`account.role.${membership.role}`),
                }),
              ])}
              value={values?.organisationId}
              problems={problems}
            />
            <Select
              name="scope"
              label={tr("admin.tokens.access")}
              hint={tr("admin.tokens.accessHint")}
              options={[
                ["read", scopeLabel("read")],
                ["read-write", scopeLabel("read-write")],
              ]}
              value={values?.scope}
              problems={problems}
            />
            <Select
              name="expiresInDays"
              label={tr("admin.tokens.expires")}
              options={API_TOKEN_LIFETIMES.map((d): [string, string] => [
                String(d),
                d === 365 ? tr("admin.tokens.inAYear") : tr("admin.tokens.inDays", { count: d }),
              ])}
              value={values?.expiresInDays ?? "90"}
              problems={problems}
            />
            <button type="submit">{tr("admin.tokens.createSubmit")}</button>
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
      title={tr("admin.tokens.newTitle")}
      path="/account"
      origin={origin}
      crumbs={[{ label: tr("account.crumb"), href: "/account" }, { label: tr("admin.tokens.newCrumb") }]}
    >
      <h1>{tr("admin.tokens.newTitle")}</h1>
      <p class="notice" role="status">
        {tr("admin.tokens.copyNow")}
      </p>
      <p>
        <code class="secret">{secret}</code>
      </p>
      <p>
        “{token.name}” · {organisation.name} · {scopeLabel(token.scope)} ·{" "}
        {tr("admin.tokens.expiresOn", { date: day(token.expiresAt) })}
      </p>
      <p>{tr("admin.tokens.sendIt")}</p>
      <pre>
        <code>{`curl -H "Authorization: Bearer ${secret}" ${origin}/api/v1/orgs/${organisation.slug}/evidence/ID`}</code>
      </pre>
      <p>
        <a href="/account#api-tokens">{tr("admin.tokens.backToAccount")}</a>
      </p>
    </Page>
  );
}
