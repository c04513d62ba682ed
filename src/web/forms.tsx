/** Form pieces: the CSRF field, labelled inputs with hints and errors, and the error summary (GOV.UK pattern). */
import type { Child } from "hono/jsx";
import { CSRF_FIELD } from "./auth/csrf";
import { t } from "./i18n/t";

export type Problems = Record<string, string>;

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={token} />;
}

/** At the top of a form that failed: every problem, each linked to its field. */
export function ErrorSummary({ problems }: { problems?: Problems }) {
  const entries = Object.entries(problems ?? {});
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{t("forms.problemTitle")}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>{field === "form" ? message : <a href={`#${field}`}>{message}</a>}</li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  type?: string;
  value?: string;
  hint?: string;
  problems?: Problems;
  autocomplete?: string;
  required?: boolean;
  inputmode?: "numeric" | "text" | "email";
  children?: Child;
}

export function Field({
  name,
  label,
  type = "text",
  value,
  hint,
  problems,
  autocomplete,
  required = true,
  inputmode,
}: FieldProps) {
  const error = problems?.[name];
  const described = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class={error ? "field field-error" : "field"}>
      <label for={name}>{label}</label>
      <FieldMessages name={name} hint={hint} error={error} />
      <input
        id={name}
        name={name}
        type={type}
        value={type === "password" ? undefined : value}
        autocomplete={autocomplete}
        required={required}
        inputmode={inputmode}
        aria-describedby={described}
        aria-invalid={error ? "true" : undefined}
      />
    </div>
  );
}

export function Select({
  name,
  label,
  options,
  value,
  problems,
  hint,
}: {
  name: string;
  label: string;
  options: [string, string][];
  value?: string;
  problems?: Problems;
  hint?: string;
}) {
  const error = problems?.[name];
  return (
    <div class={error ? "field field-error" : "field"}>
      <label for={name}>{label}</label>
      <FieldMessages name={name} hint={hint} error={error} />
      <select id={name} name={name} aria-describedby={error ? `${name}-error` : hint ? `${name}-hint` : undefined}>
        {options.map(([v, l]) => (
          <option value={v} selected={v === value}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A field's hint and error, with the ids that aria-describedby points at. */
function FieldMessages({ name, hint, error }: { name: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}
