/** The account page and two-factor enrolment. */
import { raw } from "hono/html";
import type { JSX } from "hono/jsx/jsx-runtime";
import type { Membership, Organisation, User } from "../../domain/accounts/types";
import type { AuditEntry } from "../../domain/audit/types";
import type { Session } from "../../domain/auth/types";
import { CsrfField, ErrorSummary, Field, type Problems } from "../forms";
import { Page } from "../public/layout";
import { PasswordFields } from "./views";

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

const when = (iso: string) => `${iso.replace("T", " ").slice(0, 16)} UTC`;

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
    <Page title="Your account" path="/account" origin={origin} crumbs={[{ label: "Account" }]}>
      <h1>Your account</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <p>
        {user.displayName} · {user.email}
        {user.isSuperadmin ? " · site administrator" : ""}
      </p>
      {memberships.length ? (
        <>
          <h2>Your organisations</h2>
          <ul class="items">
            {memberships.map(({ membership, organisation }) => (
              <li>
                <a href={`/orgs/${organisation.slug}`}>{organisation.name}</a> <span class="tag">{membership.role}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Two-factor sign-in</h2>
      <p>
        {user.totpEnabledAt ? `On since ${when(user.totpEnabledAt)}.` : "Off."}{" "}
        <a href="/account/two-factor">Manage two-factor sign-in</a>
      </p>
      <h2 id="password-section">Change your password</h2>
      <ErrorSummary problems={problems} />
      <form method="post" action="/account/password" novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="username" value={user.email} autocomplete="username" />
        <Field name="current" label="Current password" type="password" autocomplete="current-password" problems={problems} />
        <PasswordFields problems={problems} label="New password" />
        <button type="submit">Change password</button>
      </form>
      <h2>Where you are signed in</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Signed in</th>
            <th scope="col">Last active</th>
            <th scope="col">Network and browser</th>
            <th scope="col">
              <span class="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr>
              <td>{when(s.createdAt)}</td>
              <td>{when(s.lastSeenAt)}</td>
              <td>
                {s.ipPrefix} · {s.userAgent.slice(0, 60) || "unknown browser"}
              </td>
              <td>
                {s.idHash === current.idHash ? (
                  "This session"
                ) : (
                  <form method="post" action="/account/sessions/end">
                    <CsrfField token={csrf} />
                    <input type="hidden" name="session" value={s.idHash} />
                    <button type="submit" class="secondary">
                      End
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {tokens}
      <h2>Recent sign-ins</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Network</th>
          </tr>
        </thead>
        <tbody>
          {signIns.map((e) => (
            <tr>
              <td>{when(e.at)}</td>
              <td>{SIGN_IN_LABELS[e.action] ?? e.action}</td>
              <td>{e.ipPrefix}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}

export const SIGN_IN_LABELS: Record<string, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Wrong password",
  "auth.two_factor_failed": "Wrong two-factor code",
  "auth.sign_in_rate_limited": "Blocked: too many attempts",
};

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
    <Page
      title="Set up two-factor sign-in"
      path="/account/two-factor"
      origin={origin}
      crumbs={[{ label: "Account", href: "/account" }, { label: "Two-factor" }]}
    >
      <h1>Set up two-factor sign-in</h1>
      {required ? (
        <p class="notice" role="status">
          Your role needs two-factor sign-in. Set it up to continue.
        </p>
      ) : null}
      <ol>
        <li>Open an authenticator app on your phone (for example Aegis, FreeOTP, Google Authenticator or 1Password).</li>
        <li>
          Scan this code, or type the key below.
          <div class="qr">{raw(qrSvg)}</div>
          <p>
            Key: <code>{secret.replace(/(.{4})/g, "$1 ").trim()}</code>
          </p>
        </li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <ErrorSummary problems={problems} />
      <form method="post" action="/account/two-factor" novalidate>
        <CsrfField token={csrf} />
        <Field name="code" label="Code from the app" autocomplete="one-time-code" inputmode="numeric" problems={problems} />
        <button type="submit">Turn on two-factor sign-in</button>
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
    <Page
      title="Two-factor sign-in"
      path="/account/two-factor"
      origin={origin}
      crumbs={[{ label: "Account", href: "/account" }, { label: "Two-factor" }]}
    >
      <h1>Two-factor sign-in is on</h1>
      <p>
        Since {when(since)}. You have {unusedCodes} unused recovery code{unusedCodes === 1 ? "" : "s"}.
      </p>
      <h2>New phone? Reset it</h2>
      <p>
        Turning it off lets you enrol a new device. If your role needs two-factor sign-in, you will be asked to set it up again at
        once.
      </p>
      <ErrorSummary problems={problems} />
      <form method="post" action="/account/two-factor/reset" novalidate>
        <CsrfField token={csrf} />
        <Field name="password" label="Your password" type="password" autocomplete="current-password" problems={problems} />
        <button type="submit" class="secondary">
          Reset two-factor sign-in
        </button>
      </form>
    </Page>
  );
}

export function RecoveryCodesView({ origin, codes }: { origin: string; codes: string[] }) {
  return (
    <Page
      title="Your recovery codes"
      path="/account/two-factor"
      origin={origin}
      crumbs={[{ label: "Account", href: "/account" }, { label: "Recovery codes" }]}
    >
      <h1>Two-factor sign-in is on</h1>
      <p class="notice" role="status">
        Keep these ten recovery codes somewhere safe, away from your phone. Each works once if you lose your phone. They are shown
        only now.
      </p>
      <ul class="codes">
        {codes.map((c) => (
          <li>{c}</li>
        ))}
      </ul>
      <p>
        <a href="/account">Continue to your account</a>
      </p>
    </Page>
  );
}
