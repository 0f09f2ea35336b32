// The page's store shows the title before its session part (XState, the
// machines, the computer player) has loaded: what the player does meanwhile
// is queued, then applied in order once the part is connected, each once.
import { describe, expect, it } from 'vitest';
import * as sessionPart from '../../src/store/session-port.ts';
import { openGameStore } from '../../src/store/store-shell.ts';
import { createGameStore, type GameActions, type GameStore } from '../../src/store/game-store.ts';
import { privateGame } from '../../src/store/private-game.ts';
import { manualScheduler, tiny } from '../helpers.ts';

const deps = () => ({
  scenarios: [{ file: 'tiny.yaml', title: 'Tiny talks', scenario: tiny() }],
  scheduler: manualScheduler().scheduler,
  newSeed: () => 7,
});

/** Side south, then north again (the order decides), the briefing, the call, its opening. */
function early(a: GameActions): void {
  a.selectSide('south');
  a.selectDifficulty('hard');
  a.selectSide('north');
  a.openBriefing();
  a.startCall();
  a.answer();
  a.proceed();
  a.speak('firm');
}

const seen = (store: GameStore) => {
  const { screen, setup, call } = store.getState();
  return { screen, setup, phase: call?.phase, events: privateGame(store).record()?.events };
};

describe("the store's session part, connected after the title", () => {
  it('shows the title at once, queues what is sent meanwhile and applies it in order, once', () => {
    const { store, connect } = openGameStore(deps());
    early(store.getState().actions);
    expect(store.getState().screen).toBe('title');
    expect(store.getState().setup.side).toBe('north');
    expect(store.getState().actions.canPropose({ fence: 'high' })).toBe(false);

    // The session part, watched: what reaches it, in order.
    const reached: string[] = [];
    connect({
      sessionPort(...args) {
        const port = sessionPart.sessionPort(...args);
        return {
          ...port,
          start: (scenario) => (reached.push(`start ${scenario?.id}`), port.start(scenario)),
          send: (event) => (reached.push(event.type), port.send(event)),
        };
      },
    });
    expect(reached).toEqual([
      'start tiny',
      'selectSide',
      'selectDifficulty',
      'selectSide',
      'openBriefing',
      'startCall',
      'answer',
      'proceed',
      'move',
    ]);
    const sync = createGameStore(deps());
    early(sync.getState().actions);
    expect(seen(store)).toEqual(seen(sync));
    expect(seen(store)).toMatchObject({
      screen: 'call',
      setup: { side: 'north', difficulty: 'hard' },
    });
    // Each logged once: nothing applied twice.
    expect(seen(store).events?.map((e) => e.type)).toEqual(['answer', 'proceed', 'move']);

    // Connected, the store passes events straight through.
    store.getState().actions.speak('firm');
    sync.getState().actions.speak('firm');
    expect(seen(store)).toEqual(seen(sync));
  });

  it('lets the language change on the title while queued, not once the queue has left it', () => {
    const { store, connect } = openGameStore(deps());
    const a = store.getState().actions;
    a.setLanguage('es');
    expect(store.getState().language).toBe('es');
    a.openBriefing();
    a.setLanguage('en');
    expect(store.getState().language).toBe('es');
    connect(sessionPart);
    expect(store.getState().screen).toBe('briefing');
  });

  it('connects nothing once the page let the store go', () => {
    const { store, connect } = openGameStore(deps());
    store.getState().actions.openBriefing();
    store.getState().actions.dispose();
    connect(sessionPart);
    expect(store.getState().screen).toBe('title');
  });
});
