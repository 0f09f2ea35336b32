// The flow of a call as an XState 5 machine: ringing → opening → turns →
// closing → ended. The machine holds the game state in its context and calls
// the pure rules (moves.ts) and the agent through named guards and actions; it
// has no timers: a host (the store, the CLI, a test) sends `computerMove` when
// it wants the computer to play, so a browser can pause and a simulation cannot.
import { assertEvent, assign, setup, type SnapshotFrom } from 'xstate';
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

export function createCallMachine(scenario: Scenario) {
  return setup({
    types: {
      context: {} as CallContext,
      events: {} as CallEvent,
      input: {} as CallInput,
    },
    guards: {
      isLegalHumanMove: ({ context, event }) => {
        assertEvent(event, 'move');
        return (
          context.game.settings.controllers[event.side] === 'human' &&
          isLegal(scenario, context.game, event.side, event.move)
        );
      },
      isComputerTurn: ({ context }) =>
        context.game.result === null &&
        context.game.settings.controllers[context.game.turn] === 'computer',
      isCallOver: ({ context }) => context.game.result !== null,
    },
    actions: {
      openCall: assign(({ context }) => ({ game: openCall(scenario, context.game) })),
      applyHumanMove: assign(({ context, event }) => {
        assertEvent(event, 'move');
        return { game: applyMove(scenario, context.game, event.side, event.move) };
      }),
      applyComputerMove: assign(({ context }) => ({
        game: playComputerTurn(scenario, context.game),
      })),
    },
  }).createMachine({
    id: 'call',
    context: ({ input }) => ({ game: newGame(scenario, input.settings) }),
    initial: 'ringing',
    states: {
      ringing: { on: { answer: { target: 'opening', actions: 'openCall' } } },
      opening: { on: { proceed: 'turns' } },
      turns: {
        always: { guard: 'isCallOver', target: 'closing' },
        on: {
          move: { guard: 'isLegalHumanMove', actions: 'applyHumanMove' },
          computerMove: { guard: 'isComputerTurn', actions: 'applyComputerMove' },
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
