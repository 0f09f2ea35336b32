import { describe, expect, it } from 'vitest';
import { createGameStore, type GameStore } from '../../src/store/game-store.ts';
import { privateGame } from '../../src/store/private-game.ts';

/** The game's record, kept beside the store (never in its state). */
const recordOf = (store: GameStore) => privateGame(store).record();
import { DEFAULT_SCENARIO, loadOrThrow, manualScheduler, tiny } from '../helpers.ts';

const make = () => {
  const clock = manualScheduler();
  const store = createGameStore({
    scenarios: [{ file: 'tiny.yaml', title: 'Tiny talks', scenario: tiny() }],
    scheduler: clock.scheduler,
    newSeed: () => 7,
  });
  return { store, clock, a: store.getState().actions };
};

describe('the game store', () => {
  it('starts on the title screen with the first scenario and its first side selected', () => {
    const { store } = make();
    expect(store.getState().screen).toBe('title');
    expect(store.getState().setup).toEqual({
      file: 'tiny.yaml',
      side: 'north',
      difficulty: 'normal',
      players: 1,
    });
  });

  it('goes from briefing to a call where the player acts only on their turn', () => {
    const { store, a } = make();
    a.selectSide('south');
    a.openBriefing();
    expect(store.getState().screen).toBe('briefing');
    a.startCall();
    expect(store.getState().call?.phase).toBe('ringing');
    a.answer();
    a.proceed();
    const call = store.getState().call;
    expect(call?.turn).toBe('north');
    expect(call?.myTurn).toBe(false);
    expect(store.getState().thinking).toBe(true);
    a.speak('firm');
    expect(store.getState().call?.transcript.filter((l) => l.kind === 'line')).toHaveLength(2);
  });

  it('lets the computer answer after the thinking pause, or at once when skipped', () => {
    const { store, a, clock } = make();
    a.selectSide('south');
    a.startCall();
    a.answer();
    a.proceed();
    expect(clock.size()).toBe(1);
    a.skipThinking();
    expect(clock.size()).toBe(0);
    expect(store.getState().thinking).toBe(false);
    expect(store.getState().call?.myTurn).toBe(true);
    expect(store.getState().call?.available.tones).toEqual(['respectful', 'firm', 'threatening']);
  });

  it('asks the machine whether a proposal may be made', () => {
    const { a } = make();
    a.startCall();
    a.answer();
    a.proceed();
    expect(a.canPropose({ fence: 'high' })).toBe(true);
    expect(a.canPropose({ tree: 'cut' })).toBe(false);
    expect(a.canPropose({})).toBe(false);
  });

  it('replays a recorded game on a fresh store to the same point (npm run dev after an edit)', () => {
    const first = make();
    first.a.selectSide('south');
    first.a.startCall();
    first.a.answer();
    first.a.proceed();
    first.clock.flush();
    first.a.speak('firm');
    first.clock.flush();
    const record = recordOf(first.store);
    expect(record).not.toBeNull();
    const second = make();
    if (record) second.a.replayRecord(record);
    const [was, now] = [first.store.getState(), second.store.getState()];
    expect(now.screen).toBe('call');
    expect(now.setup.side).toBe('south');
    expect(now.call?.transcript).toEqual(was.call?.transcript);
    expect(now.call?.meters).toEqual(was.call?.meters);
    expect(recordOf(second.store)?.events).toEqual(record?.events);
  });

  it('plays a whole call to the ending screen and keeps a replayable record', () => {
    const { store, a, clock } = make();
    a.startCall();
    a.answer();
    a.proceed();
    for (let i = 0; i < 100 && store.getState().call?.phase === 'turns'; i++) {
      if (store.getState().call?.myTurn) a.speak('respectful');
      else clock.flush();
    }
    expect(store.getState().call?.phase).toBe('closing');
    a.proceed();
    expect(store.getState().screen).toBe('ending');
    expect(store.getState().call?.result?.ending).toBeTruthy();
    expect(recordOf(store)?.events[0]).toEqual({ type: 'answer' });
  });

  it('switches sides back to the briefing, and stops the pending computer turn', () => {
    const { store, a, clock } = make();
    a.selectSide('south');
    a.startCall();
    a.answer();
    a.proceed();
    a.switchSides();
    expect(clock.size()).toBe(0);
    expect(store.getState().setup.side).toBe('north');
    expect(store.getState().screen).toBe('briefing');
  });
});

describe('two players on one computer (hot seat)', () => {
  it("briefs each player out of the other's sight, then hands over at every change of turn", () => {
    const { store, a, clock } = make();
    a.setPlayers(2);
    a.selectSide('south');
    a.openBriefing();
    expect(store.getState().screen).toBe('briefing');
    a.startCall();
    // The other player reads their own briefing first, behind a handover.
    expect(store.getState()).toMatchObject({
      screen: 'handover',
      handover: { to: 'north', next: 'briefing' },
      call: null,
    });
    a.takeOver();
    expect(store.getState()).toMatchObject({ screen: 'briefing', handover: null });
    expect(store.getState().setup.side).toBe('north');
    a.startCall();
    expect(recordOf(store)?.settings.controllers).toEqual({
      north: 'human',
      south: 'human',
    });
    a.answer();
    a.proceed();
    // North opens: its player has the computer, and nobody waits for a computer.
    expect(store.getState().call).toMatchObject({ side: 'north', turn: 'north', myTurn: true });
    expect(store.getState().thinking).toBe(false);
    a.speak('respectful');
    expect(clock.size()).toBe(0);
    expect(store.getState()).toMatchObject({
      screen: 'handover',
      handover: { to: 'south', next: 'call' },
    });
    // While the handover shows, no side's private part is in the store: nobody's brief, values or moves.
    expect(store.getState().call).toMatchObject({ myTurn: false, evidence: [] });
    expect(store.getState().call?.view.me).toMatchObject({ brief: '', values: {}, redLines: [] });
    expect(store.getState().draftWorth).toBeNull();
    a.takeOver();
    expect(store.getState()).toMatchObject({ screen: 'call', handover: null });
    expect(store.getState().call).toMatchObject({ side: 'south', myTurn: true });
    a.endCall();
    expect(['ending', 'call']).toContain(store.getState().screen);
    expect(store.getState().handover).toBeNull();
  });

  it('plays against the computer again when set back to one player', () => {
    const { store, a } = make();
    a.setPlayers(2);
    a.setPlayers(1);
    a.openBriefing();
    a.startCall();
    expect(recordOf(store)?.settings.controllers).toEqual({
      north: 'human',
      south: 'computer',
    });
  });
});

describe('the interface language', () => {
  it('switches the messages and the scenario texts on the title screen, not during a call', () => {
    const scenario = loadOrThrow(DEFAULT_SCENARIO);
    const store = createGameStore({
      scenarios: [{ file: 'default.yaml', title: scenario.title, scenario }],
      scheduler: manualScheduler().scheduler,
      language: 'es',
    });
    const state = store.getState();
    expect(state.catalogue['meta.locale']).toBe('es');
    expect(state.scenario?.language).toBe('es');
    expect(state.scenarios[0]?.title).toBe(state.scenario?.title);
    expect(state.scenario?.title).not.toBe(scenario.title);
    state.actions.setLanguage('en');
    expect(privateGame(store).scenario()).toBe(scenario);
    expect(store.getState().catalogue['meta.locale']).toBe('en');
    store.getState().actions.openBriefing();
    store.getState().actions.startCall();
    store.getState().actions.setLanguage('es');
    expect(store.getState().language).toBe('en');
  });
});

describe('the draft package on the call screen', () => {
  const toTurn = () => {
    const { store, a } = make();
    a.selectSide('north');
    a.startCall();
    a.answer();
    a.proceed();
    return { store, a };
  };

  it('says what the draft is worth to the player, against their walk-away, as options change', () => {
    const { store, a } = toTurn();
    expect(store.getState().call?.myTurn).toBe(true);
    // Nothing chosen: every issue open counts as the walk-away (40 for north).
    expect(store.getState().draftWorth).toEqual({ value: 40, walkAway: 40, issues: 0 });
    a.setDraft('fence', 'high');
    // Fence 100, the tree open at 40, equal weights.
    expect(store.getState().draftWorth).toEqual({ value: 70, walkAway: 40, issues: 1 });
    a.setDraft('tree', 'deferred');
    // The tree left to later talks counts its deferred value (50).
    expect(store.getState().draftWorth?.value).toBe(75);
    a.setDraft('fence', 'low');
    expect(store.getState().draftWorth?.value).toBe(25);
  });

  it('defers one way: a draft that only leaves one issue for later is the engine’s defer move', () => {
    const { store, a } = toTurn();
    a.setDraft('tree', 'deferred');
    expect(a.canPropose(store.getState().draft)).toBe(true);
    a.proposeDraft();
    const events = recordOf(store)?.events ?? [];
    expect(events.at(-1)).toMatchObject({ move: { kind: 'defer', issue: 'tree' } });
    expect(store.getState().draft).toEqual({});
  });

  it('proposes a package that mixes an option with a deferral as a proposal', () => {
    const { store, a } = toTurn();
    a.setDraft('fence', 'mid');
    a.setDraft('tree', 'deferred');
    a.proposeDraft();
    expect(recordOf(store)?.events.at(-1)).toMatchObject({
      move: { kind: 'propose', terms: { fence: 'mid', tree: 'deferred' } },
    });
  });

  it('shows each option with its issue’s question, and "Leave for later" with what it does', () => {
    const { store } = toTurn();
    const tree = store.getState().call?.table.find((r) => r.issue === 'tree');
    const later = tree?.options.at(-1);
    expect(later?.id).toBe('deferred');
    expect(later?.label).toBe('Leave for later');
    expect(later?.text).toContain('the spring meeting');
  });
});

describe('what the record keeps', () => {
  it('logs no event the machine refused: proceed while the phone rings leaves the record clean', () => {
    const { store, a } = make();
    a.startCall();
    a.proceed();
    a.speak('firm');
    expect(store.getState().call?.phase).toBe('ringing');
    expect(recordOf(store)?.events).toEqual([]);
    a.answer();
    a.answer();
    expect(recordOf(store)?.events).toEqual([{ type: 'answer' }]);
  });
});
