// What a computer side learns of the other, from everything the other side
// does: a frequency model (as in the HardHeaded agent of the ANAC
// competitions) fed by proposals and counters (options it asks for), by
// rejections and red lines (options it turns down), by deferrals (issues it
// would rather not settle now); with a prior from the side's own values (what
// it wants least, the other side probably wants most). It also keeps the
// computer's reaction to the other side's conduct (its mood) and the history
// of offers the reciprocity and the never-rising offers are judged by.
// Pure data in the game state; nothing here is shown to the player.
import type { Scenario } from '../../scenario/schema.ts';
import type {
  IssueId,
  Move,
  MeterChange,
  OpponentModel,
  OptionId,
  Settlement,
  SideId,
  Terms,
} from '../types.ts';
import { DEFERRED } from '../types.ts';
import type { ScenarioTables } from '../utility.ts';
import { choicesOf, sideTable, tablesOf, utilityOfChoices } from '../utility.ts';

/** How much an issue's estimated weight grows each time the opponent holds it steady. */
const STEADY_BONUS = 0.15;
/** How much a settlement the opponent turned down counts against it (a proposal of it counts 1). */
const REFUSAL_WEIGHT = 0.5;
/** How strongly the prior (the side's own values, reversed) speaks before the opponent has said anything. */
const PRIOR_WEIGHT = 0.6;

export function newOpponentModel(scenario: Scenario, opponent: SideId): OpponentModel {
  const weights: Record<IssueId, number> = {};
  const counts: Record<IssueId, Record<Settlement, number>> = {};
  const refused: Record<IssueId, Record<Settlement, number>> = {};
  for (const issue of scenario.issues) {
    weights[issue.id] = 1 / scenario.issues.length;
    counts[issue.id] = {};
    refused[issue.id] = {};
  }
  const side = scenario.sides.find((s) => s.id === opponent);
  const redLines = (side?.redLines ?? [])
    .filter((r) => r.public)
    .map((r) => ({ issue: r.issue, option: r.option }));
  return {
    weights,
    counts,
    refused,
    last: null,
    redLines,
    mood: 0,
    firstOffer: null,
    bestOffer: null,
    lastOwn: null,
  };
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
  return { ...model, weights, counts, last: terms };
}

/** The opponent turned down these terms (a rejection, or a counter on the same issues): evidence against them. */
export function observeRefusal(
  model: OpponentModel,
  terms: Terms,
  except: Terms = {},
): OpponentModel {
  const refused: OpponentModel['refused'] = { ...model.refused };
  for (const issue in terms) {
    const settlement = terms[issue];
    if (settlement === undefined || except[issue] === settlement) continue;
    const byOption = { ...refused[issue] };
    byOption[settlement] = (byOption[settlement] ?? 0) + 1;
    refused[issue] = byOption;
  }
  return { ...model, refused };
}

export function observeRedLine(
  model: OpponentModel,
  issue: IssueId,
  option: OptionId,
): OpponentModel {
  const refusedModel = observeRefusal(model, { [issue]: option });
  if (model.redLines.some((r) => r.issue === issue && r.option === option)) return refusedModel;
  return { ...refusedModel, redLines: [...model.redLines, { issue, option }] };
}

/**
 * Everything the observer learns from one move of the other side: what it asks
 * for and turns down, its conduct (the meter changes its move caused, weighted
 * by what softens the observer), and how good its offers are for the observer.
 */
export function observeMove(
  scenario: Scenario,
  model: OpponentModel,
  observer: SideId,
  input: { move: Move; standing: { by: SideId; terms: Terms } | null; settled: Terms },
  changes: readonly MeterChange[],
): OpponentModel {
  const { move, standing } = input;
  const theirsStanding = standing && standing.by === observer ? standing.terms : undefined;
  let next = model;
  switch (move.kind) {
    case 'propose':
      next = observeProposal(next, move.terms);
      // A counter turns down what it changes of the observer's standing offer.
      if (theirsStanding) next = observeRefusal(next, theirsStanding, move.terms);
      next = observeOffer(scenario, next, observer, { ...move.terms, ...input.settled });
      break;
    case 'defer':
      next = observeProposal(next, { [move.issue]: DEFERRED });
      break;
    case 'reject':
      if (theirsStanding) next = observeRefusal(next, theirsStanding);
      break;
    case 'redLine':
      next = observeRedLine(next, move.issue, move.option);
      break;
    default:
      break;
  }
  const shift = moodShiftOf(scenario, observer, changes);
  return shift === 0 ? next : { ...next, mood: next.mood + shift };
}

/** The side's own offer: its mood then is remembered, so its next offer is never higher without a reason. */
export function rememberOwnOffer(model: OpponentModel): OpponentModel {
  return { ...model, lastOwn: { mood: model.mood } };
}

function observeOffer(
  scenario: Scenario,
  model: OpponentModel,
  observer: SideId,
  merged: Terms,
): OpponentModel {
  const tables = tablesOf(scenario);
  const worth = utilityOfChoices(sideTable(tables, observer), choicesOf(tables, merged));
  return {
    ...model,
    firstOffer: model.firstOffer ?? worth,
    bestOffer: Math.max(model.bestOffer ?? worth, worth),
  };
}

/** How the other side's move moved the observer: meter changes it caused (not the clock's), by softensWith. */
function moodShiftOf(
  scenario: Scenario,
  observer: SideId,
  changes: readonly MeterChange[],
): number {
  const weights = scenario.sides.find((s) => s.id === observer)?.softensWith;
  if (!weights) return 0;
  let shift = 0;
  for (const c of changes) {
    if (c.cause.kind !== 'move' && c.cause.kind !== 'evidence') continue;
    shift += ((weights[c.meter] ?? 0) * c.delta) / 100;
  }
  return shift;
}

/**
 * The estimated utility (0–1) to the opponent of each choice on each issue,
 * weighted: the prior from the observer's own values (reversed), then how often
 * the opponent asked for that settlement, less how often it turned it down.
 * A deal's estimate is the sum over issues.
 */
export function opponentEstimateTable(
  model: OpponentModel,
  tables: ScenarioTables,
  observer?: SideId,
): number[][] {
  const own = observer !== undefined ? sideTable(tables, observer) : undefined;
  return tables.issueIds.map((issue, i) => {
    const counts = model.counts[issue] ?? {};
    const refused = model.refused?.[issue] ?? {};
    const choices = tables.choices[i] ?? [];
    const prior = own ? orderPrior(own.values[i] ?? [], choices.length - 1) : undefined;
    const raw = choices.map(
      (settlement, c) =>
        PRIOR_WEIGHT * (prior?.[c] ?? 0.5) +
        (counts[settlement] ?? 0) -
        REFUSAL_WEIGHT * (refused[settlement] ?? 0),
    );
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of raw) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    const weight = model.weights[issue] ?? 0;
    return raw.map((v) => (hi - lo > 1e-9 ? (weight * (v - lo)) / (hi - lo) : weight / 2));
  });
}

/**
 * What the observer may assume of the other side before it says anything: an
 * issue's options are ordered along one axis (from least to most that one side
 * asks of the other: the format says so), and the other side probably pulls the
 * other way. Its own values tell it which way it pulls (the sign of their slope
 * over the order); the other side's guess runs along the order the other way,
 * 0–1. "Deferred" (the last choice) sits in the middle.
 */
function orderPrior(values: readonly number[], options: number): number[] {
  const n = Math.max(1, options);
  let slope = 0;
  for (let k = 0; k < options; k++) slope += ((values[k] ?? 0) - 50) * (k - (n - 1) / 2);
  const prior: number[] = [];
  for (let k = 0; k < options; k++) {
    const along = n > 1 ? k / (n - 1) : 0.5;
    prior.push(slope > 0 ? 1 - along : slope < 0 ? along : 0.5);
  }
  prior.push(0.5);
  return prior;
}

export function estimateOpponentUtility(
  model: OpponentModel,
  tables: ScenarioTables,
  choices: readonly number[],
  observer?: SideId,
): number {
  const table = opponentEstimateTable(model, tables, observer);
  let u = 0;
  for (let i = 0; i < choices.length; i++) u += table[i]?.[choices[i] ?? -1] ?? 0;
  return u;
}
