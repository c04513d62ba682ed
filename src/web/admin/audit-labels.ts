/**
 * Audit log actions and entity types in the reader's language (`admin`
 * catalogue). The stored codes ("membership.add") stay the record; a code
 * newer than the catalogue shows as stored rather than failing the page.
 */
import { catalogues } from "../../i18n/catalogue";
import { t } from "../i18n/t";

const labelOr = (key: string, code: string): string => (catalogues().en.has(key) ? t(key) : code);

/** "Member added" for "membership.add". */
export const actionLabel = (action: string): string => labelOr(`admin.action.${action}`, action);

/** "cycle", "API token" for "cycle", "api_token". */
export const entityLabel = (entityType: string): string => labelOr(`admin.entity.${entityType}`, entityType);
