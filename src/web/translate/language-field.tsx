/**
 * "Language of this text", for the forms that create evidence and
 * assessments: the value goes to the service as `language` and is stored as
 * the record's original language. Offers the six UN languages; the reader's
 * own language comes first selected when the form is new.
 */
import { LOCALES } from "../../i18n/locales";
import { type Problems, Select } from "../forms";
import { languageName } from "../i18n/content";
import { currentLocale, t } from "../i18n/t";

export function LanguageOfTextField({ value, problems }: { value?: string; problems?: Problems }) {
  return (
    <Select
      name="language"
      label={t("translate.languageOfText")}
      hint={t("translate.languageOfTextHint")}
      options={LOCALES.map((l) => [l, languageName(l)])}
      value={value || currentLocale()}
      problems={problems}
    />
  );
}
