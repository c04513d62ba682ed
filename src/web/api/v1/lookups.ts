/** Checks that a filter names something that exists, so a typo is a 400 rather than a silently empty list. */
import { InvalidParameterError } from "../../../domain/errors";
import { KIND_LABELS } from "../../../domain/framework/catalogue";
import type { FrameworkItem, ItemKind } from "../../../domain/framework/types";
import type { Repositories } from "../../../domain/ports";

/** The framework item `id` given as query parameter `parameter`, of `kind` when given. */
export async function requireItem(repos: Repositories, parameter: string, id: string, kind?: ItemKind): Promise<FrameworkItem> {
  const found = await repos.framework.getItem(id);
  if (found && (!kind || found.kind === kind)) return found;
  if (!kind) throw new InvalidParameterError(parameter, `must be the id of a framework item; there is none with id '${id}'`);
  const label = KIND_LABELS[kind].singular;
  throw new InvalidParameterError(parameter, `must be the id of a ${label}; there is no ${label} with id '${id}'`);
}

/** The ISO3 code given as `parameter`, upper-cased, when it is a known country. */
export async function requireCountry(repos: Repositories, parameter: string, iso3: string): Promise<string> {
  const country = await repos.countries.getCountry(iso3.toUpperCase());
  if (!country) throw new InvalidParameterError(parameter, `must be the ISO3 code of a UN member state; '${iso3}' is not one`);
  return country.iso3;
}

/** An M49 region, sub-region or intermediate region code that exists. */
export async function requireRegion(repos: Repositories, parameter: string, code: string): Promise<string> {
  const regions = await repos.countries.listRegions();
  if (!regions.some((r) => r.code === code))
    throw new InvalidParameterError(parameter, `must be a known M49 region code; '${code}' is not one`);
  return code;
}
