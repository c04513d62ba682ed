/**
 * The scoring rules of docs/METHODOLOGY.md, parameterised by a methodology
 * version's data (points, weights, rounding). One pass groups the assessments
 * with Maps; each scorecard is then a pass over the framework's items.
 */
import { InvalidParameterError } from "../errors";
import { combine, type Judgement, pointsOf, trendRank } from "./judgements";
import { type AggregateScore, type ItemScore, type Scorecard, type ScoringInput, STATUSES, type Trend } from "./types";

/** The framework resolved to indexes once per computation. */
interface Plan {
  itemIndex: Map<string, number>;
  weights: number[];
  /** Index into `strategies` (options) or `instruments` (commitments) per item. */
  groupOf: number[];
  strategies: string[];
  instruments: string[];
  factors: string[];
  factorIndex: Map<string, number>;
  /** Factor indexes each item is linked to (directly or through its strategy). */
  itemFactors: number[][];
}

function plan(input: ScoringInput): Plan {
  const { framework, methodology: m } = input;
  const itemIndex = new Map<string, number>();
  const strategies: string[] = [];
  const instruments: string[] = [];
  const groupIndex = new Map<string, number>();
  const children = new Map<string, number[]>();
  const groupOf: number[] = [];
  const weights: number[] = [];
  framework.items.forEach((item, i) => {
    itemIndex.set(item.id, i);
    const weight = m.weights.byItem[item.id] ?? m.weights.byKind[item.kind];
    if (!(weight > 0)) throw new InvalidParameterError("methodology.weights", `must be positive (item ${item.id})`);
    weights.push(weight);
    const list = item.kind === "option" ? strategies : instruments;
    const key = `${item.kind}\0${item.parentId}`;
    if (!groupIndex.has(key)) groupIndex.set(key, list.push(item.parentId) - 1);
    groupOf.push(groupIndex.get(key)!);
    const siblings = children.get(item.parentId) ?? [];
    siblings.push(i);
    children.set(item.parentId, siblings);
  });
  const factors = [...framework.factors];
  const factorIndex = new Map(factors.map((f, i) => [f, i]));
  const itemFactors: number[][] = framework.items.map(() => []);
  for (const link of framework.factorLinks) {
    const f = factorIndex.get(link.factorId);
    if (f === undefined) continue;
    const direct = itemIndex.get(link.fromId);
    for (const i of direct === undefined ? (children.get(link.fromId) ?? []) : [direct]) {
      const list = itemFactors[i]!;
      if (!list.includes(f)) list.push(f);
    }
  }
  return { itemIndex, weights, groupOf, strategies, instruments, factors, factorIndex, itemFactors };
}

const round = (numerator: number, denominator: number, decimals: number) => {
  const scale = 10 ** decimals;
  return Math.round((numerator * scale) / denominator) / scale;
};

class Accumulator {
  weightedPoints = 0;
  weight = 0;
  scored = 0;
  items = 0;
  add(points: number | null, weight: number) {
    this.items++;
    if (points === null) return;
    this.scored++;
    this.weight += weight;
    this.weightedPoints += weight * points;
  }
  result(id: string, input: ScoringInput): AggregateScore {
    const m = input.methodology;
    return {
      id,
      score: this.scored === 0 ? null : round(100 * this.weightedPoints, m.maxPoints * this.weight, m.scoreDecimals),
      coverage: this.items === 0 ? 0 : round(this.scored, this.items, m.coverageDecimals),
      scoredCount: this.scored,
      itemCount: this.items,
    };
  }
}

/** The value under `key`, created first when missing. */
function entry<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const value = create();
  map.set(key, value);
  return value;
}

/** Per item: the organisations' judgements (an array per organisation, indexed by item). */
type Views = Map<string, (Judgement[] | undefined)[]>;

function group(input: ScoringInput, p: Plan) {
  const known = new Set<string>(STATUSES);
  const cycleOrder = new Map(input.cycles.map((c) => [c.id, c.order]));
  const byCountry = new Map<string, Map<string, Views>>();
  for (const a of input.assessments) {
    if (!known.has(a.status)) throw new InvalidParameterError("status", `'${a.status}' is not a status`);
    if (!cycleOrder.has(a.cycleId)) throw new InvalidParameterError("cycleId", `'${a.cycleId}' is not a cycle`);
    const i = p.itemIndex.get(a.itemId);
    if (i === undefined) continue; // an item outside this framework (e.g. withdrawn from the pack)
    const cycles = entry(byCountry, a.countryIso3, () => new Map<string, Views>());
    const items = entry(
      entry(cycles, a.cycleId, () => new Map()),
      a.organisationId,
      () => new Array(p.weights.length),
    );
    const obstacles = a.obstacleFactorIds.length === 0 ? NONE : inFactorOrder(p, a.obstacleFactorIds);
    const judgement = { status: a.status, obstacles };
    const list = items[i];
    if (list) list.push(judgement);
    else items[i] = [judgement];
  }
  const cycles = [...input.cycles].sort((a, b) => a.order - b.order);
  return { byCountry, cycles };
}

const COMBINED = "\0combined";
const NONE: readonly string[] = Object.freeze([]);

/** Known factors only, each once, in the framework's order; frozen because scorecards share it. */
const inFactorOrder = (p: Plan, ids: Iterable<string>): readonly string[] =>
  Object.freeze(
    [...new Set(ids)].filter((f) => p.factorIndex.has(f)).sort((a, b) => p.factorIndex.get(a)! - p.factorIndex.get(b)!),
  );

export function computeScorecards(input: ScoringInput): Scorecard[] {
  const p = plan(input);
  const { byCountry, cycles } = group(input, p);
  const out: Scorecard[] = [];
  for (const country of [...byCountry.keys()].sort()) {
    const perCycle = byCountry.get(country)!;
    /** Trend ranks of the previous cycle, per view; empty when that cycle had no scorecard for the view. */
    let previous = new Map<string, (number | null)[]>();
    cycles.forEach((cycle, c) => {
      const views = perCycle.get(cycle.id);
      const current = new Map<string, (number | null)[]>();
      if (views) {
        const orgs = [...views.keys()].sort();
        const combined =
          orgs.length === 1
            ? views.get(orgs[0]!)!
            : p.weights.map((_, i) => {
                const all = orgs.flatMap((o) => views.get(o)![i] ?? []);
                return all.length > 0 ? all : undefined;
              });
        for (const view of [COMBINED, ...orgs]) {
          const judgements = view === COMBINED ? combined : views.get(view)!;
          const card = scorecard(input, p, country, cycle.id, view === COMBINED ? null : view, judgements, {
            first: c === 0,
            ranks: previous.get(view),
          });
          current.set(view, card.ranks);
          out.push(card.scorecard);
        }
      }
      previous = current;
    });
  }
  return out;
}

function scorecard(
  input: ScoringInput,
  p: Plan,
  countryIso3: string,
  cycleId: string,
  organisationId: string | null,
  judgements: (Judgement[] | undefined)[],
  prior: { first: boolean; ranks: (number | null)[] | undefined },
): { scorecard: Scorecard; ranks: (number | null)[] } {
  const m = input.methodology;
  const country = new Accumulator();
  const strategies = p.strategies.map(() => new Accumulator());
  const instruments = p.instruments.map(() => new Accumulator());
  const factors = p.factors.map(() => new Accumulator());
  const obstacleCounts = p.factors.map(() => 0);
  const trendCounts: Record<Trend, number> = { improved: 0, unchanged: 0, worsened: 0, new: 0 };
  const flags = { regressed: [] as string[], disputed: [] as string[] };
  const ranks: (number | null)[] = [];
  const items: ItemScore[] = input.framework.items.map((item, i) => {
    const list = judgements[i];
    const { judgement, disputed } = list ? combine(m, list) : { judgement: undefined, disputed: false };
    const status = judgement?.status ?? "no_information";
    const points = pointsOf(m, status);
    const weight = p.weights[i]!;
    country.add(points, weight);
    (item.kind === "option" ? strategies : instruments)[p.groupOf[i]!]!.add(points, weight);
    for (const f of p.itemFactors[i]!) factors[f]!.add(points, weight);
    for (const f of judgement?.obstacles ?? []) obstacleCounts[p.factorIndex.get(f)!]!++;
    const rank = trendRank(m, status);
    ranks.push(rank);
    const before = prior.ranks?.[i] ?? null;
    const trend: Trend | null =
      rank === null || prior.first
        ? null
        : before === null
          ? "new"
          : rank > before
            ? "improved"
            : rank < before
              ? "worsened"
              : "unchanged";
    if (trend) trendCounts[trend]++;
    const regressed = status === "regressed";
    if (regressed) flags.regressed.push(item.id);
    const isDisputed = organisationId === null && disputed;
    if (isDisputed) flags.disputed.push(item.id);
    return {
      itemId: item.id,
      kind: item.kind,
      parentId: item.parentId,
      status,
      points,
      score: points === null ? null : round(100 * points, m.maxPoints, m.scoreDecimals),
      regressed,
      disputed: isDisputed,
      obstacleFactorIds: !list || list.length === 1 ? (judgement?.obstacles ?? NONE) : inFactorOrder(p, judgement!.obstacles),
      trend,
    };
  });
  const totals = country.result(`${countryIso3}/${cycleId}/${organisationId ?? "combined"}`, input);
  return {
    ranks,
    scorecard: {
      ...totals,
      countryIso3,
      cycleId,
      organisationId,
      methodologyVersion: m.version,
      items,
      strategies: strategies.map((a, i) => a.result(p.strategies[i]!, input)),
      instruments: instruments.map((a, i) => a.result(p.instruments[i]!, input)),
      factors: factors.map((a, i) => ({ ...a.result(p.factors[i]!, input), obstacleCount: obstacleCounts[i]! })),
      trendCounts,
      flags,
    },
  };
}
