/**
 * The translation editor: for each translatable field of one record, the
 * original (marked with its language) and a box for its translation into one
 * language, with an "out of date" flag where the original changed since. Each
 * field also carries, hidden, the revision of the translation it was loaded
 * with, so that a save cannot overwrite what someone else saved meanwhile.
 */
import { sameLanguage } from "../../domain/translations/languages";
import {
  confirmInputName,
  type EditorData,
  type EditorField,
  textInputName,
  wasInputName,
} from "../../domain/translations/translation-service";
import { direction, LOCALES, type Locale } from "../../i18n/locales";
import { CsrfField, type Problems } from "../forms";
import { directionOf, languageName } from "../i18n/content";
import { t } from "../i18n/t";
import { Page } from "../public/layout";
import { ConflictSummary, type Conflicts, conflictId, TheirText } from "./conflict-parts";
import { editorPath, fieldName, listPath, TranslateErrorSummary } from "./parts";

export interface EditorProps {
  origin: string;
  csrf: string;
  data: EditorData;
  /** What was posted, shown again when the form failed. */
  values?: Record<string, string>;
  confirmed?: ReadonlySet<string>;
  /** The revisions the failed form was loaded with, sent again (by default, those of the translations stored now). */
  was?: Record<string, string | undefined>;
  problems?: Problems;
  /** After a save that found newer translations by others: those fields, with who saved them. */
  conflicts?: Conflicts;
  notice?: string;
}

interface FieldProps {
  f: EditorField;
  locale: Locale;
  lang: string;
  value: string;
  was: string;
  confirmed: boolean;
  error?: string;
  /** Who saved the translation stored now, when it changed while this person was editing. */
  conflictBy?: string;
}

function FieldEditor(props: FieldProps) {
  const { f, locale } = props;
  const id = textInputName(f.field);
  const conflict = props.conflictBy !== undefined;
  const described = [f.outdated ? `${id}-outdated` : "", conflict ? conflictId(id) : "", props.error ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  const common = {
    id,
    name: id,
    lang: locale,
    dir: direction(locale),
    maxlength: f.max,
    "aria-describedby": described || undefined,
    "aria-invalid": props.error ? "true" : undefined,
  };
  return (
    <fieldset class={props.error ? "field field-error" : "field"}>
      <legend>{fieldName(f.field)}</legend>
      <p class="hint">{t("translate.editor.original", { language: languageName(props.lang) })}</p>
      <blockquote class="plain narrative" lang={props.lang} dir={directionOf(props.lang)}>
        {f.original}
      </blockquote>
      {f.outdated ? (
        <div class="notice warning" id={`${id}-outdated`}>
          <p>
            <strong>{t("translate.editor.outdated")}</strong> {t("translate.editor.outdatedHint")}
          </p>
          <p class="choice">
            <input
              type="checkbox"
              id={confirmInputName(f.field)}
              name={confirmInputName(f.field)}
              value="1"
              checked={props.confirmed}
            />{" "}
            <label for={confirmInputName(f.field)}>{t("translate.editor.confirm")}</label>
          </p>
        </div>
      ) : null}
      {conflict ? <TheirText f={f} locale={locale} by={props.conflictBy ?? ""} inputId={id} /> : null}
      <input type="hidden" name={wasInputName(f.field)} value={props.was} />
      <label for={id}>{t("translate.editor.translation", { language: languageName(locale) })}</label>
      {props.error ? (
        <p class="error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      {f.short ? (
        <input type="text" {...common} value={props.value} />
      ) : (
        <textarea {...common} rows={Math.min(20, Math.max(4, Math.ceil(f.original.length / 70)))}>
          {props.value}
        </textarea>
      )}
    </fieldset>
  );
}

export function EditorView({ origin, csrf, data, values, confirmed, was, problems, conflicts, notice }: EditorProps) {
  const { subject, locale, fields } = data;
  const path = editorPath(subject.ref, locale);
  const language = languageName(locale);
  const others = LOCALES.filter((l) => l !== locale && !sameLanguage(subject.lang, l));
  return (
    <Page
      title={`${t("translate.editor.title", { language })}: ${subject.label}`}
      path={path}
      origin={origin}
      crumbs={[{ label: t("translate.list.title"), href: listPath(locale) }, { label: subject.label }]}
    >
      <p class="kicker">
        {t(`translate.type.${subject.ref.type}`)}
        {subject.organisation ? ` · ${subject.organisation.name}` : ""}
      </p>
      <h1>{t("translate.editor.title", { language })}</h1>
      <p>
        <a href={subject.path} lang={subject.lang} dir={directionOf(subject.lang)}>
          {subject.label}
        </a>{" "}
        {t("translate.editor.writtenIn", { language: languageName(subject.lang) })}
      </p>
      {subject.visibility !== "public" ? <p class="notice warning">{t("translate.editor.confidential")}</p> : null}
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ConflictSummary conflicts={conflicts} />
      <TranslateErrorSummary problems={problems} />
      {fields.length === 0 ? (
        <p>{t("translate.editor.nothingToTranslate")}</p>
      ) : (
        <form method="post" action={path}>
          <CsrfField token={csrf} />
          <p class="hint">{t("translate.editor.emptyHint")}</p>
          {fields.map((f) => (
            <FieldEditor
              f={f}
              locale={locale}
              lang={subject.lang}
              value={values?.[f.field] ?? f.translation?.text ?? ""}
              was={was?.[f.field] ?? f.revision}
              confirmed={confirmed?.has(f.field) ?? false}
              error={problems?.[textInputName(f.field)]}
              conflictBy={conflicts?.get(f.field)}
            />
          ))}
          <button type="submit">{t("translate.editor.save")}</button>
        </form>
      )}
      <nav aria-labelledby="other-languages">
        <h2 id="other-languages">{t("translate.editor.otherLanguages")}</h2>
        <ul>
          {others.map((l) => (
            <li>
              <a href={editorPath(subject.ref, l)}>{languageName(l)}</a>
            </li>
          ))}
        </ul>
      </nav>
    </Page>
  );
}
