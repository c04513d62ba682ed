/** What the workspace and the editors read: the assessable items in framework order, evidence one may link, names. */
import type { Actor } from "../../domain/accounts/types";
import { evidenceAccess } from "../../domain/evidence/access";
import type { Evidence } from "../../domain/evidence/types";
import { PUBLIC } from "../../domain/framework/catalogue";
import type { FrameworkItem, ItemLink } from "../../domain/framework/types";
import type { Repositories } from "../../domain/ports";

export interface Group {
  heading: FrameworkItem;
  items: FrameworkItem[];
}

const inOrder = (a: FrameworkItem, b: FrameworkItem) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function grouped(headings: FrameworkItem[], items: FrameworkItem[]): Group[] {
  return [...headings]
    .sort(inOrder)
    .map((heading) => ({ heading, items: items.filter((i) => i.parentId === heading.id).sort(inOrder) }))
    .filter((g) => g.items.length > 0);
}

/** Commitments by instrument and options by strategy, with the factors and the factor crosswalk. */
export async function assessableItems(repos: Repositories) {
  const kind = (k: FrameworkItem["kind"]) => repos.framework.listItems({ kind: k });
  const [instruments, commitments, strategies, options, factors, factorLinks] = await Promise.all([
    kind("instrument"),
    kind("commitment"),
    kind("strategy"),
    kind("option"),
    kind("factor"),
    repos.framework.listLinks({ type: "addresses_factor" }),
  ]);
  return {
    commitments: grouped(instruments, commitments),
    options: grouped(strategies, options),
    factors: [...factors].sort(inOrder),
    factorLinks,
  };
}

/** Items linked to a factor through the crosswalk; a strategy's link applies to its options. */
export function addressesFactor(links: ItemLink[], factorId: string) {
  const from = new Set(links.filter((l) => l.toId === factorId).map((l) => l.fromId));
  return (item: FrameworkItem) => from.has(item.id) || (item.parentId !== null && from.has(item.parentId));
}

/**
 * The evidence this person may link for a country: its public records and the
 * organisation's own confidential records that their role lets them see; plus
 * records already linked from elsewhere that they may see. Linked records they
 * may not see are returned as bare ids, so that a save keeps them.
 */
export async function evidenceChoices(
  repos: Repositories,
  actor: Actor,
  organisationId: string,
  countryIso3: string,
  linkedIds: readonly string[],
): Promise<{ offered: Evidence[]; unseen: string[] }> {
  const access = evidenceAccess(actor, organisationId);
  const { items } = await repos.evidence.listEvidence(
    { country: countryIso3, visibility: PUBLIC, access },
    { page: 1, perPage: 1000 },
  );
  const offered = [...items];
  const unseen: string[] = [];
  const known = new Set(offered.map((e) => e.id));
  for (const id of linkedIds) {
    if (known.has(id)) continue;
    const e = await repos.evidence.getEvidence(id, PUBLIC, access);
    if (e) offered.push(e);
    else unseen.push(id);
  }
  return { offered, unseen };
}

/** Display names of the people who wrote, sent, commented or published (organisation pages only). */
export async function displayNames(repos: Repositories, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const users = await Promise.all(unique.map((id) => repos.accounts.getUser(id)));
  return new Map(users.flatMap((u) => (u ? [[u.id, u.displayName] as [string, string]] : [])));
}
