/** Pieces shared by the translators' pages: paths, field names, the error summary in the reader's language. */
import { fieldLabel } from "../../domain/translations/fields";
import { type Overview, pageParameter } from "../../domain/translations/overview";
import type { ContentRef } from "../../domain/translations/types";
import type { Locale } from "../../i18n/locales";
import type { Problems } from "../forms";
import { localise } from "../i18n/problems";
import { currentLocale, t } from "../i18n/t";

export const LIST_PATH = "/translate";

export const listPath = (locale: Locale) => `${LIST_PATH}?lang=${locale}`;

/** The id of a section of the list, which its paging links jump to. */
export const sectionId = (key: string) => `section-${key}`;

/** The list in the same language with `key`'s section on `page`, the other sections kept on theirs. */
export function listPageHref(overview: Overview, key: string, page: number): string {
  const params = new URLSearchParams({ lang: overview.locale });
  for (const s of overview.sections) {
    const p = s.key === key ? page : s.page;
    if (p > 1) params.set(pageParameter(s.key), String(p));
  }
  return `${LIST_PATH}?${params}#${sectionId(key)}`;
}

export const editorPath = (ref: ContentRef, locale: string) =>
  `${LIST_PATH}/${ref.type}/${encodeURIComponent(ref.id)}/${encodeURIComponent(locale)}`;

/** A field's name for people, in the reader's language. */
export const fieldName = (field: string) => localise(fieldLabel(field));

/** "Title, Summary and Point 2", as the reader's language lists things. */
export const fieldList = (fields: readonly string[]) =>
  new Intl.ListFormat([currentLocale()], { type: "conjunction" }).format(fields.map(fieldName));

/** At the top of a form that failed: every problem, each linked to its field (GOV.UK pattern, in the reader's language). */
export function TranslateErrorSummary({ problems }: { problems?: Problems }) {
  const entries = Object.entries(problems ?? {});
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{t("translate.problem")}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>{field === "form" ? message : <a href={`#${field}`}>{message}</a>}</li>
        ))}
      </ul>
    </div>
  );
}
