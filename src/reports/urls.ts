/** Canonical URLs of exported records: the public origin and the path of the record's public page. */
import type { FrameworkItem } from "../domain/framework/types";
import { countryPath, evidencePath, itemPath } from "../web/public/paths";

export const itemUrl = (origin: string, item: Pick<FrameworkItem, "kind" | "id">) => origin + itemPath(item);
export const countryUrl = (origin: string, iso3: string) => origin + countryPath(iso3);
export const evidenceUrl = (origin: string, id: string) => origin + evidencePath(id);
export const assessmentUrl = (origin: string, id: string) => `${origin}/assessments/${encodeURIComponent(id)}`;
export const scorecardUrl = (origin: string, iso3: string, cycleId: string) =>
  `${origin}/countries/${iso3}/scorecard?cycle=${encodeURIComponent(cycleId)}`;
