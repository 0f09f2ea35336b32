// A game is its scenario, its settings (with the seed) and the list of events
// sent to the call machine. Replaying them gives the identical game, in the
// browser and in Node. Also the headless driver that plays a whole call. The
// drivers that need no snapshot (playToEnd, replayMoves) step by the machine's
// own transitions without an actor (callAfter): the same calls, far cheaper.
import { createActor, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import type { GameSettings, GameState, LoggedMove } from './types.ts';
import {
  callAfter,
  callStart,
  createCallMachine,
  type CallEvent,
  type CallMachine,
} from './call-machine.ts';
import { listOf } from './history.ts';

export interface GameRecord {
  /** The scenario's id, to check a record is replayed on the right file. */
  scenario: string;
  settings: GameSettings;
  events: CallEvent[];
}

export type CallSnapshot = SnapshotFrom<CallMachine>;

/** Replays a record and returns the final snapshot; events the machine refuses are ignored, as they were live. */
export function replay(
  scenario: Scenario,
  record: GameRecord,
  machine: CallMachine = createCallMachine(scenario),
): CallSnapshot {
  const actor = createActor(machine, { input: { settings: record.settings } });
  actor.start();
  for (const event of record.events) actor.send(event);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

/**
 * Drives a call to its end, playing `computerMove` for computer sides and asking
 * `human` for the others' events. Returns the record and the final game. Steps
 * by the machine's own transitions (callAfter), without an actor: the same
 * game, and the same record, as an actor sent the same events.
 */
export function playToEnd(
  scenario: Scenario,
  settings: GameSettings,
  human: (game: GameState) => CallEvent | undefined = () => undefined,
  maxEvents = 1000,
): { record: GameRecord; game: GameState } {
  const events: CallEvent[] = [];
  let call = callStart(scenario, settings);
  const send = (event: CallEvent) => {
    events.push(event);
    call = callAfter(scenario, call, event) ?? call;
  };
  send({ type: 'answer' });
  send({ type: 'proceed' });
  for (let i = 0; i < maxEvents && call.phase === 'turns'; i++) {
    const game = call.game;
    const event =
      settings.controllers[game.turn] === 'computer'
        ? ({ type: 'computerMove' } as const)
        : human(game);
    if (!event) break;
    send(event);
  }
  if (call.phase === 'closing') send({ type: 'proceed' });
  return { record: { scenario: scenario.id, settings, events }, game: call.game };
}

/** One move of a replayed game, with the game just before and just after it. */
export interface ReplayedMove {
  /** Position in the game's log (0 = the first move after the greeting). */
  index: number;
  logged: LoggedMove;
  before: GameState;
  after: GameState;
}

/**
 * Replays a record move by move: every logged move with the game before and
 * after it, and the final game. For the debrief, the step-by-step replay and
 * checking a handed-in result.
 */
export function replayMoves(
  scenario: Scenario,
  record: GameRecord,
): { moves: ReplayedMove[]; final: GameState; refused: number } {
  let call = callStart(scenario, record.settings);
  const moves: ReplayedMove[] = [];
  let refused = 0;
  for (const event of record.events) {
    const next = callAfter(scenario, call, event);
    if (!next) {
      refused++;
      continue;
    }
    const [before, after] = [call.game, next.game];
    call = next;
    // The lists read in place (history.ts): a long game's replay never copies them.
    const log = listOf(after, 'log');
    for (let i = listOf(before, 'log').length; i < log.length; i++) {
      const logged = log.at(i);
      if (logged) moves.push({ index: i, logged, before, after });
    }
  }
  const final = call.game;
  return { moves, final, refused };
}
