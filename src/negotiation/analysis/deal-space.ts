// Every possible deal of a scenario: one settlement (an option, or "deferred")
// per issue, with each side's utility and whether either side's red lines rule
// it out. Computed once per scenario and shared by the agent and the analysis.
import type { Scenario } from '../../scenario/schema.ts';
import type { Choices, ScenarioTables } from '../utility.ts';
import { crossesRedLine, tablesOf, utilityOfChoices } from '../utility.ts';

export interface DealPoint {
  choices: Choices;
  /** Utility 0–100 for sides[0] and sides[1]. */
  utilities: [number, number];
  /** True when neither side's red lines rule it out. */
  feasible: boolean;
  /** Red lines crossed for [sides[0], sides[1]]. */
  crosses: [boolean, boolean];
}

/** Past this many deals the space is sampled by the agent, not listed (8 issues of 9 choices would be 43 million). */
const MAX_LISTED_DEALS = 200_000;

const cache = new WeakMap<Scenario, DealPoint[]>();

/** The four pairs of red-line crossings, shared by every deal (they are only read): a 6 × 5 scenario has 46,656 deals. */
const NEITHER: [boolean, boolean] = [false, false];
const FIRST: [boolean, boolean] = [true, false];
const SECOND: [boolean, boolean] = [false, true];
const BOTH: [boolean, boolean] = [true, true];

function crossings(a: boolean, b: boolean): [boolean, boolean] {
  return a ? (b ? BOTH : FIRST) : b ? SECOND : NEITHER;
}

function dealCount(tables: ScenarioTables): number {
  return tables.choices.reduce((n, c) => n * c.length, 1);
}

export function allDeals(scenario: Scenario): DealPoint[] {
  let deals = cache.get(scenario);
  if (deals) return deals;
  const tables = tablesOf(scenario);
  deals = [];
  const n = Math.min(dealCount(tables), MAX_LISTED_DEALS);
  const sizes = tables.choices.map((c) => c.length);
  const [a, b] = tables.sides;
  for (let k = 0; k < n; k++) {
    const choices: Choices = new Array<number>(sizes.length);
    let rest = k;
    for (let i = sizes.length - 1; i >= 0; i--) {
      const size = sizes[i] ?? 1;
      choices[i] = rest % size;
      rest = Math.floor(rest / size);
    }
    const crosses = crossings(crossesRedLine(a, choices), crossesRedLine(b, choices));
    deals.push({
      choices,
      utilities: [utilityOfChoices(a, choices), utilityOfChoices(b, choices)],
      feasible: !crosses[0] && !crosses[1],
      crosses,
    });
  }
  cache.set(scenario, deals);
  return deals;
}

/** True when a deal agrees with every issue already settled (settled[i] = -1 means open). */
export function extendsSettled(deal: Choices, settled: Choices): boolean {
  for (let i = 0; i < settled.length; i++) {
    const s = settled[i] ?? -1;
    if (s >= 0 && deal[i] !== s) return false;
  }
  return true;
}
