// A game is its scenario, its settings (with the seed) and the list of events
// sent to the call machine. Replaying them gives the identical game, in the
// browser and in Node. Also the headless driver that plays a whole call.
import { createActor, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import type { GameSettings, GameState, LoggedMove } from './types.ts';
import { createCallMachine, type CallEvent, type CallMachine } from './call-machine.ts';
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
 * Drives a call to its end, sending `computerMove` for computer sides and asking
 * `human` for the others' events. Returns the record and the final game.
 */
export function playToEnd(
  scenario: Scenario,
  settings: GameSettings,
  human: (game: GameState) => CallEvent | undefined = () => undefined,
  machine: CallMachine = createCallMachine(scenario),
  maxEvents = 1000,
): { record: GameRecord; game: GameState } {
  const events: CallEvent[] = [];
  const actor = createActor(machine, { input: { settings } });
  actor.start();
  const send = (event: CallEvent) => {
    events.push(event);
    actor.send(event);
  };
  send({ type: 'answer' });
  send({ type: 'proceed' });
  for (let i = 0; i < maxEvents; i++) {
    const snapshot = actor.getSnapshot();
    if (!snapshot.matches('turns')) break;
    const game = snapshot.context.game;
    const event =
      settings.controllers[game.turn] === 'computer'
        ? ({ type: 'computerMove' } as const)
        : human(game);
    if (!event) break;
    send(event);
  }
  if (actor.getSnapshot().matches('closing')) send({ type: 'proceed' });
  const game = actor.getSnapshot().context.game;
  actor.stop();
  return { record: { scenario: scenario.id, settings, events }, game };
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
  machine: CallMachine = createCallMachine(scenario),
): { moves: ReplayedMove[]; final: GameState; refused: number } {
  const actor = createActor(machine, { input: { settings: record.settings } });
  actor.start();
  const moves: ReplayedMove[] = [];
  let refused = 0;
  for (const event of record.events) {
    const before = actor.getSnapshot();
    if (!before.can(event)) {
      refused++;
      continue;
    }
    actor.send(event);
    const after = actor.getSnapshot().context.game;
    // The lists read in place (history.ts): a long game's replay never copies them.
    const log = listOf(after, 'log');
    for (let i = listOf(before.context.game, 'log').length; i < log.length; i++) {
      const logged = log.at(i);
      if (logged) moves.push({ index: i, logged, before: before.context.game, after });
    }
  }
  const final = actor.getSnapshot().context.game;
  actor.stop();
  return { moves, final, refused };
}
