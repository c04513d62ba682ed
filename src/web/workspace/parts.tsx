/**
 * Form pieces the editors share: text areas, radio and checkbox groups in
 * fieldsets, a select of framework items, the page's "not translated" note, paths.
 */

import type { Child } from "hono/jsx";
import type { FrameworkItem } from "../../domain/framework/types";
import type { Problems } from "../forms";
import { directionOf } from "../i18n/content";
import { currentLocale, t } from "../i18n/t";
import { en } from "../public/content";
import { partialDate } from "../public/labels";

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

/** A moment in compact English ("2025-05-01 14:30 UTC"); the workspace's own pages use web/account/when.ts, which follows the reader's language. */
export const when = (iso: string) => `${iso.replace("T", " ").slice(0, 16)} UTC`;

/**
 * An evidence record's date as the workspace lists it: English keeps the
 * stored form (2024, 2024-05 or 2024-05-31), as typed in the form; other
 * languages get their own month names and digits.
 */
export const evidenceDate = (value: string): string => (currentLocale() === "en" ? value : partialDate(value));

/**
 * Said once near the top of a page in another language that shows framework
 * content (titles, summaries), which is in English: that content is marked
 * lang="en" where it appears. Nothing on English pages.
 */
export function ContentNote() {
  if (currentLocale() === "en") return null;
  return (
    <p class="muted" role="note">
      {t("workspace.notTranslatedYet")}
    </p>
  );
}

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
  /** The language the text is written in, when it is not necessarily the page's (a report draft's). */
  lang?: string;
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
        lang={props.lang}
        dir={props.lang ? directionOf(props.lang) : undefined}
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
  /** Text, or elements when part of it is content in another language (marked with its lang). */
  label: Child;
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
  legend: Child;
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

/**
 * A select of framework items after a first, interface option ("All"): each
 * item's title is English content, so its option carries lang="en" on pages in
 * other languages (forms.tsx's Select takes plain labels only).
 */
export function ItemSelect(props: {
  name: string;
  label: string;
  first: [string, string];
  items: FrameworkItem[];
  value?: string;
  hint?: string;
}) {
  const { name, hint } = props;
  const lang = en();
  return (
    <div class="field">
      <label for={name}>{props.label}</label>
      <Messages id={name} hint={hint} />
      <select id={name} name={name} aria-describedby={describedBy(name, hint)}>
        <option value={props.first[0]} selected={props.first[0] === props.value}>
          {props.first[1]}
        </option>
        {props.items.map((i) => (
          <option value={i.id} selected={i.id === props.value} {...lang}>
            {i.title}
          </option>
        ))}
      </select>
    </div>
  );
}
