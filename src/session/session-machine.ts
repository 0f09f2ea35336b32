// The flow of a game session as an XState 5 machine: title → briefing →
// (hot seat: handover) → call → ending, with the problems screen, replay and
// resume. The call itself is the call machine, invoked as a child actor; the
// session mirrors its snapshots, forwards only the events it accepts (so no
// refused event is ever logged), and paces the computer with a named delayed
// transition (`think`) that `skipThinking` cuts short. Pure: no Phaser, DOM,
// Howler or timers of its own (XState's clock runs the delay; a test gives it
// a SimulatedClock). It takes its players (a controller per side) as input,
// so the same machine can run where a side is played from elsewhere.
import { assertEvent, assign, enqueueActions, setup, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import { createCallMachine } from '../negotiation/call-machine.ts';
import {
  callAccepts,
  callEventOf,
  controllersFor,
  handedOverBriefing,
  loadedRecord,
  newGame,
  otherNotBriefed,
  recordSide,
  switchedSides,
  turnPassedToOtherHuman,
  withPlayers,
  type CallSnapshot,
} from './session-rules.ts';
import type { SessionContext, SessionEvent, SessionInput } from './session-types.ts';

export type { Handover, SessionEvent } from './session-types.ts';

/** How long the computer "thinks" before it answers, in ms (a host may `provide` another). */
export const THINK_MS = 1200;

function sessionSetup(scenario: Scenario) {
  const callMachine = createCallMachine(scenario);
  return setup({
    types: { context: {} as SessionContext, events: {} as SessionEvent, input: {} as SessionInput },
    actors: { call: callMachine },
    delays: { think: THINK_MS },
    guards: {
      callAccepts: ({ context, event }) => callAccepts(context, event),
      computerToMove: ({ context }) => context.call?.can({ type: 'computerMove' }) === true,
      turnPassedToOtherHuman: ({ context }) => turnPassedToOtherHuman(context),
      otherNotBriefed: ({ context }) => otherNotBriefed(scenario, context),
      knownSide: ({ event }) =>
        event.type === 'selectSide' && scenario.sides.some((s) => s.id === event.side),
      replayable: ({ event }) =>
        (event.type === 'replay' || event.type === 'resume') &&
        recordSide(scenario, event.record) !== null,
    },
    actions: {
      selectSide: assign(({ context, event }) => {
        assertEvent(event, 'selectSide');
        return {
          viewer: event.side,
          players: controllersFor(scenario, event.side, context.players),
        };
      }),
      selectDifficulty: assign(({ event }) => {
        assertEvent(event, 'selectDifficulty');
        return { difficulty: event.difficulty };
      }),
      setPlayers: assign(({ context, event }) => {
        assertEvent(event, 'setPlayers');
        return withPlayers(scenario, context, event.players);
      }),
      startBriefing: assign(({ context }) => ({ briefed: [context.viewer], handover: null })),
      handOverBriefing: assign(({ context }) => handedOverBriefing(scenario, context)),
      handOverCall: assign(({ context }) => ({
        handover: { to: context.call?.context.game.turn ?? context.viewer, next: 'call' as const },
      })),
      takeOver: assign(({ context }) => ({
        viewer: context.handover?.to ?? context.viewer,
        handover: null,
      })),
      newGame: assign(({ context }) => newGame(context)),
      loadRecord: assign(({ context, event }) => {
        assertEvent(event, ['replay', 'resume']);
        return loadedRecord(scenario, callMachine, context, event.record);
      }),
      // A record's accepted events, sent to the new call at once; the record keeps them.
      sendReplay: enqueueActions(({ context, enqueue }) => {
        for (const event of context.replaying) enqueue.sendTo('call', event);
        enqueue.assign({ events: context.replaying, replaying: [] });
      }),
      // The call's snapshots reach the session as `xstate.snapshot.call` events.
      keepCall: assign(({ event }) => ({
        call: (event as unknown as { snapshot: CallSnapshot }).snapshot,
      })),
      forwardToCall: enqueueActions(({ context, event, enqueue }) => {
        const forwarded = callEventOf(context, event);
        if (!forwarded) return;
        enqueue.assign({ events: [...context.events, forwarded] });
        enqueue.sendTo('call', forwarded);
      }),
      playComputer: enqueueActions(({ context, enqueue }) => {
        enqueue.assign({ events: [...context.events, { type: 'computerMove' as const }] });
        enqueue.sendTo('call', { type: 'computerMove' as const });
      }),
      showProblems: assign(({ event }) => {
        assertEvent(event, 'showProblems');
        return { problems: { file: event.file, problems: event.problems } };
      }),
      dismissProblems: assign({ problems: null }),
      switchSides: assign(({ context }) => switchedSides(scenario, context)),
    },
  });
}

/** Hot seat: the other player reads their own briefing first, out of sight of this one. */
const startCall = [
  { guard: 'otherNotBriefed', target: 'handover', actions: 'handOverBriefing' },
  { target: 'call', actions: 'newGame' },
] as const;

const forward = { guard: 'callAccepts', actions: 'forwardToCall' } as const;

/** The call: the call machine invoked, the computer's pause, and the hot seat's handovers. */
const callState = {
  invoke: {
    id: 'call',
    systemId: 'call',
    src: 'call',
    input: ({ context }: { context: SessionContext }) => ({
      settings: context.settings ?? never(),
    }),
    onSnapshot: { target: '.deciding', actions: 'keepCall' },
    onDone: 'ending',
  },
  entry: 'sendReplay',
  initial: 'deciding',
  on: { switchSides: { target: 'briefing', actions: 'switchSides' }, backToTitle: 'title' },
  states: {
    deciding: {
      always: [
        { guard: 'computerToMove', target: 'thinking' },
        { guard: 'turnPassedToOtherHuman', target: 'handover', actions: 'handOverCall' },
        { target: 'playing' },
      ],
    },
    playing: { on: { answer: forward, proceed: forward, move: forward } },
    thinking: {
      after: { think: { actions: 'playComputer' } },
      on: { skipThinking: { actions: 'playComputer' } },
    },
    handover: { on: { takeOver: { target: 'deciding', actions: 'takeOver' } } },
  },
} as const;

export function createSessionMachine(scenario: Scenario) {
  return sessionSetup(scenario).createMachine({
    id: 'session',
    context: ({ input }) => ({
      viewer: input.side,
      players: input.players,
      difficulty: input.difficulty ?? 'normal',
      seed: input.seed ?? null,
      newSeed: input.newSeed,
      briefed: [],
      handover: null,
      settings: null,
      events: [],
      call: null,
      replaying: [],
      problems: null,
    }),
    initial: 'title',
    on: {
      showProblems: { target: '.problems', actions: 'showProblems' },
      replay: { guard: 'replayable', target: '.call', actions: 'loadRecord' },
    },
    states: {
      title: {
        on: {
          selectSide: { guard: 'knownSide', actions: 'selectSide' },
          selectDifficulty: { actions: 'selectDifficulty' },
          setPlayers: { actions: 'setPlayers' },
          openBriefing: { target: 'briefing', actions: 'startBriefing' },
          startCall,
          // A saved game is offered, and resumed, on the title screen only.
          resume: { guard: 'replayable', target: 'call', actions: 'loadRecord' },
        },
      },
      problems: { on: { dismissProblems: { target: 'title', actions: 'dismissProblems' } } },
      briefing: {
        on: {
          startCall,
          backToTitle: 'title',
        },
      },
      handover: {
        on: {
          takeOver: { target: 'briefing', actions: 'takeOver' },
          backToTitle: 'title',
        },
      },
      call: callState,
      ending: {
        on: {
          playAgain: { target: 'call', actions: 'newGame' },
          switchSides: { target: 'briefing', actions: 'switchSides' },
          backToTitle: 'title',
        },
      },
    },
  });
}

/** A programmer error: the call state is entered only after its settings are made. */
function never(): never {
  throw new Error('the call started without settings');
}

export type SessionMachine = ReturnType<typeof createSessionMachine>;
export type SessionSnapshot = SnapshotFrom<SessionMachine>;
