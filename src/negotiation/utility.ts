// What a deal is worth to a side: the weighted mean of its values for the
// settlement of each issue, 0–100. An open issue is worth the side's walk-away
// value (no agreement on it); a deferred one its `deferred` value (by default
// the walk-away too). Compiled once per scenario into flat arrays, because the
// agent and the analysis score thousands of deals a second.
import type { Scenario } from '../scenario/schema.ts';
import type { IssueId, Settlement, SideId, Terms } from './types.ts';
import { DEFERRED } from './types.ts';

export interface SideTable {
  id: SideId;
  walkAway: number;
  /** Issue weights, scaled to add up to 1. */
  weights: number[];
  /** values[issue][choice]: choice is an option index, or options.length for "deferred". */
  values: number[][];
  /** Red lines as choice indexes by issue. */
  redLines: Set<number>[];
}

export interface ScenarioTables {
  issueIds: IssueId[];
  /** Settlement ids by issue: the option ids, then "deferred". */
  choices: Settlement[][];
  /** Issue index by id, and the choice index of each settlement by issue (the first, as indexOf finds it). */
  issueIndex: Map<IssueId, number>;
  choiceIndex: Map<Settlement, number>[];
  sides: [SideTable, SideTable];
}

const cache = new WeakMap<Scenario, ScenarioTables>();

export function tablesOf(scenario: Scenario): ScenarioTables {
  let tables = cache.get(scenario);
  if (!tables) {
    tables = compile(scenario);
    cache.set(scenario, tables);
  }
  return tables;
}

function compile(scenario: Scenario): ScenarioTables {
  const issueIds = scenario.issues.map((i) => i.id);
  // Without follow-up talks nothing can be deferred: no deal leaves an issue to them.
  const talks = scenario.followUpTalks !== undefined;
  const choices = scenario.issues.map((i) => [
    ...i.options.map((o) => o.id),
    ...(talks ? [DEFERRED] : []),
  ]);
  const side = (index: 0 | 1): SideTable => {
    const s = scenario.sides[index];
    if (!s) throw new Error('a scenario has two sides');
    const raw = scenario.issues.map((i) => Math.max(0, i.weights[s.id] ?? 0));
    const total = raw.reduce((a, b) => a + b, 0) || 1;
    return {
      id: s.id,
      walkAway: s.walkAway,
      weights: raw.map((w) => w / total),
      values: scenario.issues.map((i) => [
        ...i.options.map((o) => o.values[s.id] ?? 0),
        i.deferred?.values?.[s.id] ?? s.walkAway,
      ]),
      redLines: scenario.issues.map(
        (i) =>
          new Set(
            s.redLines
              .filter((r) => r.issue === i.id)
              .map((r) => i.options.findIndex((o) => o.id === r.option)),
          ),
      ),
    };
  };
  const issueIndex = new Map(issueIds.map((id, i) => [id, i] as const).reverse());
  const choiceIndex = choices.map((list) => new Map(list.map((c, i) => [c, i] as const).reverse()));
  return { issueIds, choices, issueIndex, choiceIndex, sides: [side(0), side(1)] };
}

export function sideTable(tables: ScenarioTables, side: SideId): SideTable {
  const [a, b] = tables.sides;
  if (a.id === side) return a;
  if (b.id === side) return b;
  throw new Error(`no side "${side}"`);
}

/** The two sides; a loaded scenario always has exactly two (the schema says so). */
export function sidesOf(
  scenario: Scenario,
): [Scenario['sides'][number], Scenario['sides'][number]] {
  const [a, b] = scenario.sides;
  if (!a || !b) throw new Error('a scenario has two sides');
  return [a, b];
}

export function otherSide(scenario: Scenario, side: SideId): SideId {
  // Read in place (no pair made): the rules ask this at every move.
  const a = scenario.sides[0];
  const b = scenario.sides[1];
  if (!a || !b) throw new Error('a scenario has two sides');
  return a.id === side ? b.id : a.id;
}

/** A deal as choice indexes by issue; -1 for an open issue. */
export type Choices = number[];

export function choicesOf(tables: ScenarioTables, terms: Terms): Choices {
  return tables.issueIds.map((id, i) => {
    const settlement = terms[id];
    return settlement === undefined ? -1 : (tables.choices[i]?.indexOf(settlement) ?? -1);
  });
}

export function termsOf(tables: ScenarioTables, choices: Choices): Record<IssueId, Settlement> {
  const terms: Record<IssueId, Settlement> = {};
  choices.forEach((c, i) => {
    const id = tables.issueIds[i];
    const settlement = tables.choices[i]?.[c];
    if (c >= 0 && id !== undefined && settlement !== undefined) terms[id] = settlement;
  });
  return terms;
}

/** Utility 0–100 of a (possibly partial) deal for a side; open issues count as walk-away. */
export function utilityOfChoices(side: SideTable, choices: Choices): number {
  let u = 0;
  for (let i = 0; i < side.weights.length; i++) {
    const c = choices[i] ?? -1;
    const w = side.weights[i] ?? 0;
    u += w * (c < 0 ? side.walkAway : (side.values[i]?.[c] ?? 0));
  }
  return u;
}

export function utility(scenario: Scenario, side: SideId, terms: Terms): number {
  const tables = tablesOf(scenario);
  return utilityOfChoices(sideTable(tables, side), choicesOf(tables, terms));
}

/**
 * Utility over only the issues a deal covers, scaled to their weights: how good
 * a partial package is on its own terms. NaN when it covers no weighted issue.
 */
export function coveredUtility(side: SideTable, choices: Choices): number {
  let u = 0;
  let weight = 0;
  for (let i = 0; i < side.weights.length; i++) {
    const c = choices[i] ?? -1;
    if (c < 0) continue;
    const w = side.weights[i] ?? 0;
    u += w * (side.values[i]?.[c] ?? 0);
    weight += w;
  }
  return weight > 0 ? u / weight : NaN;
}

export function crossesRedLine(side: SideTable, choices: Choices): boolean {
  for (let i = 0; i < choices.length; i++) {
    const c = choices[i] ?? -1;
    if (c >= 0 && side.redLines[i]?.has(c)) return true;
  }
  return false;
}

/** Merge settled terms with a proposal's terms (the proposal never overrides a settled issue). */
export function mergeTerms(settled: Terms, terms: Terms): Record<IssueId, Settlement> {
  return { ...terms, ...settled };
}
