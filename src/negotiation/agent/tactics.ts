// The computer's concession tactic: how much of the way from its best deal to
// its walk-away value it is ready to give. Two limits, as in the agents of the
// automated-negotiation literature (Faratin, Sierra and Jennings' time- and
// behaviour-dependent tactics):
// - time: f(t) = t^(1/e), where e < 1 holds out until late ("Boulware") and
//   e > 1 gives ground early ("Conceder");
// - reciprocity: by itself it gives only part of the way; the rest it gives
//   as the other side gives (its offers rising in the computer's utility), so
//   stalling to the deadline or repeating one offer earns nothing.
// Its mood (the other side's conduct, through the meters) softens or hardens
// both. Difficulty makes every limit harder or softer.
import type { Scenario, Style } from '../../scenario/schema.ts';
import type { Difficulty, GameState, SideId } from '../types.ts';

export const STYLE_EXPONENT: Record<Style, number> = { boulware: 0.3, linear: 1, conceder: 3 };

interface DifficultyTactic {
  /** Multiplies the style's exponent: an easy computer concedes sooner. */
  exponent: number;
  /** Points added to the walk-away value: an easy computer settles for less. */
  reservation: number;
  /** The share of the way it gives with no concession from the other side. */
  unconditional: number;
  /** How much of the way it gives for each share of the way the other side gives. */
  reciprocity: number;
  /** How strongly the other side's conduct (mood) moves it. */
  moodGain: number;
}

export const DIFFICULTY: Record<Difficulty, DifficultyTactic> = {
  easy: { exponent: 2, reservation: -6, unconditional: 0.55, reciprocity: 0.95, moodGain: 3 },
  normal: { exponent: 1, reservation: 0, unconditional: 0.35, reciprocity: 0.75, moodGain: 2.5 },
  hard: { exponent: 0.6, reservation: 5, unconditional: 0.2, reciprocity: 0.55, moodGain: 2 },
};

/** The most the other side's conduct can move the concession, down and up (a share of the way). */
const MOOD_LIMITS = [-0.6, 0.2] as const;

export interface Tactic {
  exponent: number;
  reservation: number;
  unconditional: number;
  reciprocity: number;
  moodGain: number;
}

export function tacticFor(scenario: Scenario, state: GameState, side: SideId): Tactic {
  const s = scenario.sides.find((x) => x.id === side);
  if (!s) throw new Error(`no side "${side}"`);
  const style = state.settings.styles?.[side] ?? s.style;
  const d = DIFFICULTY[state.settings.difficulty];
  return {
    exponent: STYLE_EXPONENT[style] * d.exponent,
    reservation: Math.max(0, Math.min(100, s.walkAway + d.reservation)),
    unconditional: d.unconditional,
    reciprocity: d.reciprocity,
    moodGain: d.moodGain,
  };
}

/** 0 at the start of the call (concede nothing) to 1 at its end (down to walk-away). */
export function concession(exponent: number, timeFraction: number): number {
  const t = timeFraction <= 0 ? 0 : timeFraction >= 1 ? 1 : timeFraction;
  return Math.pow(t, 1 / exponent);
}

/**
 * The side's reaction to the other side's conduct so far: the meter changes the
 * other side's moves caused (never the clock's, never its own), weighted by the
 * side's softensWith. Positive softens (concede more), negative hardens.
 */
export function mood(_scenario: Scenario, state: GameState, side: SideId): number {
  return state.models[side]?.mood ?? 0;
}

/** How much a rise of the other side's offers still below this side's walk-away counts. */
export const BELOW_WALK_AWAY_CREDIT = 0.5;

/**
 * How far the other side has come toward this side: the rise of its offers, in
 * this side's utility, from its first offer to its best so far, as a share of
 * the way from walk-away to best. A rise that stays below the walk-away counts
 * half, so an insulting opening earns little for "conceding" to an ordinary
 * offer; repeating one offer, or only ever asking for one's own best, earns none.
 */
export function reciprocityShare(
  state: GameState,
  side: SideId,
  best: number,
  reservation: number,
): number {
  const model = state.models[side];
  const gap = best - reservation;
  if (!model || model.bestOffer === null || model.firstOffer === null || gap <= 1e-9) return 0;
  const { firstOffer: first, bestOffer: offered } = model;
  const above = Math.max(0, offered - Math.max(first, reservation));
  const below = Math.max(0, Math.min(offered, reservation) - first);
  return Math.max(0, Math.min(1, (above + BELOW_WALK_AWAY_CREDIT * below) / gap));
}

/** The utility (0–100) the side aims for now: between its best and its reservation. */
export function targetUtility(
  best: number,
  tactic: Tactic,
  timeFraction: number,
  moodShift: number,
  reciprocity = 0,
): number {
  const floor = Math.min(best, tactic.reservation);
  const limit = Math.min(1, tactic.unconditional + tactic.reciprocity * reciprocity);
  const byTime = Math.min(concession(tactic.exponent, timeFraction), limit);
  // Good conduct softens it a little at any time; bad conduct can harden it a lot. Neither
  // replaces the other side's offers: respect alone never takes it far.
  const byMood = Math.max(MOOD_LIMITS[0], Math.min(MOOD_LIMITS[1], tactic.moodGain * moodShift));
  const c = Math.max(0, Math.min(1, byTime + byMood));
  return best - (best - floor) * c;
}
