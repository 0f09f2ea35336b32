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
});
