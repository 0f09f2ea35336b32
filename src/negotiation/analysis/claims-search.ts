// Looks for games that reach an ending and deny what it claims ("sovereignty
// at most 60", "the military role is none or training"), which a breadth-first
// search rarely meets: such a game is often many moves deep. Seeded games are
// played to the end, each aimed at one ending's claims: a quarter of the moves
// the one that brings the ending's condition nearest while it pushes a claimed
// meter furthest past its bound, the rest any legal move. Every move that would
// end the game on the way is tried, so each situation a game passes is tested
// against every ending it can reach at once. A contradiction found is then
// made as short as it will go, since a teacher reads every move of it.
// Measured on 137 scenarios made from the bundled ones and
// test/fixtures/valid/untrue-endings.yaml by tightening or adding one claim:
// it finds every contradiction a breadth-first search of 80,000 states finds,
// and more, in about a fifth of the time a 20,000-state search took (the
// check's until then, which missed some). test/negotiation/claims-search.test.ts
// holds two that only deep games show.
import type { Claims, Ending, Scenario } from '../../scenario/schema.ts';
import type { GameState, LoggedMove } from '../types.ts';
import { applyMove } from '../moves/index.ts';
import { gameAfter } from '../call-machine.ts';
import { conditionGap, deniedClaims, outcomeOf } from '../endings.ts';
import { Rng, seedFrom } from '../random.ts';
import { searchMoves } from './search-moves.ts';

export interface Contradiction {
  /** The shortest sequence of moves found that reaches the ending and denies its claims. */
  path: LoggedMove[];
  /** The claims it denies, named by field ("agreement", "deal.military", "meters.pressure"). */
  denied: string[];
}

/** Games played for each aim when the caller names no number. */
export const CLAIM_DESCENTS = 8;

/**
 * The most moves the aimed games try in all, shared evenly by the aims: a
 * scenario of twenty endings, eight meters and two-hour calls stays within
 * seconds. A check of the default scenario tries about 23,000.
 */
export const CLAIM_MOVES = 80_000;

/** The most moves replayed to shorten one contradiction (a long game's, tried move by move). */
const SHORTEN_MOVES = 20_000;

/** The share of moves chosen for the aim; the others are any legal move. */
const AIMED = 0.25;

/** What a game is aimed at: an ending with claims and, when they bound a meter, pushing it past the bound (+1 up past an atMost, −1 down past an atLeast). */
interface Aim {
  ending: Ending;
  meter?: string;
  sign: 1 | -1;
}

/** One aim per meter bound an ending claims, or one at the ending alone when its claims bound no meter. */
function aimsOf(scenario: Scenario): Aim[] {
  return scenario.endings.flatMap((ending) => {
    if (!ending.claims) return [];
    const aims = new Map<string, Aim>();
    const visit = (c: Claims): void => {
      for (const [meter, range] of Object.entries(c.meters ?? {})) {
        if (range.atMost !== undefined) aims.set(`${meter}+`, { ending, meter, sign: 1 });
        if (range.atLeast !== undefined) aims.set(`${meter}-`, { ending, meter, sign: -1 });
      }
      for (const e of c.either ?? []) visit(e);
    };
    visit(ending.claims);
    return aims.size > 0 ? [...aims.values()] : [{ ending, sign: 1 as const }];
  });
}

/** How well a situation serves an aim: higher is nearer the ending's condition and further past the bound. */
function scoreFor(aim: Aim): (g: GameState) => number {
  const { ending, meter, sign } = aim;
  return (g) =>
    (meter === undefined ? 0 : sign * (g.meters[meter] ?? 0)) -
    (ending.when ? conditionGap(ending.when, g) : 0);
}

/**
 * Plays `descents` games from the start for each aim, passing every game that
 * ends (on the way too) to `record`, within each aim's share of `maxMoves`
 * moves tried (a game cut short by it ends there); how many games it began.
 */
export function descendToClaims(
  scenario: Scenario,
  start: GameState,
  record: (game: GameState) => void,
  descents: number,
  maxMoves = CLAIM_MOVES,
): number {
  const aims = aimsOf(scenario);
  const share = Math.floor(maxMoves / Math.max(1, aims.length));
  let games = 0;
  for (const aim of aims) {
    const score = scoreFor(aim);
    // Each aim's own seed: a change to one ending's claims leaves the others' games as they were.
    const rng = new Rng(seedFrom(`claims:${aim.ending.id}:${aim.meter ?? ''}:${aim.sign}`));
    const budget = { moves: share };
    for (let i = 0; i < descents && budget.moves > 0; i++) {
      games++;
      let state: GameState | undefined = start;
      while (state && budget.moves > 0)
        state = nextStep(scenario, state, record, score, rng, budget);
    }
  }
  return games;
}

/** Every move from a situation tried (the games they end recorded); the next situation, or undefined when every move ends the game. */
function nextStep(
  scenario: Scenario,
  state: GameState,
  record: (game: GameState) => void,
  score: (g: GameState) => number,
  rng: Rng,
  budget: { moves: number },
): GameState | undefined {
  let best: GameState | undefined;
  let bestScore = -Infinity;
  const open: GameState[] = [];
  const moves = searchMoves(scenario, state, state.turn);
  budget.moves -= moves.length;
  for (const move of moves) {
    const after = applyMove(scenario, state, state.turn, move);
    if (after.result) {
      record(after);
      continue;
    }
    open.push(after);
    const s = score(after);
    if (s > bestScore) [best, bestScore] = [after, s];
  }
  return rng.chance(AIMED) ? best : (open[rng.int(open.length)] ?? best);
}

/**
 * The same contradiction in fewer moves when there is one: moves are dropped
 * (two, then one at a time) as long as the rest is still a legal game, played
 * by the same sides, that reaches the ending and denies its claims; within
 * SHORTEN_MOVES moves replayed.
 */
export function shorterContradiction(
  scenario: Scenario,
  start: GameState,
  ending: string,
  found: Contradiction,
): Contradiction {
  const claims = scenario.endings.find((e) => e.id === ending)?.claims;
  let best = found;
  let budget = SHORTEN_MOVES;
  for (let dropped = true; dropped;) {
    dropped = false;
    for (const width of [2, 1])
      for (let at = 0; at + width <= best.path.length && !dropped && budget > 0; at++) {
        budget -= best.path.length;
        const game = replayed(scenario, start, [
          ...best.path.slice(0, at),
          ...best.path.slice(at + width),
        ]);
        if (game?.result?.ending !== ending) continue;
        const denied = deniedClaims(scenario, claims, outcomeOf(game));
        if (denied.length === 0) continue;
        best = { path: game.log, denied };
        dropped = true;
      }
  }
  return best;
}

/** The game these moves play from the start, by the machine's own transition; undefined when it refuses one. */
function replayed(
  scenario: Scenario,
  start: GameState,
  moves: readonly LoggedMove[],
): GameState | undefined {
  let game: GameState | null = start;
  for (const { side, move } of moves) {
    game = gameAfter(scenario, game, { type: 'move', side, move });
    if (!game) return undefined;
  }
  return game;
}
