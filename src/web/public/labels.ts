/**
 * The words for the domain's fixed values (kinds of item, statuses, types of
 * organisation and of evidence, ...) in the reader's language, from the
 * `public` catalogue. The domain's English label tables stay for the API and
 * the CLI.
 */
import type { OrganisationType } from "../../domain/accounts/types";
import type { Status } from "../../domain/assessments/types";
import type { ItemKind } from "../../domain/framework/types";
import type { SearchKind } from "../../domain/search/types";
import { formatDate, UnknownMessageError } from "../../i18n/translate";
import { currentLocale, t } from "../i18n/t";

/** "Forms of abuse": a kind as a list's or page's heading. */
export const kindPlural = (kind: ItemKind): string => t(`public.kind.${kind}.plural`);
/** "form of abuse": a kind inside a sentence. */
export const kindSingular = (kind: ItemKind): string => t(`public.kind.${kind}.singular`);
/** "Form of abuse": a kind as a label (kicker, search result); also evidence, countries and assessments. */
export const kindName = (kind: SearchKind): string => t(`public.kind.${kind}.name`);

export const statusLabel = (status: Status): string => t(`public.status.${status}`);
export const organisationTypeLabel = (type: OrganisationType): string => t(`public.organisationType.${type}`);

const known = (prefix: string, value: string): string => {
  try {
    return t(`public.${prefix}.${value}`);
  } catch (e) {
    if (e instanceof UnknownMessageError) return value; // a value newer than the catalogue shows as stored
    throw e;
  }
};
export const evidenceTypeLabel = (type: string): string => known("evidenceType", type);
export const actorLabel = (actor: string): string => known("actor", actor);
export const confidenceLabel = (confidence: string): string => known("confidence", confidence);
export const instrumentTypeLabel = (type: string): string => known("instrumentType", type);
export const responseLabel = (response: string): string => known("response", response);

/**
 * A date as precise as it is known, in the reader's language: the source
 * papers date many records by year ("2023") or month ("2021-10") only.
 */
export function partialDate(value: string): string {
  const locale = currentLocale();
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) {
    const d = new Date(`${value}-01T00:00:00Z`);
    if (Number.isNaN(d.getTime())) return value;
    return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }).format(d);
  }
  return formatDate(locale, value);
}
