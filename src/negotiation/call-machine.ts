// The flow of a call as an XState 5 machine: ringing → opening → turns →
// closing → ended. The machine holds the game state in its context and calls
// the pure rules (moves.ts) and the agent through named guards and actions; it
// has no timers: a host (the store, the CLI, a test) sends `computerMove` when
// it wants the computer to play, so a browser can pause and a simulation cannot.
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import type { GameSettings, GameState, Move, SideId } from './types.ts';
import { applyMove, isLegal, newGame, openCall } from './moves/index.ts';
import { chooseMove } from './agent/choose-move.ts';
import { Rng } from './random.ts';

export type CallEvent =
  | { type: 'answer' }
  | { type: 'proceed' }
  | { type: 'move'; side: SideId; move: Move }
  | { type: 'computerMove' };

export interface CallContext {
  game: GameState;
}

export interface CallInput {
  settings: GameSettings;
}

/** The computer's move and the state after it: the agent's choice, applied by the same rules as a human's. */
function playComputerTurn(scenario: Scenario, game: GameState): GameState {
  const rng = new Rng(game.rng);
  const move = chooseMove(scenario, game, game.turn, rng);
  return applyMove(scenario, game, game.turn, move, rng.state);
}

/** The game after a move in `turns`, or null when the machine refuses it (an illegal move, not the computer's turn). */
export function gameAfter(scenario: Scenario, game: GameState, event: CallEvent): GameState | null {
  if (event.type === 'move')
    return game.settings.controllers[event.side] === 'human' &&
      isLegal(scenario, game, event.side, event.move)
      ? applyMove(scenario, game, event.side, event.move)
      : null;
  if (event.type === 'computerMove')
    return game.result === null && game.settings.controllers[game.turn] === 'computer'
      ? playComputerTurn(scenario, game)
      : null;
  return null;
}

/** The same event for `gameAfter`: the same object, or both the computer's move (it has nothing else). */
function sameEvent(a: CallEvent | undefined, b: CallEvent): boolean {
  return a === b || (a?.type === 'computerMove' && b.type === 'computerMove');
}

/**
 * `gameAfter` remembered for the last game and event, so a move takes one XState
 * step: its guards pick the target (`closing` when the move ends the call, with
 * no eventless transition to check after every event) and one assign takes the
 * state the guard computed. The rules, and the computer's thinking, run once per
 * move, even when a host asks `can` first. Pure: the same game and event give
 * the same state.
 */
function stepper(scenario: Scenario): (game: GameState, event: CallEvent) => GameState | null {
  let game: GameState | undefined;
  let event: CallEvent | undefined;
  let next: GameState | null = null;
  return (g, e) => {
    if (g !== game || !sameEvent(event, e)) {
      next = gameAfter(scenario, g, e);
      game = g;
      event = e;
    }
    return next;
  };
}

export function createCallMachine(scenario: Scenario) {
  const after = stepper(scenario);
  return setup({
    types: {
      context: {} as CallContext,
      events: {} as CallEvent,
      input: {} as CallInput,
    },
    guards: {
      /** A legal move (a student's, or the computer's on its turn) that leaves the call going. */
      goesOn: ({ context, event }) => after(context.game, event)?.result === null,
      /** A legal move that ends the call. */
      endsCall: ({ context, event }) => {
        const next = after(context.game, event);
        return next !== null && next.result !== null;
      },
    },
    actions: {
      openCall: assign(({ context }) => ({ game: openCall(scenario, context.game) })),
      play: assign(({ context, event }) => ({ game: after(context.game, event) ?? context.game })),
    },
  }).createMachine({
    id: 'call',
    context: ({ input }) => ({ game: newGame(scenario, input.settings) }),
    initial: 'ringing',
    states: {
      ringing: { on: { answer: { target: 'opening', actions: 'openCall' } } },
      opening: { on: { proceed: 'turns' } },
      turns: {
        on: {
          move: [
            { guard: 'goesOn', actions: 'play' },
            { guard: 'endsCall', target: 'closing', actions: 'play' },
          ],
          computerMove: [
            { guard: 'goesOn', actions: 'play' },
            { guard: 'endsCall', target: 'closing', actions: 'play' },
          ],
        },
      },
      closing: { on: { proceed: 'ended' } },
      ended: { type: 'final' },
    },
  });
}

export type CallMachine = ReturnType<typeof createCallMachine>;
/** The phases of a call: the machine's states, by name (the one source of their names). */
export type CallPhase = SnapshotFrom<CallMachine>['value'];

/** A call between two events, as the machine holds it: its phase and its game. */
export interface CallAt {
  phase: CallPhase;
  game: GameState;
}

/** A call about to ring, as the machine starts. */
export function callStart(scenario: Scenario, settings: GameSettings): CallAt {
  return { phase: 'ringing', game: newGame(scenario, settings) };
}

/**
 * The machine's transitions as one pure function: the call after an event, or
 * null when the machine refuses it (an event its phase has no transition for,
 * an illegal move, a computer move on a student's turn). The same rules by the
 * same functions: the drivers that need no actor (whole calls for the CLI, the
 * check and tournaments, replays move by move) step with this, many times
 * cheaper than an actor's snapshots; test/negotiation/call-machine.test.ts
 * holds the two to the same call after every event of random games.
 */
export function callAfter(scenario: Scenario, call: CallAt, event: CallEvent): CallAt | null {
  switch (call.phase) {
    case 'ringing':
      return event.type === 'answer'
        ? { phase: 'opening', game: openCall(scenario, call.game) }
        : null;
    case 'opening':
      return event.type === 'proceed' ? { phase: 'turns', game: call.game } : null;
    case 'turns': {
      const game = gameAfter(scenario, call.game, event);
      return game && { phase: game.result === null ? 'turns' : 'closing', game };
    }
    case 'closing':
      return event.type === 'proceed' ? { phase: 'ended', game: call.game } : null;
    default:
      return null;
  }
}
