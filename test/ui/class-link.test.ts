import { describe, expect, it } from 'vitest';
import { classLinkFor, newSeedWord } from '../../src/ui/class-link.ts';
import { createGameStore } from '../../src/store/game-store.ts';
import { DEFAULT_SCENARIO, loadOrThrow, manualScheduler } from '../helpers.ts';

const scenario = loadOrThrow(DEFAULT_SCENARIO);
const store = (bundled: boolean) =>
  createGameStore({
    scenarios: [{ file: 'call.yaml', title: scenario.title, scenario, bundled }],
    scheduler: manualScheduler().scheduler,
    language: 'es',
  });

describe("a teacher's link", () => {
  it('carries the scenario id, side, difficulty, language, seed and players, next to the game', () => {
    const s = store(true);
    s.getState().actions.selectSide('us');
    s.getState().actions.selectDifficulty('hard');
    s.getState().actions.setPlayers(2);
    const link = classLinkFor(
      s.getState(),
      'https://school.example/games/standoff/?seed=old#x',
      'class-ab12c',
    );
    const url = new URL(link ?? '');
    expect(url.origin + url.pathname).toBe('https://school.example/games/standoff/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      scenario: scenario.id,
      side: 'us',
      difficulty: 'hard',
      lang: 'es',
      seed: 'class-ab12c',
      players: '2',
    });
  });

  it('cannot carry a scenario opened from a file on this computer', () => {
    expect(classLinkFor(store(false).getState(), 'https://school.example/', 'class-1')).toBeNull();
  });

  it('makes seed words a class can read aloud', () => {
    expect(newSeedWord(() => 0)).toBe('class-00000');
    expect(newSeedWord(() => 0.999999)).toMatch(/^class-[0-9a-z]{5}$/);
  });
});
