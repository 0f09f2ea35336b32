// The rules of a call: a new game, the greetings, whether a side may make a
// move now (a typed problem code, or null), and the state after it. Pure
// functions over GameState; the call machine calls them, the agent and the
// tests call them too. Time is the call clock; randomness the state's rng.
// Each move kind is one module { problem, apply } in the table (table.ts).
import { TONES, type Scenario } from '../../scenario/schema.ts';
import type { GameSettings, GameState, Move, SideId } from '../types.ts';
import { Rng, seedFrom } from '../random.ts';
import { startMeters } from '../meters.ts';
import { otherSide } from '../utility.ts';
import { newOpponentModel } from '../agent/opponent-model.ts';
import { ruleOf } from './table.ts';
import type { MoveProblem } from './problems.ts';
import { emptyCounts } from './apply.ts';
import { utter } from './words.ts';

export { applyMove, callSeconds } from './apply.ts';
export { lastMove } from './statement.ts';
export { problemKey } from './problems.ts';

export function newGame(scenario: Scenario, settings: GameSettings): GameState {
  const counts: GameState['counts'] = {};
  const models: GameState['models'] = {};
  for (const side of scenario.sides) {
    counts[side.id] = emptyCounts();
    // Only a side the computer plays models the other: a student's side has none to update.
    if (settings.controllers[side.id] === 'computer')
      models[side.id] = newOpponentModel(scenario, otherSide(scenario, side.id));
  }
  const meters = startMeters(scenario);
  return {
    settings,
    rng: seedFrom(settings.seed),
    clock: 0,
    turn: scenario.firstSpeaker,
    meters,
    settled: {},
    standing: null,
    log: [],
    transcript: [],
    meterHistory: [{ clock: 0, meters }],
    evidenceUsed: [],
    redLinesInvoked: [],
    counts,
    models,
    result: null,
  };
}

/** The greetings: each leader says hello, the first speaker last so the other opens. */
export function openCall(scenario: Scenario, state: GameState): GameState {
  const rng = new Rng(state.rng);
  const first = scenario.firstSpeaker;
  const transcript = [...state.transcript];
  for (const speaker of [otherSide(scenario, first), first]) {
    transcript.push(utter(scenario, rng, state.clock, speaker, 'greeting', {}));
  }
  return { ...state, rng: rng.state, transcript };
}

/** Why `side` may not make `move` now, as a code the catalogue words (problemKey); null when it may. */
export function checkMove(
  scenario: Scenario,
  game: GameState,
  side: SideId,
  move: Move,
): MoveProblem | null {
  if (game.result) return 'call-over';
  if (side !== game.turn) return 'not-your-turn';
  return ruleOf(move.kind).problem(scenario, game, side, move);
}

export function isLegal(scenario: Scenario, game: GameState, side: SideId, move: Move): boolean {
  return checkMove(scenario, game, side, move) === null;
}

/**
 * Every move a side could make now other than a proposal (those are built
 * issue by issue): the menu of the terminal game, the browser's buttons and the
 * property tests all start from this list and keep what the machine allows.
 */
export function fixedMoves(scenario: Scenario, game: GameState, side: SideId): Move[] {
  const moves: Move[] = [{ kind: 'accept' }, { kind: 'reject' }];
  for (const tone of TONES) moves.push({ kind: 'statement', tone });
  for (const e of scenario.evidence)
    if (e.side === side) moves.push({ kind: 'evidence', id: e.id });
  for (const r of scenario.sides.find((s) => s.id === side)?.redLines ?? [])
    moves.push({ kind: 'redLine', issue: r.issue, option: r.option });
  if (scenario.followUpTalks !== undefined)
    for (const i of scenario.issues) moves.push({ kind: 'defer', issue: i.id });
  moves.push({ kind: 'endCall' });
  return moves.filter((m) => isLegal(scenario, game, side, m));
}
