// The session's buttons come from the machine: the store projects its
// snapshot's can() for each of the session's actions, so a screen offers
// exactly what the session would take (proceed is not offered while the phone rings).
import { describe, expect, it } from 'vitest';
import {
  createGameStore,
  type SessionAction,
  type StoreState,
} from '../../src/store/game-store.ts';
import { openGameStore } from '../../src/store/store-shell.ts';
import { privateGame } from '../../src/store/private-game.ts';
import type { ResumeOffer } from '../../src/store/autosave.ts';
import { manualScheduler, tiny } from '../helpers.ts';

const deps = () => {
  const clock = manualScheduler();
  const scenarios = [{ file: 'tiny.yaml', title: 'Tiny talks', scenario: tiny() }];
  return { clock, deps: { scenarios, scheduler: clock.scheduler, newSeed: () => 7 } };
};

const offered = (s: StoreState): SessionAction[] =>
  (Object.keys(s.can) as SessionAction[]).filter((k) => s.can[k]);

describe("the session's actions the store offers", () => {
  it('follows the machine through a call: only what it would take now', () => {
    const { clock, deps: d } = deps();
    const store = createGameStore(d);
    const a = store.getState().actions;
    expect(offered(store.getState())).toEqual(['openBriefing', 'startCall']);
    a.selectSide('south');
    a.openBriefing();
    expect(offered(store.getState())).toEqual(['startCall', 'backToTitle']);
    a.startCall();
    expect(offered(store.getState())).toEqual(['answer', 'switchSides', 'backToTitle']);
    a.answer();
    expect(store.getState().can.proceed).toBe(true);
    a.proceed();
    expect(offered(store.getState())).toEqual(['skipThinking', 'switchSides', 'backToTitle']);
    clock.flush();
    expect(store.getState().can.skipThinking).toBe(false);
    a.endCall();
    while (store.getState().screen !== 'ending' && store.getState().can.proceed) a.proceed();
    expect(store.getState().screen).toBe('ending');
    expect(offered(store.getState())).toEqual(['playAgain', 'switchSides', 'backToTitle']);
  });

  it('offers the title screen’s start before the session part has loaded', () => {
    const { store } = openGameStore(deps().deps);
    expect(offered(store.getState())).toEqual(['openBriefing', 'startCall']);
  });

  it('offers resuming a saved game on the title screen only, and keeps it when refused', () => {
    const { clock, deps: d } = deps();
    const first = createGameStore(d);
    const a1 = first.getState().actions;
    a1.startCall();
    a1.answer();
    a1.proceed();
    clock.flush();
    const record = privateGame(first).record();
    if (!record) throw new Error('no record');
    const offer: ResumeOffer = {
      id: 'g1',
      file: 'tiny.yaml',
      title: 'Tiny talks',
      leader: 'Bo',
      savedAt: 1,
      record,
    };
    const store = createGameStore(deps().deps);
    const a = store.getState().actions;
    expect(store.getState().can.resume).toBe(false);
    a.setSaveStatus([offer], null);
    expect(store.getState().can.resume).toBe(true);
    a.openBriefing();
    // The briefing is not where a saved game is resumed: no button, and pressing nothing happens.
    expect(store.getState().can.resume).toBe(false);
    a.resumeSavedGame();
    expect(store.getState().screen).toBe('briefing');
    expect(store.getState().savedGame).not.toBeNull();
    a.backToTitle();
    expect(store.getState().can.resume).toBe(true);
    a.resumeSavedGame();
    expect(store.getState().screen).toBe('call');
    expect(store.getState().can.resume).toBe(false);
    expect(privateGame(store).record()?.events).toEqual(record.events);
  });

  it('offers leaving the problems screen, with or without a session', () => {
    const { deps: d } = deps();
    const store = createGameStore(d);
    const a = store.getState().actions;
    a.addScenario({ file: 'bad.yaml', title: 'bad.yaml', problems: [] });
    expect(store.getState().screen).toBe('problems');
    expect(offered(store.getState())).toEqual(['dismissProblems']);
    a.dismissProblems();
    expect(store.getState().can.dismissProblems).toBe(false);
    const empty = createGameStore({ ...d, scenarios: [] });
    empty.getState().actions.addScenario({ file: 'bad.yaml', title: 'bad.yaml', problems: [] });
    expect(offered(empty.getState())).toEqual(['dismissProblems']);
    empty.getState().actions.dismissProblems();
    expect(empty.getState().screen).toBe('title');
    expect(offered(empty.getState())).toEqual([]);
  });
});
