/**
 * The editor after a save that found other people's newer translations
 * (409): at the top, which fields; at each such field, their text, who saved
 * it and when, above the box that still holds this person's own text. Nothing
 * was saved or overwritten; merging and saving again stores the result on top
 * of theirs, because the form now carries their revision.
 */
import { type EditorField, textInputName } from "../../domain/translations/translation-service";
import { direction, type Locale } from "../../i18n/locales";
import { when } from "../account/when";
import { t } from "../i18n/t";
import { fieldName } from "./parts";

/** The fields that conflicted, each with the name of the person whose translation is stored now. */
export type Conflicts = ReadonlyMap<string, string>;

export const conflictId = (inputId: string) => `${inputId}-conflict`;

export function ConflictSummary({ conflicts }: { conflicts?: Conflicts }) {
  if (!conflicts?.size) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="conflict-title" tabindex={-1}>
      <h2 id="conflict-title">{t("translate.conflict.heading")}</h2>
      <p>{t("translate.conflict.error", { count: conflicts.size })}</p>
      <ul>
        {[...conflicts.keys()].map((field) => (
          <li>
            <a href={`#${conflictId(textInputName(field))}`}>{fieldName(field)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Their current text for one field (or that they removed it), shown above this person's box. */
export function TheirText({ f, locale, by, inputId }: { f: EditorField; locale: Locale; by: string; inputId: string }) {
  const theirs = f.translation;
  return (
    <div class="notice warning" id={conflictId(inputId)}>
      <p>
        <strong>{t("translate.conflict.field")}</strong>
      </p>
      {theirs ? (
        <>
          <p>{t("translate.conflict.theirs", { name: by, when: when(theirs.updatedAt) })}</p>
          <blockquote class="plain narrative" lang={locale} dir={direction(locale)}>
            {theirs.text}
          </blockquote>
        </>
      ) : (
        <p>{t("translate.conflict.removed")}</p>
      )}
      <p>{t("translate.conflict.yours")}</p>
    </div>
  );
}
