import { describe, expect, it } from 'vitest';
import { createGameStore } from '../../src/store/game-store.ts';
import { manualScheduler, tiny } from '../helpers.ts';

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
      seed: null,
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
    const record = first.store.getState().record;
    expect(record).not.toBeNull();
    const second = make();
    if (record) second.a.replayRecord(record);
    const [was, now] = [first.store.getState(), second.store.getState()];
    expect(now.screen).toBe('call');
    expect(now.setup.side).toBe('south');
    expect(now.call?.transcript).toEqual(was.call?.transcript);
    expect(now.call?.meters).toEqual(was.call?.meters);
    expect(now.record?.events).toEqual(record?.events);
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
    expect(store.getState().record?.events[0]).toEqual({ type: 'answer' });
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
