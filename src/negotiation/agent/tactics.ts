// The computer's concession tactic: how much of the way from its best deal to
// its walk-away value it is ready to give, as time passes. Faratin, Sierra and
// Jennings' time-dependent family: f(t) = t^(1/e), where e < 1 holds out until
// late ("Boulware") and e > 1 gives ground early ("Conceder"). Difficulty makes
// the computer harder or softer; meters move it through the side's softensWith.
import type { Scenario, Style } from '../../scenario/schema.ts';
import type { Difficulty, GameState, SideId } from '../types.ts';

const STYLE_EXPONENT: Record<Style, number> = { boulware: 0.3, linear: 1, conceder: 3 };
const DIFFICULTY_EXPONENT: Record<Difficulty, number> = { easy: 2, normal: 1, hard: 0.5 };
/** Points added to the walk-away value: an easy computer settles for less. */
const DIFFICULTY_RESERVATION: Record<Difficulty, number> = { easy: -5, normal: 0, hard: 5 };

export interface Tactic {
  exponent: number;
  reservation: number;
}

export function tacticFor(scenario: Scenario, state: GameState, side: SideId): Tactic {
  const s = scenario.sides.find((x) => x.id === side);
  if (!s) throw new Error(`no side "${side}"`);
  const style = state.settings.styles?.[side] ?? s.style;
  const difficulty = state.settings.difficulty;
  return {
    exponent: STYLE_EXPONENT[style] * DIFFICULTY_EXPONENT[difficulty],
    reservation: Math.max(0, Math.min(100, s.walkAway + DIFFICULTY_RESERVATION[difficulty])),
  };
}

/** 0 at the start of the call (concede nothing) to 1 at its end (down to walk-away). */
export function concession(exponent: number, timeFraction: number): number {
  const t = timeFraction <= 0 ? 0 : timeFraction >= 1 ? 1 : timeFraction;
  return Math.pow(t, 1 / exponent);
}

/**
 * How the meters move the side's willingness, from its softensWith weights:
 * positive softens (concede more), negative hardens. About -1 to 1.
 */
export function mood(scenario: Scenario, state: GameState, side: SideId): number {
  const s = scenario.sides.find((x) => x.id === side);
  if (!s?.softensWith) return 0;
  let m = 0;
  for (const meter of scenario.meters) {
    const w = s.softensWith[meter.id];
    if (w === undefined) continue;
    m += (w * ((state.meters[meter.id] ?? meter.start) - meter.start)) / 100;
  }
  return m;
}

/** The utility (0–100) the side aims for now: between its best and its reservation. */
export function targetUtility(
  best: number,
  tactic: Tactic,
  timeFraction: number,
  moodShift: number,
): number {
  const floor = Math.min(best, tactic.reservation);
  const c = Math.max(0, Math.min(1, concession(tactic.exponent, timeFraction) + moodShift));
  return best - (best - floor) * c;
}
