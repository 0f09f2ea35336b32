// What a computer side learns of the other from its proposals: a frequency
// model (as in the HardHeaded agent of the ANAC competitions). An issue the
// opponent keeps unchanged from one proposal to the next matters to it; the
// options it proposes often are the ones it wants. Red lines it voices are
// remembered and never proposed to it again.
import type { Scenario } from '../../scenario/schema.ts';
import type { IssueId, OpponentModel, OptionId, Settlement, SideId, Terms } from '../types.ts';
import type { ScenarioTables } from '../utility.ts';

/** How much an issue's estimated weight grows each time the opponent holds it steady. */
const STEADY_BONUS = 0.15;

export function newOpponentModel(scenario: Scenario, opponent: SideId): OpponentModel {
  const weights: Record<IssueId, number> = {};
  const counts: Record<IssueId, Record<Settlement, number>> = {};
  for (const issue of scenario.issues) {
    weights[issue.id] = 1 / scenario.issues.length;
    counts[issue.id] = {};
  }
  const side = scenario.sides.find((s) => s.id === opponent);
  const redLines = (side?.redLines ?? [])
    .filter((r) => r.public)
    .map((r) => ({ issue: r.issue, option: r.option }));
  return { weights, counts, last: null, redLines };
}

export function observeProposal(model: OpponentModel, terms: Terms): OpponentModel {
  const counts: OpponentModel['counts'] = { ...model.counts };
  const weights: OpponentModel['weights'] = { ...model.weights };
  let total = 0;
  for (const issue in weights) {
    const settlement = terms[issue];
    if (settlement !== undefined) {
      const byOption = { ...counts[issue] };
      byOption[settlement] = (byOption[settlement] ?? 0) + 1;
      counts[issue] = byOption;
      if (model.last?.[issue] === settlement) weights[issue] = (weights[issue] ?? 0) + STEADY_BONUS;
    }
    total += weights[issue] ?? 0;
  }
  if (total > 0) for (const issue in weights) weights[issue] = (weights[issue] ?? 0) / total;
  return { weights, counts, last: terms, redLines: model.redLines };
}

export function observeRedLine(
  model: OpponentModel,
  issue: IssueId,
  option: OptionId,
): OpponentModel {
  if (model.redLines.some((r) => r.issue === issue && r.option === option)) return model;
  return { ...model, redLines: [...model.redLines, { issue, option }] };
}

/**
 * The estimated utility (0–1) to the opponent of each choice on each issue,
 * weighted: how often it proposed that settlement relative to its favourite.
 * A deal's estimate is the sum over issues.
 */
export function opponentEstimateTable(model: OpponentModel, tables: ScenarioTables): number[][] {
  return tables.issueIds.map((issue, i) => {
    const counts = model.counts[issue] ?? {};
    let max = 0;
    for (const k in counts) max = Math.max(max, counts[k] ?? 0);
    const weight = model.weights[issue] ?? 0;
    return (tables.choices[i] ?? []).map(
      (settlement) => (weight * ((counts[settlement] ?? 0) + 1)) / (max + 1),
    );
  });
}

export function estimateOpponentUtility(
  model: OpponentModel,
  tables: ScenarioTables,
  choices: readonly number[],
): number {
  const table = opponentEstimateTable(model, tables);
  let u = 0;
  for (let i = 0; i < choices.length; i++) u += table[i]?.[choices[i] ?? -1] ?? 0;
  return u;
}

/** True when the choices contain an option the opponent is known to refuse. */
export function crossesKnownRedLine(
  model: OpponentModel,
  tables: ScenarioTables,
  choices: readonly number[],
): boolean {
  for (const r of model.redLines) {
    const i = tables.issueIds.indexOf(r.issue);
    if (i >= 0 && tables.choices[i]?.[choices[i] ?? -1] === r.option) return true;
  }
  return false;
}
