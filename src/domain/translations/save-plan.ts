/**
 * What one save of the editor does to each posted field, decided from the
 * stored translations before anything is written.
 *
 * Two translators may have the same record open. The form remembers, per
 * field, which translation it was loaded with (`was`: a fingerprint of its
 * text, or "none"). A field whose stored translation changed since then is
 * not overwritten: it is a conflict, and the whole save stores nothing. A
 * field the person left as it was loaded is not a conflict: the other
 * person's newer text (or removal) simply stays. A fingerprint of the text
 * rather than a time, because that is what tells "left as loaded" apart from
 * "edited", and a translation changed back to the same words loses nobody's
 * work.
 */

import { type Message, msg } from "../../i18n/message";
import { FormError } from "../auth/errors";
import { normaliseText, sourceHash } from "./source-hash";
import type { ContentTranslation } from "./types";

/** What the editor posts for one field. */
export interface FieldInput {
  text: string;
  /** The translator checked that an out-of-date translation still says what the changed original says. */
  confirm: boolean;
  /**
   * The revision of the translation when the form was loaded (textRevision).
   * Left out by callers that do not check for concurrent changes (code that
   * has just read the editor's data); the web form always sends it.
   */
  was?: string;
}

export interface EditorField {
  field: string;
  original: string;
  translation: ContentTranslation | undefined;
  /** textRevision of the stored translation: what the form sends back as `was`. */
  revision: string;
  outdated: boolean;
  max: number;
  short: boolean;
}

/** The revision of "no translation": an empty box, or a field nobody translated yet. */
export const NO_TRANSLATION = "none";

/** A translation's revision: a fingerprint of its (normalised) text, or NO_TRANSLATION when it is empty. */
export const textRevision = (text: string | undefined): string => {
  const normal = normaliseText(text ?? "");
  return normal ? sourceHash(normal) : NO_TRANSLATION;
};

/** Form field names: the translation of `title` is posted as `t.title` (also the id the error summary links to). */
export const textInputName = (field: string) => `t.${field}`;
export const confirmInputName = (field: string) => `ok.${field}`;
export const wasInputName = (field: string) => `was.${field}`;

export interface SavePlan {
  writes: { field: string; text: string; before?: ContentTranslation }[];
  removals: ContentTranslation[];
  /** Fields someone else changed since the form was loaded, that this person changed too. */
  conflicts: string[];
  /** What the person typed in the fields they changed, as posted: given back in the form when nothing is saved. */
  edited: Record<string, string>;
}

/** The plan for the posted fields; throws FormError (nothing saved) when any field is unknown or too long. */
export function planSave(fields: readonly EditorField[], input: Readonly<Record<string, FieldInput>>): SavePlan {
  const byField = new Map(fields.map((f) => [f.field, f]));
  const problems: Record<string, Message> = {};
  const plan: SavePlan = { writes: [], removals: [], conflicts: [], edited: {} };
  for (const [field, entry] of Object.entries(input)) {
    const known = byField.get(field);
    if (!known) {
      problems.form = msg("translate.error.field", { field });
      continue;
    }
    const text = normaliseText(entry.text);
    if (text.length > known.max) {
      problems[textInputName(field)] = msg("translate.error.tooLong", { max: known.max });
      continue;
    }
    const mine = textRevision(text);
    if (entry.was !== undefined && mine !== entry.was) plan.edited[field] = entry.text;
    if (entry.was !== undefined && entry.was !== known.revision) {
      // Someone else saved or removed this translation after the form was loaded.
      if (mine === entry.was) continue; // left as loaded: theirs stays
      if (mine !== known.revision) {
        plan.conflicts.push(field);
        continue;
      }
      // Both typed the same text: nobody's work is lost; a confirmation may still apply below.
    }
    const before = known.translation;
    if (!text) {
      if (before) plan.removals.push(before);
    } else if (!before || before.text !== text || (known.outdated && entry.confirm)) plan.writes.push({ field, text, before });
  }
  if (Object.keys(problems).length) throw new FormError(problems);
  return plan;
}
