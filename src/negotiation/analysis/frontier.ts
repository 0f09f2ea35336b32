// What a student could have had: the Pareto frontier of the deal space, each
// side's walk-away value, the Nash bargaining point, and where a given deal
// stands against them. Pure functions over the scenario's deal space.
import type { Scenario } from '../../scenario/schema.ts';
import type { Terms } from '../types.ts';
import { allDeals, type DealPoint } from './deal-space.ts';
import {
  choicesOf,
  crossesRedLine,
  sidesOf,
  tablesOf,
  termsOf,
  utilityOfChoices,
} from '../utility.ts';

/** Deals no other feasible deal beats for one side without hurting the other, best-for-sides[0] first. */
export function paretoFrontier(deals: readonly DealPoint[]): DealPoint[] {
  const feasible = deals.filter((d) => d.feasible);
  // Sort by the first side's utility, descending (ties: second side descending); sweep keeping rising second-side utility.
  const sorted = [...feasible].sort(
    (a, b) => b.utilities[0] - a.utilities[0] || b.utilities[1] - a.utilities[1],
  );
  const frontier: DealPoint[] = [];
  let bestSecond = -Infinity;
  for (const d of sorted) {
    if (d.utilities[1] > bestSecond + 1e-9) {
      frontier.push(d);
      bestSecond = d.utilities[1];
    }
  }
  return frontier;
}

function walkAwayValues(scenario: Scenario): [number, number] {
  const [a, b] = sidesOf(scenario);
  return [a.walkAway, b.walkAway];
}

/**
 * The Nash bargaining point: the feasible deal that maximises the product of
 * both sides' gains over their walk-away values. Undefined when no deal is
 * better than walking away for both (no zone of agreement).
 */
export function nashPoint(
  deals: readonly DealPoint[],
  walkAway: readonly [number, number],
): DealPoint | undefined {
  let best: DealPoint | undefined;
  let bestProduct = -Infinity;
  for (const d of deals) {
    if (!d.feasible) continue;
    const ga = d.utilities[0] - walkAway[0];
    const gb = d.utilities[1] - walkAway[1];
    if (ga < 0 || gb < 0) continue;
    const product = ga * gb;
    if (product > bestProduct + 1e-9) {
      best = d;
      bestProduct = product;
    }
  }
  return best;
}

export interface DealStanding {
  utilities: [number, number];
  /** Each side's gain over its walk-away value (negative: worse than no deal). */
  gains: [number, number];
  feasible: boolean;
  paretoOptimal: boolean;
  /** Feasible deals better for both sides (weakly for one, strictly for the other). */
  dominatedBy: number;
  /** The frontier deal closest to this one, and how far (in utility points). */
  nearestFrontier: Terms | undefined;
  distanceToFrontier: number;
  /** This deal's Nash product over the Nash point's, 0–1 (0 when it is worse than no deal for a side). */
  nashShare: number;
  /** Share of feasible deals that are worse for each side. */
  percentile: [number, number];
}

export interface DealAnalysis {
  deals: DealPoint[];
  frontier: DealPoint[];
  walkAway: [number, number];
  nash: DealPoint | undefined;
}

/** Scenarios are never changed once loaded, so each one's analysis is worked out once. */
const analyses = new WeakMap<Scenario, DealAnalysis>();

/** The deal space of a scenario (treat it as read-only: it is shared). */
export function analyseDeals(scenario: Scenario): DealAnalysis {
  const known = analyses.get(scenario);
  if (known) return known;
  const deals = allDeals(scenario);
  const walkAway = walkAwayValues(scenario);
  const analysis = {
    deals,
    frontier: paretoFrontier(deals),
    walkAway,
    nash: nashPoint(deals, walkAway),
  };
  analyses.set(scenario, analysis);
  return analysis;
}

/** Where a (final) deal stands against every possible deal. Open issues count as walk-away. */
export function standingOf(scenario: Scenario, analysis: DealAnalysis, terms: Terms): DealStanding {
  const tables = tablesOf(scenario);
  const choices = choicesOf(tables, terms);
  const [a, b] = tables.sides;
  const u: [number, number] = [utilityOfChoices(a, choices), utilityOfChoices(b, choices)];
  const gains: [number, number] = [u[0] - analysis.walkAway[0], u[1] - analysis.walkAway[1]];
  const feasible = !crossesRedLine(a, choices) && !crossesRedLine(b, choices);
  const { dominatedBy, percentile } = rankAmongDeals(analysis.deals, u);
  const nearest = nearestOnFrontier(analysis.frontier, u);
  return {
    utilities: u,
    gains,
    feasible,
    paretoOptimal: feasible && dominatedBy === 0,
    dominatedBy,
    nearestFrontier: nearest ? termsOf(tables, nearest.deal.choices) : undefined,
    distanceToFrontier: nearest ? nearest.distance : 0,
    nashShare: nashShare(analysis, gains),
    percentile,
  };
}

/** How many feasible deals are better for both sides than `u`, and the share worse for each side. */
function rankAmongDeals(
  deals: readonly DealPoint[],
  u: readonly [number, number],
): Pick<DealStanding, 'dominatedBy' | 'percentile'> {
  let dominatedBy = 0;
  let worse0 = 0;
  let worse1 = 0;
  let feasibleCount = 0;
  for (const d of deals) {
    if (!d.feasible) continue;
    feasibleCount++;
    const [x, y] = d.utilities;
    if (x >= u[0] - 1e-9 && y >= u[1] - 1e-9 && (x > u[0] + 1e-9 || y > u[1] + 1e-9)) dominatedBy++;
    if (x < u[0] - 1e-9) worse0++;
    if (y < u[1] - 1e-9) worse1++;
  }
  const percentile: [number, number] =
    feasibleCount > 0 ? [worse0 / feasibleCount, worse1 / feasibleCount] : [0, 0];
  return { dominatedBy, percentile };
}

/** The frontier deal closest to `u` (the first of equals), and how far it is in utility points. */
function nearestOnFrontier(
  frontier: readonly DealPoint[],
  u: readonly [number, number],
): { deal: DealPoint; distance: number } | undefined {
  let nearest: { deal: DealPoint; distance: number } | undefined;
  for (const f of frontier) {
    const distance = Math.hypot(f.utilities[0] - u[0], f.utilities[1] - u[1]);
    if (distance < (nearest?.distance ?? Infinity)) nearest = { deal: f, distance };
  }
  return nearest;
}

/** A deal's Nash product over the Nash point's, 0–1 (0 when it is worse than no deal for a side). */
function nashShare(analysis: DealAnalysis, gains: readonly [number, number]): number {
  const nash = analysis.nash;
  const nashProduct = nash
    ? (nash.utilities[0] - analysis.walkAway[0]) * (nash.utilities[1] - analysis.walkAway[1])
    : 0;
  const product = gains[0] > 0 && gains[1] > 0 ? gains[0] * gains[1] : 0;
  return nashProduct > 0 ? Math.min(1, product / nashProduct) : 0;
}
