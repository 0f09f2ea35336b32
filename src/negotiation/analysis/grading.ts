// Every move of a call graded, for the debrief and the class page: the step
// class of negotiation analysis (how the mover's position changed for each
// side: concession, selfish, fortunate, unfortunate, nice, silent), what the
// move did to the meters and to the other side's willingness, a mistake when
// it was one, and one sentence on what would have been better. Pure: the game
// states come from replaying the record.
import type { Scenario } from '../../scenario/schema.ts';
import { format, type Catalogue, type MessageKey } from '../../messages/i18n.ts';
import type { GameState, LoggedMove, MeterId, SideId, Terms } from '../types.ts';
import type { ReplayedMove } from '../replay.ts';
import { listOf, transcriptFrom } from '../history.ts';
import {
  choicesOf,
  mergeTerms,
  otherSide,
  tablesOf,
  termsOf,
  utilityOfChoices,
} from '../utility.ts';
import { finalScore } from '../final-score.ts';
import { describeDeal } from '../dialogue.ts';
import { extendsSettled } from './deal-space.ts';
import type { DealAnalysis } from './frontier.ts';
import { mood } from '../agent/tactics.ts';

/**
 * How a move changed the mover's position (its standing offer), by the change
 * in utility to itself and to the other side. "opening" is a first offer.
 */
export type StepClass =
  'opening' | 'concession' | 'selfish' | 'fortunate' | 'unfortunate' | 'nice' | 'silent';

export const STEP_CLASSES: readonly StepClass[] = [
  'opening',
  'concession',
  'selfish',
  'fortunate',
  'unfortunate',
  'nice',
  'silent',
];

/** Mistakes a teacher sees counted across the class. */
export const MISTAKES = [
  'dominated-offer',
  'selfish-step',
  'offer-below-walk-away',
  'accepted-dominated',
  'accepted-below-walk-away',
  'rejected-better-offer',
  'hung-up-on-offer',
  'hardened-them',
] as const;
export type Mistake = (typeof MISTAKES)[number];

export interface GradedMove {
  index: number;
  side: SideId;
  clock: number;
  move: LoggedMove['move'];
  step: StepClass;
  /** The mover's position after the move, as (utility to the mover, utility to the other side). */
  position: [number, number] | null;
  /** Meter changes the move caused (its own effects, options agreed, evidence), clock drift excluded. */
  meters: { meter: MeterId; delta: number }[];
  /** How the move changed the other side's willingness to give ground (their "mood"), about -1 to 1. */
  moodShift: number;
  mistake: Mistake | null;
  /** One sentence: what was good, or what would have been better. */
  advice: string;
}

/** Utility differences below this count as no change (values run 0–100). */
const SAME = 0.5;

function sign(x: number): -1 | 0 | 1 {
  return Math.abs(x) < SAME ? 0 : x > 0 ? 1 : -1;
}

/** The step class of a move from one position to another, both as (mover, other). */
export function classifyStep(from: [number, number] | null, to: [number, number]): StepClass {
  if (!from) return 'opening';
  const s = sign(to[0] - from[0]);
  const o = sign(to[1] - from[1]);
  if (s === 0 && o === 0) return 'silent';
  if (s === 0) return o > 0 ? 'nice' : 'unfortunate';
  if (s > 0) return o < 0 ? 'selfish' : 'fortunate';
  return o > 0 ? 'concession' : 'unfortunate';
}

/**
 * The deal that would have been better for both than `u` (as (side 0, side 1)),
 * keeping what was already settled: the one whose smaller gain is largest.
 */
export function betterForBoth(
  analysis: DealAnalysis,
  u: readonly [number, number],
  settled: number[] = [],
): { choices: number[]; utilities: [number, number] } | null {
  let best: { choices: number[]; utilities: [number, number] } | null = null;
  let bestScore = -Infinity;
  for (const d of analysis.deals) {
    if (!d.feasible || !extendsSettled(d.choices, settled)) continue;
    const g0 = d.utilities[0] - u[0];
    const g1 = d.utilities[1] - u[1];
    if (g0 < -1e-9 || g1 < -1e-9 || (g0 < SAME && g1 < SAME)) continue;
    const score = Math.min(g0, g1) * 1000 + g0 + g1;
    if (score > bestScore) {
      bestScore = score;
      best = { choices: [...d.choices], utilities: [d.utilities[0], d.utilities[1]] };
    }
  }
  return best;
}

interface Context {
  scenario: Scenario;
  analysis: DealAnalysis;
  final: GameState;
  catalogue: Catalogue;
}

const round = (x: number) => Math.round(x);

export function gradeMoves(
  scenario: Scenario,
  analysis: DealAnalysis,
  moves: readonly ReplayedMove[],
  final: GameState,
  catalogue: Catalogue,
): GradedMove[] {
  const ctx: Context = { scenario, analysis, final, catalogue };
  const positions = new Map<SideId, [number, number]>();
  return moves.map((m) => {
    const graded = gradeMove(ctx, m, positions.get(m.logged.side) ?? null);
    if (graded.position) positions.set(m.logged.side, graded.position);
    return graded;
  });
}

function gradeMove(ctx: Context, m: ReplayedMove, previous: [number, number] | null): GradedMove {
  const { scenario, analysis, final, catalogue } = ctx;
  const tables = tablesOf(scenario);
  const side = m.logged.side;
  const other = otherSide(scenario, side);
  const me = tables.sides[0].id === side ? 0 : 1;
  const them = me === 0 ? 1 : 0;
  const myTable = tables.sides[me];
  const walkAway = myTable.walkAway;
  const leader = (id: SideId) => scenario.sides.find((s) => s.id === id)?.leader ?? id;
  const both = (terms: Terms): [number, number] => {
    const choices = choicesOf(tables, mergeTerms(m.before.settled, terms));
    return [
      utilityOfChoices(tables.sides[me], choices),
      utilityOfChoices(tables.sides[them], choices),
    ];
  };
  const asPair = (u: [number, number]): [number, number] => (me === 0 ? u : [u[1], u[0]]);
  // What the player ended with: the score (the deal plus the ending's consequence), as everywhere.
  const finalValue = finalScore(scenario, final, side);
  const settledChoices = choicesOf(tables, m.before.settled);
  const say = (key: MessageKey, params: Record<string, string | number> = {}) =>
    format(catalogue[key], { leader: leader(other), ...params });
  const better = (u: [number, number]) => {
    const found = betterForBoth(analysis, asPair(u), settledChoices);
    if (!found) return null;
    const mine = found.utilities[me];
    const theirs = found.utilities[them];
    return {
      deal: describeDeal(scenario, termsOf(tables, found.choices), catalogue),
      mine,
      theirs,
    };
  };

  const meters = meterEffects(m);
  const moodShift = mood(scenario, m.after, other) - mood(scenario, m.before, other);
  let step: StepClass = 'silent';
  let position: [number, number] | null = previous;
  let mistake: Mistake | null = null;
  let advice = '';
  const move = m.logged.move;

  switch (move.kind) {
    case 'propose':
    case 'accept': {
      const terms = move.kind === 'propose' ? move.terms : (m.before.standing?.terms ?? {});
      position = both(terms);
      step = classifyStep(previous, position);
      const dominating = better(position);
      const [mine, theirs] = position.map(round) as [number, number];
      if (move.kind === 'accept') {
        if (mine < walkAway) {
          mistake = 'accepted-below-walk-away';
          advice = say('grade.acceptedBelowWalkAway', { mine, walkAway });
        } else if (dominating) {
          mistake = 'accepted-dominated';
          advice = say('grade.acceptedDominated', {
            deal: dominating.deal,
            gainMine: round(dominating.mine - position[0]),
            gainTheirs: round(dominating.theirs - position[1]),
          });
        } else advice = say('grade.acceptedWell', { mine, walkAway });
      } else if (dominating) {
        mistake = 'dominated-offer';
        advice = say('grade.dominatedOffer', {
          deal: dominating.deal,
          gainMine: round(dominating.mine - position[0]),
          gainTheirs: round(dominating.theirs - position[1]),
        });
      } else if (mine < walkAway) {
        mistake = 'offer-below-walk-away';
        advice = say('grade.offerBelowWalkAway', { mine, walkAway });
      } else if (step === 'selfish') {
        mistake = 'selfish-step';
        advice = say('grade.selfish');
      } else
        advice = say(`grade.step.${step}` as MessageKey, {
          mine,
          theirs,
          cost: previous ? round(previous[0] - position[0]) : 0,
          gain: previous ? round(position[1] - previous[1]) : 0,
        });
      break;
    }
    case 'reject': {
      const offered = m.before.standing ? both(m.before.standing.terms)[0] : 0;
      if (offered >= walkAway && offered > finalValue + SAME) {
        mistake = 'rejected-better-offer';
        advice = say('grade.rejectedBetter', { offered: round(offered), final: round(finalValue) });
      } else
        advice = say('grade.rejectedWell', { offered: round(offered), final: round(finalValue) });
      break;
    }
    case 'endCall': {
      const offered =
        m.before.standing && m.before.standing.by !== side
          ? both(m.before.standing.terms)[0]
          : null;
      if (offered !== null && offered >= walkAway && offered > finalValue + SAME) {
        mistake = 'hung-up-on-offer';
        advice = say('grade.hungUpOnOffer', { offered: round(offered), walkAway });
      } else advice = say('grade.hungUp', { final: round(finalValue), walkAway });
      break;
    }
    default: {
      if (moodShift < -0.02) {
        mistake = 'hardened-them';
        advice = say(
          move.kind === 'statement' && move.tone === 'threatening'
            ? 'grade.threatHardened'
            : 'grade.hardened',
        );
      } else if (moodShift > 0.02) advice = say('grade.softened');
      else advice = say(`grade.silent.${move.kind}` as MessageKey);
    }
  }
  return {
    index: m.index,
    side,
    clock: m.logged.clock,
    move,
    step,
    position,
    meters,
    moodShift,
    mistake,
    advice,
  };
}

/** The meter changes a move caused, from the transcript entries it added (not the clock's drift, nor a scenario event). */
function meterEffects(m: ReplayedMove): { meter: MeterId; delta: number }[] {
  const totals = new Map<MeterId, number>();
  for (const entry of transcriptFrom(m.after, listOf(m.before, 'transcript').length)) {
    if (entry.kind !== 'meters') continue;
    for (const change of entry.changes) {
      if (change.cause.kind === 'clock' || change.cause.kind === 'event' || change.delta === 0)
        continue;
      totals.set(change.meter, (totals.get(change.meter) ?? 0) + change.delta);
    }
  }
  return [...totals].map(([meter, delta]) => ({ meter, delta }));
}
