/** Form pieces the editors share: text areas, radio and checkbox groups in fieldsets, state labels, paths. */
import type { ReviewState } from "../../domain/assessments/types";
import type { Problems } from "../forms";

export const STATE_LABELS: Record<ReviewState, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
};

export const CONFIDENCE_LABELS: Record<string, string> = {
  low: "Low: little or indirect evidence",
  medium: "Medium: some direct evidence",
  high: "High: strong, direct, recent evidence",
};

const seg = encodeURIComponent;
export const workspacePath = (slug: string, query: Record<string, string | undefined> = {}) => {
  const q = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return `/orgs/${seg(slug)}/workspace${q ? `?${q}` : ""}`;
};
export const editorPath = (slug: string, country: string, cycle: string, item: string) =>
  `/orgs/${seg(slug)}/assess/${seg(country)}/${seg(cycle)}/${seg(item)}`;
export const evidenceFormPath = (slug: string, query: Record<string, string | undefined> = {}) => {
  const q = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return `/orgs/${seg(slug)}/evidence/new${q ? `?${q}` : ""}`;
};

export const when = (iso: string) => `${iso.replace("T", " ").slice(0, 16)} UTC`;

/** A field's hint and error with the ids aria-describedby points at. */
function Messages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

export function TextArea(props: {
  name: string;
  label: string;
  value?: string;
  hint?: string;
  problems?: Problems;
  rows?: number;
  required?: boolean;
  id?: string;
}) {
  const id = props.id ?? props.name;
  const error = props.problems?.[id];
  return (
    <div class={error ? "field field-error" : "field"}>
      <label for={id}>{props.label}</label>
      <Messages id={id} hint={props.hint} error={error} />
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 8}
        required={props.required}
        aria-describedby={describedBy(id, props.hint, error)}
        aria-invalid={error ? "true" : undefined}
      >
        {props.value ?? ""}
      </textarea>
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/**
 * Radios or checkboxes in a fieldset with a legend. The first input carries the
 * group's id, so that the error summary's link lands on it.
 */
export function Choices(props: {
  type: "radio" | "checkbox";
  name: string;
  id?: string;
  legend: string;
  choices: Choice[];
  checked: readonly string[];
  hint?: string;
  problems?: Problems;
}) {
  const id = props.id ?? props.name;
  const error = props.problems?.[id];
  return (
    <fieldset class={error ? "field choices field-error" : "field choices"} aria-describedby={describedBy(id, props.hint, error)}>
      <legend>{props.legend}</legend>
      <Messages id={id} hint={props.hint} error={error} />
      {props.choices.map((ch, i) => {
        const inputId = i === 0 ? id : `${id}-${i}`;
        return (
          <div class="choice">
            <input
              type={props.type}
              id={inputId}
              name={props.name}
              value={ch.value}
              checked={props.checked.includes(ch.value)}
              aria-describedby={ch.hint ? `${inputId}-hint` : undefined}
            />{" "}
            <label for={inputId}>{ch.label}</label>
            {ch.hint ? (
              <span class="hint" id={`${inputId}-hint`}>
                {" "}
                {ch.hint}
              </span>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
