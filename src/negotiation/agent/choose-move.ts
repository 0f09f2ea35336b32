// The computer's turn: a negotiating agent, not a script. It scores packages
// with its own values, aims for a utility that falls over the call by its
// concession tactic (moved by the meters), accepts what meets its aim, makes
// the offer that meets its aim and that it believes the other side likes best,
// answers threats and evidence in its style, and never proposes or accepts
// across its red lines nor proposes across the other side's known ones.
import type { Scenario, Tone } from '../../scenario/schema.ts';
import {
  DEFERRED,
  type GameState,
  type Move,
  type OpponentModel,
  type SideId,
  type Terms,
} from '../types.ts';
import type { Rng } from '../random.ts';
import type { Choices, ScenarioTables } from '../utility.ts';
import {
  choicesOf,
  otherSide,
  coveredUtility,
  crossesRedLine,
  sideTable,
  tablesOf,
  termsOf,
  utilityOfChoices,
} from '../utility.ts';
import { allDeals, type DealPoint } from '../analysis/deal-space.ts';
import { opponentEstimateTable } from './opponent-model.ts';
import { mood, reciprocityShare, tacticFor, targetUtility, type Tactic } from './tactics.ts';
import { callSeconds, lastMove } from '../moves/index.ts';
import { listOf } from '../history.ts';

/** Pressure at which even a hard-liner lowers its voice. */
const CALM_DOWN_AT = 75;

export interface AgentView {
  /** The utility the agent aims for now. */
  target: number;
  /** The utility the agent will not go below. */
  reservation: number;
  /** The offer it would make now. */
  offer: Terms | undefined;
}

/** What the agent is thinking: its aim and its next offer (for tests and the debrief). */
export function agentView(scenario: Scenario, state: GameState, side: SideId): AgentView {
  const plan = planOffer(scenario, state, side, undefined);
  return {
    target: plan.target,
    reservation: plan.reservation,
    offer: plan.offer ? termsOf(tablesOf(scenario), plan.offer) : undefined,
  };
}

export function chooseMove(scenario: Scenario, state: GameState, side: SideId, rng: Rng): Move {
  const style =
    state.settings.styles?.[side] ?? scenario.sides.find((s) => s.id === side)?.style ?? 'linear';
  const plan = planOffer(scenario, state, side, rng);
  const standing = state.standing;
  const pressure = pressureOf(scenario, state);

  // 1. The other side's proposal is on the table: red line, accept, or counter.
  if (standing && standing.by !== side) return answerProposal(scenario, state, side, plan, rng);

  // 2. A threat gets an answer, in the side's style.
  const previous = lastMove(state);
  if (previous?.kind === 'statement' && previous.tone === 'threatening') {
    return { kind: 'statement', tone: answerTone(style, pressure, rng) };
  }

  return initiative(scenario, state, side, plan, { style, pressure, rng });
}

/** Its own turn with no proposal of the other side's standing and no threat to answer. */
function initiative(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  plan: Plan,
  how: { style: string; pressure: number; rng: Rng },
): Move {
  const { style, pressure, rng } = how;
  const evidence = scenario.evidence.filter(
    (e) => e.side === side && !state.evidenceUsed.includes(e.id),
  );
  const present = (): Move => ({
    kind: 'evidence',
    id: evidence[rng.int(evidence.length)]?.id ?? '',
  });

  // 3. Its own proposal is waiting for an answer: make the case for it.
  if (state.standing?.by === side) {
    if (evidence.length > 0 && rng.chance(0.5)) return present();
    const deferrable = deferCandidate(scenario, state, side, plan);
    if (deferrable !== undefined && state.clock / callSeconds(scenario) > 0.6)
      return { kind: 'defer', issue: deferrable };
    return { kind: 'statement', tone: statementTone(style, pressure, rng) };
  }

  // 4. Nothing on the table: open with data, a warning, or an offer.
  // It never threatens first: a threat answers a threat (section 2), as a leader who keeps a call civil.
  if (evidence.length > 0 && rng.chance(0.3)) return present();
  if (plan.offer) return { kind: 'propose', terms: termsOf(tablesOf(scenario), plan.offer) };
  return { kind: 'endCall' };
}

/** The other side's proposal stands: voice a red line it crosses, accept it, or counter (now and then a plain no). */
function answerProposal(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  plan: Plan,
  rng: Rng,
): Move {
  const standing = state.standing;
  if (!standing) return { kind: 'reject' };
  const tables = tablesOf(scenario);
  const me = sideTable(tables, side);
  if (crossesRedLine(me, choicesOf(tables, standing.terms))) {
    const red = unsaidRedLine(scenario, state, side, standing.terms);
    return red ? { kind: 'redLine', issue: red.issue, option: red.option } : { kind: 'reject' };
  }
  if (acceptable(scenario, state, side, plan)) return { kind: 'accept' };
  const merged = choicesOf(tables, { ...standing.terms, ...state.settled });
  if (utilityOfChoices(me, merged) < plan.reservation - 10 && rng.chance(0.35))
    return { kind: 'reject' };
  if (plan.offer) return { kind: 'propose', terms: termsOf(tables, plan.offer) };
  return { kind: 'reject' };
}

/** The first of its red lines the terms cross that it has not said out loud yet. */
function unsaidRedLine(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  terms: Terms,
): { issue: string; option: string } | undefined {
  return scenario.sides
    .find((s) => s.id === side)
    ?.redLines.find(
      (r) =>
        terms[r.issue] === r.option &&
        !state.redLinesInvoked.some(
          (x) => x.side === side && x.issue === r.issue && x.option === r.option,
        ),
    );
}

interface Plan {
  target: number;
  reservation: number;
  offer: Choices | undefined;
}

/** How much less a repeat of its last offer scores (estimates run 0–1): only a near tie is broken by it. */
const REPEAT_PENALTY = 0.005;

/** The most packages the agent scores in one turn (a 6-issue scenario has tens of thousands). */
const MAX_SCORED_DEALS = 2000;

/** How many of the ranked deals reach the aim (they come first: ranked is best-for-self first). */
function bandEnd(ranked: DealPoint[], sideIndex: 0 | 1, target: number): number {
  let lo = 0;
  let hi = ranked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranked[mid]?.utilities[sideIndex] ?? -Infinity) >= target - 1e-9) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Each side's deals that cross none of its red lines, best for it first: computed once per scenario. */
const rankedCache = new WeakMap<Scenario, [DealPoint[], DealPoint[]]>();

function rankedDeals(scenario: Scenario, sideIndex: 0 | 1): DealPoint[] {
  let ranked = rankedCache.get(scenario);
  if (!ranked) {
    const rank = (i: 0 | 1) =>
      allDeals(scenario)
        .filter((d) => !d.crosses[i])
        .sort((a, b) => b.utilities[i] - a.utilities[i]);
    ranked = [rank(0), rank(1)];
    rankedCache.set(scenario, ranked);
  }
  return ranked[sideIndex];
}

/**
 * The offer the agent would make: among complete packages over the open issues
 * that cross no red line it knows of and reach its aim, the one it estimates the
 * other side likes best; of near ties, the one most like the other side's last
 * proposal (the trade-off of Faratin, Sierra and Jennings); then the one better
 * for itself, then by chance.
 */
function planOffer(scenario: Scenario, state: GameState, side: SideId, rng: Rng | undefined): Plan {
  const tables = tablesOf(scenario);
  const model = state.models[side];
  const settled = choicesOf(tables, state.settled);
  const tactic = tacticFor(scenario, state, side);
  const myIndex: 0 | 1 = tables.sides[0].id === side ? 0 : 1;
  const ranked = rankedDeals(scenario, myIndex);
  const forbidden = forbiddenChoices(tables, settled, model);
  const allowed = (d: DealPoint) => {
    for (let i = 0; i < d.choices.length; i++) if (forbidden[i]?.[d.choices[i] ?? 0]) return false;
    return true;
  };
  const top = ranked.find(allowed);
  if (!top)
    return { target: tactic.reservation, reservation: tactic.reservation, offer: undefined };
  const best = top.utilities[myIndex];
  const timeNext = Math.min(
    1,
    (state.clock + scenario.moves.propose.seconds) / callSeconds(scenario),
  );
  const aim = targetUtility(
    best,
    tactic,
    timeNext,
    mood(scenario, state, side),
    reciprocityShare(state, side, best, tactic.reservation),
  );
  // It never aims below the best the other side itself has offered: a side that offered that much
  // and took it back is held to it, so a generous offer made only to be credited (reciprocity
  // counts it) and withdrawn does not take the computer lower than that offer.
  const held = Math.min(best, model?.bestOffer ?? -Infinity);
  // Its offers never rise in its own utility, unless the other side's conduct has hardened it since:
  // it never asks more than its last offer (judged with what is settled now).
  const ceiling = offerCeiling(scenario, state, side, tactic, best);
  const target = Math.min(Math.max(aim, held), ceiling);
  const band = bandEnd(ranked, myIndex, target);
  const scorer = dealScorer(scenario, state, side, settled);
  const pick = { ranked, band, myIndex, ceiling, allowed };
  const chosen =
    bestForThem(pick, scorer, rng) ??
    // Nothing between its aim and its last offer (a settlement or a red line changed the deals
    // open): the deal nearest its aim that it may still offer.
    ranked.slice(0, band).reverse().find(allowed)?.choices ??
    top.choices;
  // Only the open issues are proposed.
  const offer = chosen.map((c, i) => ((settled[i] ?? -1) >= 0 ? -1 : c));
  return { target, reservation: tactic.reservation, offer };
}

/** Which choice of each issue is ruled out: settled otherwise, or a red line of the other side's that it knows. */
function forbiddenChoices(
  tables: ScenarioTables,
  settled: Choices,
  model: OpponentModel | undefined,
): boolean[][] {
  const forbidden = tables.choices.map((choices, i) =>
    choices.map((_, c) => (settled[i] ?? -1) >= 0 && settled[i] !== c),
  );
  for (const r of model?.redLines ?? []) {
    const i = tables.issueIds.indexOf(r.issue);
    const c = i >= 0 ? (tables.choices[i]?.indexOf(r.option) ?? -1) : -1;
    const row = forbidden[i];
    if (row && c >= 0) row[c] = true;
  }
  return forbidden;
}

/**
 * How much a choice the other side asked for in its last proposal adds, as a
 * share of the issue's estimated weight: a near tie of the estimate goes to the
 * package nearest its last proposal. More would let a player who creeps toward
 * the computer in tiny steps pull its offers along (an unseen bot does so).
 */
const SIMILARITY = 0.002;

/**
 * The agent's score of a package for the other side: its opponent model's
 * estimate, plus a hair of each issue's weight where the package gives what the
 * other side's last proposal asked; a repeat of its own last offer (just turned
 * down) loses a hair, so a near tie varies the package.
 */
function dealScorer(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  settled: Choices,
): (choices: Choices) => number {
  const tables = tablesOf(scenario);
  const model = state.models[side];
  const estimate = model ? opponentEstimateTable(model, tables, side) : undefined;
  const lastTerms = lastOwnOffer(state, side);
  const lastOwn = lastTerms ? choicesOf(tables, lastTerms) : undefined;
  const theirTerms = lastOwnOffer(state, otherSide(scenario, side));
  const theirs = theirTerms ? choicesOf(tables, theirTerms) : undefined;
  const bonus = (estimate ?? []).map((row) => SIMILARITY * Math.max(0, ...row));
  return (choices) => {
    let score = 0;
    for (let i = 0; i < choices.length; i++) {
      const c = choices[i] ?? 0;
      score += estimate?.[i]?.[c] ?? 0;
      if (theirs !== undefined && theirs[i] === c) score += bonus[i] ?? 0;
    }
    if (lastOwn !== undefined && sameOpen(choices, lastOwn, settled)) score -= REPEAT_PENALTY;
    return score;
  };
}

/**
 * The best-scored deal between its aim and its ceiling. Deals at or above the aim
 * are ranked[0 .. band); in a large deal space only an even sample of them is
 * scored, always with the ones nearest the aim, so the agent still concedes down
 * to its aim and a turn stays quick.
 */
function bestForThem(
  pick: {
    ranked: DealPoint[];
    band: number;
    myIndex: 0 | 1;
    ceiling: number;
    allowed: (d: DealPoint) => boolean;
  },
  score: (choices: Choices) => number,
  rng: Rng | undefined,
): Choices | undefined {
  const { ranked, band, myIndex, ceiling, allowed } = pick;
  let chosen: Choices | undefined;
  let chosenScore = -Infinity;
  let chosenOwn = -Infinity;
  let ties = 0;
  const stride = Math.max(1, Math.ceil(band / MAX_SCORED_DEALS));
  for (let k = band - 1; k >= 0; k -= stride) {
    const deal = ranked[k];
    if (!deal) continue;
    const own = deal.utilities[myIndex];
    if (own > ceiling + 1e-9 || !allowed(deal)) continue;
    const value = score(deal.choices);
    // A better score wins; on an equal score the deal better for itself; a true tie in both is broken by chance.
    const sameScore = Math.abs(value - chosenScore) <= 1e-9;
    if (value > chosenScore + 1e-9 || (sameScore && own > chosenOwn + 1e-9)) {
      chosen = deal.choices;
      chosenScore = value;
      chosenOwn = own;
      ties = 1;
    } else if (rng && sameScore && Math.abs(chosenOwn - own) <= 1e-9) {
      ties++;
      if (rng.int(ties) === 0) chosen = deal.choices;
    }
  }
  return chosen;
}

/**
 * The most its next offer may be worth to itself: its last offer, judged with
 * what is settled now (an issue settled since counts as settled), raised only
 * as far as the other side's conduct has hardened it since.
 */
function offerCeiling(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  tactic: Tactic,
  best: number,
): number {
  const lastTerms = lastOwnOffer(state, side);
  const mood = state.models[side]?.lastOwn?.mood;
  if (!lastTerms || mood === undefined) return Infinity;
  const tables = tablesOf(scenario);
  const last = utilityOfChoices(
    sideTable(tables, side),
    choicesOf(tables, { ...lastTerms, ...state.settled }),
  );
  const hardened = Math.max(0, mood - (state.models[side]?.mood ?? 0));
  return last + tactic.moodGain * hardened * Math.max(0, best - tactic.reservation);
}

/**
 * Whether it agrees to the other side's standing proposal: never when what it
 * would then hold (open issues at walk-away: the worst completion, since it
 * accepts nothing later that takes it lower) is below its reservation; a
 * complete deal when it meets its aim or its own next offer; a partial one
 * when the issues it settles meet its aim on their own and the rest can still
 * reach it.
 */
function acceptable(scenario: Scenario, state: GameState, side: SideId, plan: Plan): boolean {
  const standing = state.standing;
  if (!standing) return false;
  const tables = tablesOf(scenario);
  const me = sideTable(tables, side);
  const merged = choicesOf(tables, { ...standing.terms, ...state.settled });
  const worst = utilityOfChoices(me, merged);
  if (worst < plan.reservation - 1e-9) return false;
  const complete = merged.every((c) => c >= 0);
  if (complete) {
    const next = plan.offer
      ? utilityOfChoices(
          me,
          choicesOf(tables, { ...termsOf(tables, plan.offer), ...state.settled }),
        )
      : -Infinity;
    return worst >= plan.target - 1e-9 || worst >= next - 1e-9;
  }
  return (
    coveredUtility(me, merged) >= plan.target - 1e-9 &&
    bestCompletion(scenario, side, merged) >= plan.target - 1e-9
  );
}

/** The best utility any completion of a partial deal can give a side, within its red lines (utility is additive). */
function bestCompletion(scenario: Scenario, side: SideId, partial: Choices): number {
  const me = sideTable(tablesOf(scenario), side);
  let u = 0;
  for (let i = 0; i < me.weights.length; i++) {
    const c = partial[i] ?? -1;
    const values = me.values[i] ?? [];
    if (c >= 0) u += (me.weights[i] ?? 0) * (values[c] ?? 0);
    else {
      let best = -Infinity;
      values.forEach((v, k) => {
        if (!me.redLines[i]?.has(k) && v > best) best = v;
      });
      u += (me.weights[i] ?? 0) * best;
    }
  }
  return u;
}

/**
 * An open issue the side would rather leave to the follow-up talks than settle
 * below its aim, when deferring it alone (the rest left open) keeps it at or
 * above its reservation.
 */
function deferCandidate(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  plan: Plan,
): string | undefined {
  if (scenario.followUpTalks === undefined) return undefined;
  const tables = tablesOf(scenario);
  const me = sideTable(tables, side);
  return scenario.issues.find((issue, i) => {
    if (state.settled[issue.id] !== undefined) return false;
    const deferredValue = me.values[i]?.[issue.options.length] ?? 0;
    if (deferredValue < plan.target || (me.weights[i] ?? 0) <= 0) return false;
    const worst = utilityOfChoices(
      me,
      choicesOf(tables, { ...state.settled, [issue.id]: DEFERRED }),
    );
    return worst >= plan.reservation;
  })?.id;
}

function lastOwnOffer(state: GameState, side: SideId): Terms | undefined {
  const log = listOf(state, 'log');
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log.at(i);
    if (entry?.side === side && entry.move.kind === 'propose') return entry.move.terms;
  }
  return undefined;
}

/** True when two packages settle every open issue the same way. */
function sameOpen(choices: Choices, other: Choices, settled: Choices): boolean {
  for (let i = 0; i < choices.length; i++) {
    if ((settled[i] ?? -1) < 0 && choices[i] !== other[i]) return false;
  }
  return true;
}

function answerTone(style: string, pressure: number, rng: Rng): Tone {
  if (pressure >= CALM_DOWN_AT) return 'respectful';
  if (style === 'boulware') return rng.chance(0.35) ? 'threatening' : 'firm';
  if (style === 'linear') return 'firm';
  return 'respectful';
}

function statementTone(style: string, pressure: number, rng: Rng): Tone {
  if (pressure >= CALM_DOWN_AT) return 'respectful';
  if (style === 'boulware') return rng.chance(0.3) ? 'respectful' : 'firm';
  if (style === 'linear') return rng.chance(0.5) ? 'respectful' : 'firm';
  return 'respectful';
}

/** The scenario's pressure-like meter: one with a threshold at its top end. */
function pressureOf(scenario: Scenario, state: GameState): number {
  const meter = scenario.meters.find((m) => m.endsAt.some((t) => t.atLeast !== undefined));
  return meter ? (state.meters[meter.id] ?? 0) : 0;
}
