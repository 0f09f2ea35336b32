// The store's session part, fetched after the title screen (see
// session-link.ts): the session actor started on a scenario, each of its
// snapshots projected into the store with one set(), the record (with its
// seed) kept beside the store, and the questions only a running call answers.
import { createActor, type Actor } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import { otherSide, sidesOf } from '../negotiation/utility.ts';
import { createSessionMachine, THINK_MS, type SessionMachine } from '../session/session-machine.ts';
import type { SessionInput } from '../session/session-types.ts';
import { canPropose, draftMove, draftWorth } from './call-view.ts';
import { handInOf, recordOf, sessionView } from './session-view.ts';
import type { GameStore, Scheduler, Setup, StoreDeps } from './game-types.ts';
import type { HiddenGame } from './private-game.ts';
import type { SessionPort } from './session-link.ts';
import { canResume } from './saved-offers.ts';

const browserScheduler: Scheduler = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const randomSeed = () => Math.floor(Math.random() * 2 ** 31);

/** The session's input: the selected side (the first when the scenario lacks it) and who plays each side. */
function sessionInput(scenario: Scenario, setup: Setup, deps: StoreDeps): SessionInput {
  const viewer = scenario.sides.some((s) => s.id === setup.side)
    ? setup.side
    : sidesOf(scenario)[0].id;
  const other = otherSide(scenario, viewer);
  return {
    side: viewer,
    players: { [viewer]: 'human', [other]: setup.players === 2 ? 'human' : 'computer' },
    difficulty: setup.difficulty,
    seed: deps.seed ?? null,
    newSeed: deps.newSeed ?? randomSeed,
  };
}

/** A session actor on the scenario (not started), each snapshot projected into the store. */
function sessionActor(
  scenario: Scenario,
  store: GameStore,
  hidden: HiddenGame,
  deps: StoreDeps,
): Actor<SessionMachine> {
  const machine = createSessionMachine(scenario).provide({
    delays: { think: deps.thinkMs ?? THINK_MS },
  });
  const actor = createActor(machine, {
    clock: deps.scheduler ?? browserScheduler,
    input: sessionInput(scenario, store.getState().setup, deps),
  });
  actor.subscribe((snapshot) => {
    const record = recordOf(scenario, snapshot, hidden.record);
    const newGame = record?.settings !== hidden.record?.settings;
    hidden.record = record;
    const asked = { can: snapshot.can.bind(snapshot), onTitle: () => snapshot.matches('title') };
    const resume = canResume(hidden, asked);
    store.setState(sessionView(scenario, snapshot, store.getState(), record, newGame, resume));
  });
  return actor;
}

/** The running session behind a store: one actor at a time (the handle is the port's only state). */
export function sessionPort(store: GameStore, hidden: HiddenGame, deps: StoreDeps): SessionPort {
  const handle: { actor?: Actor<SessionMachine> } = {};
  const call = () => handle.actor?.getSnapshot().context.call ?? null;
  const side = () => store.getState().setup.side;
  return {
    start(scenario) {
      handle.actor?.stop();
      handle.actor = scenario ? sessionActor(scenario, store, hidden, deps) : undefined;
      handle.actor?.start();
    },
    send: (event) => handle.actor?.send(event),
    onTitle: () => !handle.actor || handle.actor.getSnapshot().matches('title'),
    can: (event) => handle.actor?.getSnapshot().can(event) ?? false,
    canPropose(terms) {
      const [playing, snapshot] = [
        handle.actor?.getSnapshot().matches({ call: 'playing' }),
        call(),
      ];
      return playing === true && snapshot !== null && canPropose(snapshot, side(), terms);
    },
    proposeDraft: (draft) => handle.actor?.send({ type: 'move', move: draftMove(draft) }),
    draftWorth(draft) {
      const [scenario, snapshot] = [hidden.scenario, call()];
      return scenario && snapshot ? draftWorth(scenario, snapshot, side(), draft) : null;
    },
    resultFor: (student) => handInOf(hidden.scenario, hidden.record, store.getState(), student),
    stop: () => handle.actor?.stop(),
  };
}
