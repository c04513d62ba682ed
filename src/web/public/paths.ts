/** Canonical public URLs and their JSON twins: one place, used by pages and the API alike. */

import { KIND_LABELS } from "../../domain/framework/catalogue";
import type { FrameworkItem, ItemKind } from "../../domain/framework/types";

export const itemPath = (item: Pick<FrameworkItem, "kind" | "id">) => `/${KIND_LABELS[item.kind].path}/${item.id}`;
export const kindPath = (kind: ItemKind) => `/${KIND_LABELS[kind].path}`;
export const countryPath = (iso3: string) => `/countries/${iso3}`;
export const evidencePath = (id: string) => `/evidence/${id}`;
/** The API URL that serves the same thing as a public page. */
export const apiPath = (pagePath: string) => `/api/v1${pagePath === "/" ? "" : pagePath}`;
