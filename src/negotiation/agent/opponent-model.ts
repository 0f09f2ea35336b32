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
  GameState,
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
import { choicesOf, crossesRedLine, sideTable, tablesOf, utilityOfChoices } from '../utility.ts';

/** How much an issue's estimated weight grows each time the opponent holds it steady. */
const STEADY_BONUS = 0.15;
/** How much a settlement the opponent turned down loses (0–1) before it has asked for anything on the issue. */
const REFUSAL_WEIGHT = 0.1;
/** How far below what the opponent asks for a settlement it turned down is placed, each time (0–1). */
const REFUSAL_MARGIN = 0.15;
/** How much more an issue with a known red line of the opponent's weighs: a side draws its lines where it cares most. */
const RED_LINE_WEIGHT = 2;
/** How much more the issue it has turned down most often weighs (others in proportion). */
const HELD_WEIGHT = 0.6;
/** The estimate of a settlement the opponent asked for once (its most asked one is 1). */
const ASKED_FLOOR = 0.75;

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
    talkStreak: 0,
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
function observeRefusal(model: OpponentModel, terms: Terms, except: Terms = {}): OpponentModel {
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

function observeRedLine(model: OpponentModel, issue: IssueId, option: OptionId): OpponentModel {
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
  input: {
    move: Move;
    standing: { by: SideId; terms: Terms } | null;
    settled: Terms;
    /** The red lines said out loud so far: the observer's, with its public ones, are known to the other side. */
    redLinesInvoked: GameState['redLinesInvoked'];
  },
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
      next = observeOffer(
        scenario,
        next,
        observer,
        { ...move.terms, ...input.settled },
        input.redLinesInvoked,
      );
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
  const talkStreak = move.kind === 'statement' ? next.talkStreak + 1 : 0;
  const shift = moodShiftOf(scenario, observer, changes);
  // Kind words said again and again with nothing else between soften it less each time (the
  // n-th in a row counts 1/n): talk is cheap without offers. Bad conduct is never discounted.
  const counted = shift > 0 && talkStreak > 1 ? shift / talkStreak : shift;
  if (counted === 0 && talkStreak === next.talkStreak) return next;
  return { ...next, talkStreak, mood: next.mood + counted };
}

/** The side's own offer: its mood then is remembered, so its next offer is never higher without a reason. */
export function rememberOwnOffer(model: OpponentModel): OpponentModel {
  return { ...model, lastOwn: { mood: model.mood } };
}

/**
 * How good the other side's offers are for the observer: its first, and its
 * best of those the observer could take. An offer across a red line of the
 * observer's that the other side knew of (public, or said out loud) is
 * posturing, no position at all: it is not counted. One across a red line it
 * could not know is a position to concede from, but no concession: it can
 * never be taken (a package a side knows the other refuses costs nothing to
 * put on the table).
 */
function observeOffer(
  scenario: Scenario,
  model: OpponentModel,
  observer: SideId,
  merged: Terms,
  invoked: GameState['redLinesInvoked'],
): OpponentModel {
  if (crossesKnownRedLine(scenario, observer, merged, invoked)) return model;
  const tables = tablesOf(scenario);
  const own = sideTable(tables, observer);
  const choices = choicesOf(tables, merged);
  const worth = utilityOfChoices(own, choices);
  const takeable = !crossesRedLine(own, choices);
  return {
    ...model,
    firstOffer: model.firstOffer ?? worth,
    bestOffer: takeable ? Math.max(model.bestOffer ?? worth, worth) : model.bestOffer,
  };
}

/** Whether terms cross a red line of the side's that the other side knows of: public, or said out loud. */
function crossesKnownRedLine(
  scenario: Scenario,
  side: SideId,
  terms: Terms,
  invoked: GameState['redLinesInvoked'],
): boolean {
  return (scenario.sides.find((s) => s.id === side)?.redLines ?? []).some(
    (r) =>
      terms[r.issue] === r.option &&
      (r.public === true ||
        invoked.some((x) => x.side === side && x.issue === r.issue && x.option === r.option)),
  );
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
 * weighted by the issue's estimated weight. An issue's options are ordered
 * (from least to most that one side asks of the other), and a side's values
 * along them rise to one peak and fall away from it: before the opponent asks
 * for anything, the peak is the end the observer likes least (the prior); once
 * it has asked, its peaks are the settlements it asked for (the more often, the
 * higher), and an option is worth less the further it lies from them. A
 * refusal (a rejection, a counter, a red line) is read by contrast with what
 * the opponent itself asked for on that issue: the refused settlement is worth
 * less to it than what it asks for, not less than everything else (a package
 * turned down for one issue says little of the others). A red line it knows of
 * is worth nothing. "Deferred", when it has not asked for it, is worth the mean
 * of its estimates of the options. A deal's estimate is the sum over issues.
 */
export function opponentEstimateTable(
  model: OpponentModel,
  tables: ScenarioTables,
  observer?: SideId,
): number[][] {
  return estimateTable(model, tables, observer);
}

function estimateTable(
  model: OpponentModel,
  tables: ScenarioTables,
  observer: SideId | undefined,
): number[][] {
  const own = observer !== undefined ? sideTable(tables, observer) : undefined;
  const weights = issueWeights(model, tables);
  const table: number[][] = [];
  for (let i = 0; i < tables.issueIds.length; i++) {
    const issue = tables.issueIds[i] ?? '';
    const choices = tables.choices[i] ?? [];
    const counts = model.counts[issue];
    const asked: number[] = [];
    let anyAsked = false;
    for (const c of choices) {
      const n = counts?.[c] ?? 0;
      asked.push(n);
      if (n > 0) anyAsked = true;
    }
    const prior = own ? orderPrior(own.values[i] ?? [], choices.length - 1) : undefined;
    const values = askedValues(asked, prior);
    scoreValues(values, model, issue, choices, anyAsked, weights[i] ?? 0);
    table.push(values);
  }
  return table;
}

/** An issue's estimates (0–1) from how often the opponent asked for each choice ("deferred" last), and the prior. */
function askedValues(asked: readonly number[], prior: readonly number[] | undefined): number[] {
  const options = asked.length - 1; // the last choice is "deferred"
  let mostOrdered = 0;
  for (let c = 0; c < options; c++) mostOrdered = Math.max(mostOrdered, asked[c] ?? 0);
  const most = Math.max(mostOrdered, asked[options] ?? 0);
  if (most <= 0) return asked.map((_, c) => prior?.[c] ?? 0.5);
  const values: number[] = [];
  let sum = 0;
  for (let c = 0; c < options; c++) {
    // Nothing asked among the ordered options (only a deferral): the prior, below what it asked.
    const v = Math.max(mostOrdered > 0 ? 0 : 0.5 * (prior?.[c] ?? 0.5), nearAsked(asked, most, c));
    values.push(v);
    sum += v;
  }
  const deferred = (asked[options] ?? 0) / most;
  // "Deferred", never asked for: what settling the issue is worth to it on average.
  values.push(
    deferred > 0 ? ASKED_FLOOR + (1 - ASKED_FLOOR) * deferred : options > 0 ? sum / options : 0.5,
  );
  return values;
}

/** The estimate of ordered option `c` from the peaks the opponent asked for (the more often, the higher). */
function nearAsked(asked: readonly number[], most: number, c: number): number {
  const options = asked.length - 1;
  const span = Math.max(1, options - 1);
  let v = 0;
  for (let k = 0; k < options; k++) {
    const share = (asked[k] ?? 0) / most;
    if (share <= 0) continue;
    const peak = ASKED_FLOOR + (1 - ASKED_FLOOR) * share;
    v = Math.max(v, peak * (1 - Math.abs(k - c) / span));
  }
  return v;
}

/** The choices of an issue the opponent has drawn a red line on, as the tables index them (the first of the id); undefined when none. */
function redLineIndexes(
  model: OpponentModel,
  issue: IssueId,
  choices: readonly Settlement[],
): number[] | undefined {
  let red: number[] | undefined;
  for (const r of model.redLines)
    if (r.issue === issue) (red ??= []).push(choices.indexOf(r.option));
  return red;
}

/**
 * An issue's estimates, in place, after the refusals and the red lines the
 * model knows of, times the issue's weight.
 */
function scoreValues(
  values: number[],
  model: OpponentModel,
  issue: IssueId,
  choices: readonly Settlement[],
  asked: boolean,
  weight: number,
): void {
  const refused = model.refused?.[issue];
  const red = redLineIndexes(model, issue, choices);
  let top = -Infinity;
  for (const v of values) if (v > top) top = v;
  for (let c = 0; c < values.length; c++) {
    const choice = choices[c];
    const v = values[c] ?? 0;
    if (red?.includes(c)) {
      values[c] = 0;
      continue;
    }
    const times = (choice !== undefined ? refused?.[choice] : undefined) ?? 0;
    // Turned down: below what they ask for, by a margin (nothing asked yet: a small step down).
    const scored =
      times <= 0
        ? v
        : asked
          ? Math.min(v, top - REFUSAL_MARGIN * times)
          : v - REFUSAL_WEIGHT * times;
    values[c] = weight * Math.max(0, Math.min(1, scored));
  }
}

/**
 * The opponent's estimated issue weights: what it holds steady in its own
 * proposals matters more, so does what it keeps turning down of the
 * observer's offers (where it holds out, not where it goes along), and so does
 * an issue on which it has drawn a red line (a side draws lines where it cares).
 */
function issueWeights(model: OpponentModel, tables: ScenarioTables): number[] {
  const held: number[] = [];
  let most = 0;
  for (const issue of tables.issueIds) {
    let times = 0;
    const refused = model.refused?.[issue];
    if (refused) for (const k in refused) times += refused[k] ?? 0;
    held.push(times);
    most = Math.max(most, times);
  }
  const raw: number[] = [];
  let total = 0;
  for (let i = 0; i < tables.issueIds.length; i++) {
    const issue = tables.issueIds[i] ?? '';
    const w =
      (model.weights[issue] ?? 0) *
      (model.redLines.some((r) => r.issue === issue) ? RED_LINE_WEIGHT : 1) *
      (most > 0 ? 1 + (HELD_WEIGHT * (held[i] ?? 0)) / most : 1);
    raw.push(w);
    total += w;
  }
  if (total > 0) for (let i = 0; i < raw.length; i++) raw[i] = (raw[i] ?? 0) / total;
  return raw;
}

/**
 * What the observer may assume of the other side before it says anything: an
 * issue's options are ordered along one axis (from least to most that one side
 * asks of the other: the format says so), and the other side probably pulls the
 * other way. Its own values tell it which way it pulls (the sign of their slope
 * over the order); the other side's guess runs along the order the other way,
 * 0–1. "Deferred" (the last choice) sits in the middle.
 */
function orderPrior(values: readonly number[], options: number): readonly number[] {
  const known = priors.get(values);
  if (known?.options === options) return known.prior;
  const prior = computeOrderPrior(values, options);
  priors.set(values, { options, prior });
  return prior;
}

/** Each side's prior for each issue, by its row of the scenario's tables (they do not change). */
const priors = new WeakMap<readonly number[], { options: number; prior: readonly number[] }>();

function computeOrderPrior(values: readonly number[], options: number): number[] {
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
