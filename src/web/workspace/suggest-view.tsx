/**
 * The evidence form's "Suggest links" step: paste text or upload a document,
 * then accept (tick) or reject (leave unticked) each suggested commitment or
 * practical option, shown with the passages that matched and why. Plain form
 * posts: the "Suggest links" button posts the whole form, as multipart, to the
 * suggest route, which answers with the same form and the suggestions.
 */
import type { Child } from "hono/jsx";
import { KIND_LABELS } from "../../domain/framework/catalogue";
import type { PassageMatch, Suggestion } from "../../domain/suggest/types";
import type { Problems } from "../forms";
import { TextArea } from "./parts";

export interface SuggestState {
  /** What was pasted (an uploaded file's text is not echoed back). */
  text: string;
  suggestions?: Suggestion[];
  /** Item ids the person has accepted. */
  accepted: string[];
  /** What was read, e.g. "plan.docx (DOCX, 12,034 characters, 41 passages)". */
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
        No commitment or practical option matched this text. Choose links below yourself.
      </p>
    );
  return (
    <fieldset class="field choices suggestions" aria-describedby="accept-hint">
      <legend>Suggested links</legend>
      <p class="hint" id="accept-hint">
        Tick a suggestion to accept it: it becomes a link of this evidence when you save. Leave it unticked to reject it.
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
                  Accept: {s.item.title} <span class="hint">({KIND_LABELS[s.item.kind].singular})</span>
                </label>
              </div>
              <p class="hint" id={`${id}-why`}>
                Why: the text says {s.why.slice(0, 8).join(", ")}.
              </p>
              <details>
                <summary>
                  {s.passages.length === 1 ? "The matching passage" : `The ${s.passages.length} best matching passages`}
                </summary>
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
      <legend>Suggest links from the document</legend>
      <p class="hint" id="suggest-hint">
        Paste the text of the law, policy or programme, or upload it as a TXT, DOCX or PDF file (up to 10 MB). Blueprint suggests
        the commitments and practical options it addresses; you decide which to link.
      </p>
      <TextArea name="suggestText" label="Text of the document" value={state.text} rows={5} problems={props.problems} />
      <div class={fileError ? "field field-error" : "field"}>
        <label for="document">Or upload the document</label>
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
        Suggest links
      </button>
      {state.source ? (
        <p class="hint" role="status">
          Read {state.source}.
        </p>
      ) : null}
      {state.suggestions ? <SuggestionList suggestions={state.suggestions} accepted={state.accepted} /> : null}
    </fieldset>
  );
}
