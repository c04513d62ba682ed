/** The scoring view of a framework pack: assessable items and factor links from the crosswalk. */
import type { FrameworkItem, ItemLink } from "../framework/types";
import type { ScoringFramework } from "./types";

export function scoringFramework(items: readonly FrameworkItem[], links: readonly ItemLink[]): ScoringFramework {
  const byOrder = (a: FrameworkItem, b: FrameworkItem) => a.order - b.order;
  const instruments = items.filter((i) => i.kind === "instrument").map((i) => i.id);
  const strategies = items
    .filter((i) => i.kind === "strategy")
    .sort(byOrder)
    .map((i) => i.id);
  // Display order: commitments by instrument then order, options by strategy then order.
  const rank = (parents: string[], item: FrameworkItem) => parents.indexOf(item.parentId ?? "") * 1e6 + item.order;
  const commitments = items
    .filter((i) => i.kind === "commitment" && i.parentId !== null)
    .sort((a, b) => rank(instruments, a) - rank(instruments, b));
  const options = items
    .filter((i) => i.kind === "option" && i.parentId !== null)
    .sort((a, b) => rank(strategies, a) - rank(strategies, b));
  return {
    items: [...commitments, ...options].map((i) => ({
      id: i.id,
      kind: i.kind as "commitment" | "option",
      parentId: i.parentId!,
    })),
    factors: items
      .filter((i) => i.kind === "factor")
      .sort(byOrder)
      .map((i) => i.id),
    factorLinks: links.filter((l) => l.type === "addresses_factor").map((l) => ({ fromId: l.fromId, factorId: l.toId })),
  };
}
