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

/** One move's grading context: the mover's view of the deal space at that moment. */
interface MoveContext {
  readonly m: ReplayedMove;
  /** The mover's previous position, as (mover, other). */
  readonly previous: [number, number] | null;
  readonly walkAway: number;
  /** What the mover ended with: the score (the deal plus the ending's consequence), as everywhere. */
  readonly finalValue: number;
  /** Terms (with what is settled) as (utility to the mover, to the other side). */
  readonly both: (terms: Terms) => [number, number];
  /** The deal better for both than a position, keeping what is settled, in the mover's words. */
  readonly better: (u: [number, number]) => { deal: string; mine: number; theirs: number } | null;
  readonly say: (key: MessageKey, params?: Record<string, string | number>) => string;
}

/** What the grading of a move decides: its step, the mover's position after it, a mistake, advice. */
type Verdict = Pick<GradedMove, 'step' | 'position' | 'mistake' | 'advice'>;

function moveContext(
  ctx: Context,
  m: ReplayedMove,
  previous: [number, number] | null,
): MoveContext {
  const { scenario, analysis, final, catalogue } = ctx;
  const tables = tablesOf(scenario);
  const side = m.logged.side;
  const other = otherSide(scenario, side);
  const me = tables.sides[0].id === side ? 0 : 1;
  const them = me === 0 ? 1 : 0;
  const leader = scenario.sides.find((s) => s.id === other)?.leader ?? other;
  const asPair = (u: [number, number]): [number, number] => (me === 0 ? u : [u[1], u[0]]);
  const settledChoices = choicesOf(tables, m.before.settled);
  return {
    m,
    previous,
    walkAway: tables.sides[me].walkAway,
    finalValue: finalScore(scenario, final, side),
    both: (terms) => {
      const choices = choicesOf(tables, mergeTerms(m.before.settled, terms));
      return [
        utilityOfChoices(tables.sides[me], choices),
        utilityOfChoices(tables.sides[them], choices),
      ];
    },
    better: (u) => {
      const found = betterForBoth(analysis, asPair(u), settledChoices);
      if (!found) return null;
      return {
        deal: describeDeal(scenario, termsOf(tables, found.choices), catalogue),
        mine: found.utilities[me],
        theirs: found.utilities[them],
      };
    },
    say: (key, params = {}) => format(catalogue[key], { leader, ...params }),
  };
}

function gradeMove(ctx: Context, m: ReplayedMove, previous: [number, number] | null): GradedMove {
  const other = otherSide(ctx.scenario, m.logged.side);
  const moodShift = mood(ctx.scenario, m.after, other) - mood(ctx.scenario, m.before, other);
  const mc = moveContext(ctx, m, previous);
  const move = m.logged.move;
  const verdict = verdictOf(mc, moodShift);
  return {
    index: m.index,
    side: m.logged.side,
    clock: m.logged.clock,
    move,
    step: verdict.step,
    position: verdict.position,
    meters: meterEffects(m),
    moodShift,
    mistake: verdict.mistake,
    advice: verdict.advice,
  };
}

function verdictOf(mc: MoveContext, moodShift: number): Verdict {
  const move = mc.m.logged.move;
  // A move that offers nothing leaves the mover's position where it was.
  const quiet = { step: 'silent', position: mc.previous } as const;
  switch (move.kind) {
    case 'propose':
      return gradeOffer(mc, move.terms);
    case 'accept':
      return gradeAccept(mc);
    case 'reject':
      return { ...quiet, ...gradeReject(mc) };
    case 'endCall':
      return { ...quiet, ...gradeHangUp(mc) };
    default:
      return { ...quiet, ...gradeOther(mc, moodShift) };
  }
}

/** A proposal: dominated, below the walk-away, a selfish step, or its step class in words. */
function gradeOffer(mc: MoveContext, terms: Terms): Verdict {
  const { previous, walkAway, say } = mc;
  const position = mc.both(terms);
  const step = classifyStep(previous, position);
  const dominating = mc.better(position);
  const [mine, theirs] = position.map(round) as [number, number];
  const verdict = (mistake: Mistake | null, advice: string): Verdict => ({
    step,
    position,
    mistake,
    advice,
  });
  if (dominating)
    return verdict('dominated-offer', say('grade.dominatedOffer', gains(dominating, position)));
  if (mine < walkAway)
    return verdict('offer-below-walk-away', say('grade.offerBelowWalkAway', { mine, walkAway }));
  if (step === 'selfish') return verdict('selfish-step', say('grade.selfish'));
  return verdict(
    null,
    say(`grade.step.${step}` as MessageKey, {
      mine,
      theirs,
      cost: previous ? round(previous[0] - position[0]) : 0,
      gain: previous ? round(position[1] - previous[1]) : 0,
    }),
  );
}

/** Accepting the standing offer: below the walk-away, when a deal better for both was there, or well. */
function gradeAccept(mc: MoveContext): Verdict {
  const { previous, walkAway, say } = mc;
  const position = mc.both(mc.m.before.standing?.terms ?? {});
  const step = classifyStep(previous, position);
  const dominating = mc.better(position);
  const mine = round(position[0]);
  const verdict = (mistake: Mistake | null, advice: string): Verdict => ({
    step,
    position,
    mistake,
    advice,
  });
  if (mine < walkAway)
    return verdict(
      'accepted-below-walk-away',
      say('grade.acceptedBelowWalkAway', { mine, walkAway }),
    );
  if (dominating)
    return verdict(
      'accepted-dominated',
      say('grade.acceptedDominated', gains(dominating, position)),
    );
  return verdict(null, say('grade.acceptedWell', { mine, walkAway }));
}

/** The deal better for both, and what each side would have gained by it. */
function gains(
  dominating: { deal: string; mine: number; theirs: number },
  position: [number, number],
): Record<string, string | number> {
  return {
    deal: dominating.deal,
    gainMine: round(dominating.mine - position[0]),
    gainTheirs: round(dominating.theirs - position[1]),
  };
}

/** Rejecting an offer worth more than the walk-away and than how the call ended is a mistake. */
function gradeReject(mc: MoveContext): Pick<GradedMove, 'mistake' | 'advice'> {
  const standing = mc.m.before.standing;
  const offered = standing ? mc.both(standing.terms)[0] : 0;
  const params = { offered: round(offered), final: round(mc.finalValue) };
  return offered >= mc.walkAway && offered > mc.finalValue + SAME
    ? { mistake: 'rejected-better-offer', advice: mc.say('grade.rejectedBetter', params) }
    : { mistake: null, advice: mc.say('grade.rejectedWell', params) };
}

/** Hanging up on the other side's offer worth more than the walk-away and the outcome is a mistake. */
function gradeHangUp(mc: MoveContext): Pick<GradedMove, 'mistake' | 'advice'> {
  const { walkAway, finalValue } = mc;
  const standing = mc.m.before.standing;
  const offered = standing && standing.by !== mc.m.logged.side ? mc.both(standing.terms)[0] : null;
  if (offered !== null && offered >= walkAway && offered > finalValue + SAME)
    return {
      mistake: 'hung-up-on-offer',
      advice: mc.say('grade.hungUpOnOffer', { offered: round(offered), walkAway }),
    };
  return { mistake: null, advice: mc.say('grade.hungUp', { final: round(finalValue), walkAway }) };
}

/** Any other move: graded by how it moved the other side's mood. */
function gradeOther(mc: MoveContext, moodShift: number): Pick<GradedMove, 'mistake' | 'advice'> {
  const move = mc.m.logged.move;
  if (moodShift < -0.02) {
    const threat = move.kind === 'statement' && move.tone === 'threatening';
    return {
      mistake: 'hardened-them',
      advice: mc.say(threat ? 'grade.threatHardened' : 'grade.hardened'),
    };
  }
  if (moodShift > 0.02) return { mistake: null, advice: mc.say('grade.softened') };
  return { mistake: null, advice: mc.say(`grade.silent.${move.kind}` as MessageKey) };
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
