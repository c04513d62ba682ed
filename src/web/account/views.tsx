/** Pages for signing in, first-start setup, setting a password and two-factor. */
import type { Child } from "hono/jsx";
import { CsrfField, ErrorSummary, Field, type Problems } from "../forms";
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

export function SignInView({ origin, csrf, problems, email, next }: FormPage & { email?: string; next?: string }) {
  return (
    <Page title="Sign in" path="/sign-in" origin={origin}>
      <h1>Sign in</h1>
      <ErrorSummary problems={problems} />
      <form method="post" action="/sign-in" novalidate>
        <CsrfField token={csrf} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <Field name="email" label="Email address" type="email" value={email} autocomplete="username" problems={problems} />
        <Field name="password" label="Password" type="password" autocomplete="current-password" problems={problems} />
        <button type="submit">Sign in</button>
      </form>
      <p class="muted">
        Forgotten your password? Ask an administrator of your organisation for a new sign-in link. Blueprint sends no email.
      </p>
    </Page>
  );
}

export function TwoFactorView({ origin, csrf, problems, next }: FormPage & { next: string }) {
  return (
    <Page title="Two-factor sign-in" path="/sign-in/two-factor" origin={origin}>
      <h1>Enter your code</h1>
      <ErrorSummary problems={problems} />
      <form method="post" action={`/sign-in/two-factor?next=${encodeURIComponent(next)}`} novalidate>
        <CsrfField token={csrf} />
        <Field
          name="code"
          label="Code"
          hint="The 6-digit code from your authenticator app, or one of your recovery codes."
          autocomplete="one-time-code"
          inputmode="text"
          problems={problems}
        />
        <button type="submit">Continue</button>
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
    <Page title="Set up Blueprint" path="/setup" origin={origin}>
      <h1>Create the first administrator</h1>
      <p>This account can create organisations and people. It must use two-factor sign-in, which you set up next.</p>
      <ErrorSummary problems={problems} />
      <form method="post" action="/setup" novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="token" value={token} />
        <Field name="displayName" label="Your name" value={values?.displayName} autocomplete="name" problems={problems} />
        <Field
          name="email"
          label="Email address"
          type="email"
          value={values?.email}
          autocomplete="username"
          problems={problems}
        />
        <PasswordFields problems={problems} />
        <button type="submit">Create administrator</button>
      </form>
    </Page>
  );
}

export function PasswordFields({ problems, label = "Password" }: { problems?: Problems; label?: string }) {
  return (
    <>
      <Field
        name="password"
        label={label}
        type="password"
        autocomplete="new-password"
        hint="At least 12 characters. A few unrelated words are easy to remember and hard to guess."
        problems={problems}
      />
      <Field name="confirm" label="The same password again" type="password" autocomplete="new-password" problems={problems} />
    </>
  );
}

export function SetPasswordView({ origin, csrf, problems, token, email }: FormPage & { token: string; email: string }) {
  return (
    <Page title="Set your password" path="/set-password" origin={origin}>
      <h1>Set your password</h1>
      <p>
        For <strong>{email}</strong>. This link works once.
      </p>
      <ErrorSummary problems={problems} />
      <form method="post" action="/set-password" novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="username" value={email} autocomplete="username" />
        <PasswordFields problems={problems} />
        <button type="submit">Set password</button>
      </form>
    </Page>
  );
}
