// A screen's session buttons come from the machine's answer (the store's can):
// a refused action offers no button, and the call's one step forward is the
// one the session would take now.
import { describe, expect, it, vi } from 'vitest';
import { createGameStore, type GameActions } from '../../src/store/game-store.ts';
import { callStep, offered, sessionPress } from '../../src/ui/session-buttons.ts';
import { manualScheduler, tiny } from '../helpers.ts';

const store = () => {
  const clock = manualScheduler();
  const scenarios = [{ file: 'tiny.yaml', title: 'Tiny talks', scenario: tiny() }];
  return { clock, store: createGameStore({ scenarios, scheduler: clock.scheduler }) };
};

describe("a screen's session buttons", () => {
  it('offers no button for what the session refuses, and an enabled one for what it takes', () => {
    const { store: s } = store();
    s.getState().actions.openBriefing();
    const { can } = s.getState();
    expect(offered(can, 'startCall')).toEqual({ visible: true, enabled: true });
    expect(offered(can, 'backToTitle')).toEqual({ visible: true, enabled: true });
    for (const refused of ['openBriefing', 'proceed', 'takeOver', 'resume'] as const)
      expect(offered(can, refused)).toEqual({ visible: false, enabled: false });
  });

  it('steps the call forward as the session would: answer, proceed, hurry the other side', () => {
    const { store: s, clock } = store();
    const a = s.getState().actions;
    a.selectSide('south');
    expect(callStep(s.getState().can)).toBeNull();
    a.startCall();
    expect(callStep(s.getState().can)).toBe('answer');
    a.answer();
    expect(callStep(s.getState().can)).toBe('proceed');
    a.proceed();
    expect(callStep(s.getState().can)).toBe('skipThinking');
    clock.flush();
    // The player's own turn: no step, the player moves.
    expect(s.getState().call?.myTurn).toBe(true);
    expect(callStep(s.getState().can)).toBeNull();
  });

  it("presses the store's action of each, the offered saved game's for resume", () => {
    const resumeSavedGame = vi.fn();
    const takeOver = vi.fn();
    const actions = { resumeSavedGame, takeOver } as unknown as GameActions;
    sessionPress(actions, 'resume')();
    sessionPress(actions, 'takeOver')();
    expect(resumeSavedGame).toHaveBeenCalledOnce();
    expect(takeOver).toHaveBeenCalledOnce();
  });
});
