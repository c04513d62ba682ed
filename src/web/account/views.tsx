/** Pages for signing in, first-start setup, setting a password and two-factor. */
import type { Child } from "hono/jsx";
import { MIN_PASSWORD_LENGTH } from "../../domain/auth/password-policy";
import type { MessageValues } from "../../i18n/translate";
import { CsrfField, ErrorSummary, Field, type Problems } from "../forms";
import { t } from "../i18n/t";
import { Page } from "../public/layout";

interface FormPage {
  origin: string;
  csrf: string;
  problems?: Problems;
}

export function SimplePage({ origin, title, path, children }: { origin: string; title: string; path: string; children: Child }) {
  return (
    <Page title={title} path={path} origin={origin}>
      {children}
    </Page>
  );
}

const MARK = "\u0000";

/**
 * A whole translated sentence with one of its values in <strong>: the message
 * is formatted with a marker in the value's place and cut there, so that each
 * language puts the value where its grammar wants it.
 */
export function Emphasised({ id, name, value, values }: { id: string; name: string; value: string; values?: MessageValues }) {
  const [before = "", after = ""] = t(id, { ...values, [name]: MARK }).split(MARK);
  return (
    <>
      {before}
      <strong>{value}</strong>
      {after}
    </>
  );
}

export function SignInView({ origin, csrf, problems, email, next }: FormPage & { email?: string; next?: string }) {
  return (
    <Page title={t("auth.signIn.title")} path="/sign-in" origin={origin}>
      <h1>{t("auth.signIn.title")}</h1>
      <ErrorSummary problems={problems} />
      <form method="post" action="/sign-in" novalidate>
        <CsrfField token={csrf} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <Field name="email" label={t("auth.emailLabel")} type="email" value={email} autocomplete="username" problems={problems} />
        <Field
          name="password"
          label={t("auth.passwordLabel")}
          type="password"
          autocomplete="current-password"
          problems={problems}
        />
        <button type="submit">{t("auth.signIn.submit")}</button>
      </form>
      <p class="muted">{t("auth.signIn.forgotten")}</p>
    </Page>
  );
}

export function TwoFactorView({ origin, csrf, problems, next }: FormPage & { next: string }) {
  return (
    <Page title={t("auth.twoFactor.title")} path="/sign-in/two-factor" origin={origin}>
      <h1>{t("auth.twoFactor.heading")}</h1>
      <ErrorSummary problems={problems} />
      <form method="post" action={`/sign-in/two-factor?next=${encodeURIComponent(next)}`} novalidate>
        <CsrfField token={csrf} />
        <Field
          name="code"
          label={t("auth.twoFactor.codeLabel")}
          hint={t("auth.twoFactor.codeHint")}
          autocomplete="one-time-code"
          inputmode="text"
          problems={problems}
        />
        <button type="submit">{t("auth.twoFactor.submit")}</button>
      </form>
    </Page>
  );
}

export function SetupView({
  origin,
  csrf,
  problems,
  token,
  values,
}: FormPage & { token: string; values?: Record<string, string> }) {
  return (
    <Page title={t("auth.setup.title")} path="/setup" origin={origin}>
      <h1>{t("auth.setup.heading")}</h1>
      <p>{t("auth.setup.intro")}</p>
      <ErrorSummary problems={problems} />
      <form method="post" action="/setup" novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="token" value={token} />
        <Field
          name="displayName"
          label={t("auth.setup.nameLabel")}
          value={values?.displayName}
          autocomplete="name"
          problems={problems}
        />
        <Field
          name="email"
          label={t("auth.emailLabel")}
          type="email"
          value={values?.email}
          autocomplete="username"
          problems={problems}
        />
        <PasswordFields problems={problems} />
        <button type="submit">{t("auth.setup.submit")}</button>
      </form>
    </Page>
  );
}

/** A new password and its confirmation; `label` names the first field (default "Password"). */
export function PasswordFields({ problems, label }: { problems?: Problems; label?: string }) {
  return (
    <>
      <Field
        name="password"
        label={label ?? t("auth.passwordLabel")}
        type="password"
        autocomplete="new-password"
        hint={t("auth.newPassword.hint", { min: MIN_PASSWORD_LENGTH })}
        problems={problems}
      />
      <Field
        name="confirm"
        label={t("auth.newPassword.confirmLabel")}
        type="password"
        autocomplete="new-password"
        problems={problems}
      />
    </>
  );
}

export function SetPasswordView({ origin, csrf, problems, token, email }: FormPage & { token: string; email: string }) {
  return (
    <Page title={t("auth.setPassword.title")} path="/set-password" origin={origin}>
      <h1>{t("auth.setPassword.title")}</h1>
      <p>
        <Emphasised id="auth.setPassword.for" name="email" value={email} />
      </p>
      <ErrorSummary problems={problems} />
      <form method="post" action="/set-password" novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="username" value={email} autocomplete="username" />
        <PasswordFields problems={problems} />
        <button type="submit">{t("auth.setPassword.submit")}</button>
      </form>
    </Page>
  );
}
