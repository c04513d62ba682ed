/** The account page and two-factor enrolment. */
import { raw } from "hono/html";
import type { JSX } from "hono/jsx/jsx-runtime";
import type { Membership, Organisation, User } from "../../domain/accounts/types";
import type { AuditEntry } from "../../domain/audit/types";
import type { Session } from "../../domain/auth/types";
import { CsrfField, ErrorSummary, Field, type Problems } from "../forms";
import { t } from "../i18n/t";
import { Page } from "../public/layout";
import { PasswordFields } from "./views";
import { when } from "./when";

interface AccountProps {
  origin: string;
  csrf: string;
  user: User;
  current: Session;
  sessions: Session[];
  memberships: { membership: Membership; organisation: Organisation }[];
  signIns: AuditEntry[];
  problems?: Problems;
  notice?: string;
  /** The API tokens section (token-views.tsx). */
  tokens?: JSX.Element;
}

export function AccountView({
  origin,
  csrf,
  user,
  current,
  sessions,
  memberships,
  signIns,
  problems,
  notice,
  tokens,
}: AccountProps) {
  return (
    <Page title={t("account.title")} path="/account" origin={origin} crumbs={[{ label: t("account.crumb") }]}>
      <h1>{t("account.title")}</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <p>
        {user.displayName} · {user.email}
        {user.isSuperadmin ? ` · ${t("account.siteAdministrator")}` : ""}
      </p>
      {memberships.length ? (
        <>
          <h2>{t("account.organisations")}</h2>
          <ul class="items">
            {memberships.map(({ membership, organisation }) => (
              <li>
                <a href={`/orgs/${organisation.slug}`}>{organisation.name}</a>{" "}
                <span class="tag">{t(`account.role.${membership.role}`)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t("account.twoFactor.heading")}</h2>
      <p>
        {user.totpEnabledAt ? t("account.twoFactor.onSince", { when: when(user.totpEnabledAt) }) : t("account.twoFactor.off")}{" "}
        <a href="/account/two-factor">{t("account.twoFactor.manage")}</a>
      </p>
      <h2 id="password-section">{t("account.password.heading")}</h2>
      <ErrorSummary problems={problems} />
      <form method="post" action="/account/password" novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="username" value={user.email} autocomplete="username" />
        <Field
          name="current"
          label={t("account.password.current")}
          type="password"
          autocomplete="current-password"
          problems={problems}
        />
        <PasswordFields problems={problems} label={t("account.password.new")} />
        <button type="submit">{t("account.password.submit")}</button>
      </form>
      <h2>{t("account.sessions.heading")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("account.sessions.signedIn")}</th>
            <th scope="col">{t("account.sessions.lastActive")}</th>
            <th scope="col">{t("account.sessions.networkAndBrowser")}</th>
            <th scope="col">
              <span class="visually-hidden">{t("account.sessions.action")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr>
              <td>{when(s.createdAt)}</td>
              <td>{when(s.lastSeenAt)}</td>
              <td>
                {s.ipPrefix} · {s.userAgent.slice(0, 60) || t("account.sessions.unknownBrowser")}
              </td>
              <td>
                {s.idHash === current.idHash ? (
                  t("account.sessions.this")
                ) : (
                  <form method="post" action="/account/sessions/end">
                    <CsrfField token={csrf} />
                    <input type="hidden" name="session" value={s.idHash} />
                    <button type="submit" class="secondary">
                      {t("account.sessions.end")}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {tokens}
      <h2>{t("account.signIns.heading")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("account.signIns.when")}</th>
            <th scope="col">{t("account.signIns.what")}</th>
            <th scope="col">{t("account.signIns.network")}</th>
          </tr>
        </thead>
        <tbody>
          {signIns.map((e) => (
            <tr>
              <td>{when(e.at)}</td>
              <td>{Object.hasOwn(SIGN_IN_LABELS, e.action) ? t(SIGN_IN_LABELS[e.action]!) : e.action}</td>
              <td>{e.ipPrefix}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}

/** The audit actions listed under "Recent sign-ins", each with the catalogue key of its label. */
export const SIGN_IN_LABELS: Record<string, string> = {
  "auth.sign_in": "account.signIns.signedIn",
  "auth.sign_in_failed": "account.signIns.wrongPassword",
  "auth.two_factor_failed": "account.signIns.wrongCode",
  "auth.sign_in_rate_limited": "account.signIns.rateLimited",
};

const TWO_FACTOR_CRUMBS = () => [{ label: t("account.crumb"), href: "/account" }, { label: t("account.twoFactor.crumb") }];

interface EnrolProps {
  origin: string;
  csrf: string;
  secret: string;
  qrSvg: string;
  required: boolean;
  problems?: Problems;
}

export function EnrolView({ origin, csrf, secret, qrSvg, required, problems }: EnrolProps) {
  return (
    <Page title={t("account.enrol.title")} path="/account/two-factor" origin={origin} crumbs={TWO_FACTOR_CRUMBS()}>
      <h1>{t("account.enrol.title")}</h1>
      {required ? (
        <p class="notice" role="status">
          {t("account.enrol.required")}
        </p>
      ) : null}
      <ol>
        <li>{t("account.enrol.openApp")}</li>
        <li>
          {t("account.enrol.scan")}
          <div class="qr" role="img" aria-label={t("account.enrol.qrLabel")}>
            {raw(qrSvg)}
          </div>
          <p>
            {t("account.enrol.key")} <code dir="ltr">{secret.replace(/(.{4})/g, "$1 ").trim()}</code>
          </p>
        </li>
        <li>{t("account.enrol.enterCode")}</li>
      </ol>
      <ErrorSummary problems={problems} />
      <form method="post" action="/account/two-factor" novalidate>
        <CsrfField token={csrf} />
        <Field
          name="code"
          label={t("account.enrol.codeLabel")}
          autocomplete="one-time-code"
          inputmode="numeric"
          problems={problems}
        />
        <button type="submit">{t("account.enrol.submit")}</button>
      </form>
    </Page>
  );
}

export function TwoFactorOnView({
  origin,
  csrf,
  since,
  unusedCodes,
  problems,
}: {
  origin: string;
  csrf: string;
  since: string;
  unusedCodes: number;
  problems?: Problems;
}) {
  return (
    <Page title={t("account.twoFactor.heading")} path="/account/two-factor" origin={origin} crumbs={TWO_FACTOR_CRUMBS()}>
      <h1>{t("account.twoFactor.on")}</h1>
      <p>{t("account.twoFactor.since", { when: when(since), count: unusedCodes })}</p>
      <h2>{t("account.twoFactor.resetHeading")}</h2>
      <p>{t("account.twoFactor.resetText")}</p>
      <ErrorSummary problems={problems} />
      <form method="post" action="/account/two-factor/reset" novalidate>
        <CsrfField token={csrf} />
        <Field
          name="password"
          label={t("account.twoFactor.passwordLabel")}
          type="password"
          autocomplete="current-password"
          problems={problems}
        />
        <button type="submit" class="secondary">
          {t("account.twoFactor.resetSubmit")}
        </button>
      </form>
    </Page>
  );
}

export function RecoveryCodesView({ origin, codes }: { origin: string; codes: string[] }) {
  return (
    <Page
      title={t("account.codes.title")}
      path="/account/two-factor"
      origin={origin}
      crumbs={[{ label: t("account.crumb"), href: "/account" }, { label: t("account.codes.crumb") }]}
    >
      <h1>{t("account.twoFactor.on")}</h1>
      <p class="notice" role="status">
        {t("account.codes.keepSafe")}
      </p>
      <ul class="codes" dir="ltr">
        {codes.map((c) => (
          <li>{c}</li>
        ))}
      </ul>
      <p>
        <a href="/account">{t("account.codes.continue")}</a>
      </p>
    </Page>
  );
}
