/**
 * The evidence form's "Suggest links" step: paste text or upload a document,
 * then accept (tick) or reject (leave unticked) each suggested commitment or
 * practical option, shown with the passages that matched and why. Plain form
 * posts: the "Suggest links" button posts the whole form, as multipart, to the
 * suggest route, which answers with the same form and the suggestions.
 */
import type { Child } from "hono/jsx";
import { MAX_DOCUMENT_BYTES } from "../../documents/extract-text";
import type { PassageMatch, Suggestion } from "../../domain/suggest/types";
import type { Problems } from "../forms";
import { kindSingular } from "../i18n/labels";
import { num, t } from "../i18n/t";
import { En, rich } from "../public/content";
import { TextArea } from "./parts";

export interface SuggestState {
  /** What was pasted (an uploaded file's text is not echoed back). */
  text: string;
  suggestions?: Suggestion[];
  /** Item ids the person has accepted. */
  accepted: string[];
  /** What was read, in the reader's language, e.g. "plan.docx (DOCX, 12,034 characters, 41 passages)". */
  source?: string;
}

/** Passages shown per suggestion. */
export const PASSAGES_SHOWN = 2;

function Marked({ passage }: { passage: PassageMatch }) {
  const parts: Child[] = [];
  let at = passage.start;
  for (const m of passage.matches) {
    parts.push(passage.text.slice(at - passage.start, m.start - passage.start));
    parts.push(<mark>{m.word}</mark>);
    at = m.end;
  }
  parts.push(passage.text.slice(at - passage.start));
  return <blockquote>{parts}</blockquote>;
}

function SuggestionList({ suggestions, accepted }: { suggestions: Suggestion[]; accepted: string[] }) {
  if (suggestions.length === 0)
    return (
      <p class="hint" role="status">
        {t("workspace.suggest.noMatch")}
      </p>
    );
  return (
    <fieldset class="field choices suggestions" aria-describedby="accept-hint">
      <legend>{t("workspace.suggest.suggested")}</legend>
      <p class="hint" id="accept-hint">
        {t("workspace.suggest.acceptHint")}
      </p>
      <ol>
        {suggestions.map((s, i) => {
          const id = i === 0 ? "accept" : `accept-${i}`;
          return (
            <li>
              <div class="choice">
                <input
                  type="checkbox"
                  id={id}
                  name="accept"
                  value={s.item.id}
                  checked={accepted.includes(s.item.id)}
                  aria-describedby={`${id}-why`}
                />{" "}
                <label for={id}>
                  {rich("workspace.suggest.accept", {
                    item: <En>{s.item.title}</En>,
                    kind: <span class="hint">{t("workspace.suggest.kind", { kind: kindSingular(s.item.kind) })}</span>,
                  })}
                </label>
              </div>
              <p class="hint" id={`${id}-why`}>
                {t("workspace.suggest.why", { words: s.why.slice(0, 8).join(t("public.listSeparator")) })}
              </p>
              <details>
                <summary>{t("workspace.suggest.passages", { count: s.passages.length })}</summary>
                {s.passages.slice(0, PASSAGES_SHOWN).map((p) => (
                  <Marked passage={p} />
                ))}
              </details>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

export function SuggestStep(props: { action: string; state?: SuggestState; problems?: Problems }) {
  const state = props.state ?? { text: "", accepted: [] };
  const fileError = props.problems?.document;
  return (
    <fieldset class="field suggest" aria-describedby="suggest-hint">
      <legend>{t("workspace.suggest.legend")}</legend>
      <p class="hint" id="suggest-hint">
        {t("workspace.suggest.hint", { megabytes: num(MAX_DOCUMENT_BYTES / 1024 / 1024) })}
      </p>
      <TextArea name="suggestText" label={t("workspace.suggest.text")} value={state.text} rows={5} problems={props.problems} />
      <div class={fileError ? "field field-error" : "field"}>
        <label for="document">{t("workspace.suggest.upload")}</label>
        {fileError ? (
          <p class="error" id="document-error">
            {fileError}
          </p>
        ) : null}
        <input
          type="file"
          id="document"
          name="document"
          accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={fileError ? "document-error" : undefined}
          aria-invalid={fileError ? "true" : undefined}
        />
      </div>
      <button type="submit" class="secondary" formaction={props.action} formenctype="multipart/form-data">
        {t("workspace.suggest.button")}
      </button>
      {state.source ? (
        <p class="hint" role="status">
          {state.source}
        </p>
      ) : null}
      {state.suggestions ? <SuggestionList suggestions={state.suggestions} accepted={state.accepted} /> : null}
    </fieldset>
  );
}
