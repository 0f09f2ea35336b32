import { describe, expect, it } from 'vitest';
import {
  applyClassLink,
  carriesSettings,
  classLinkFor,
  newSeedWord,
} from '../../src/ui/class-link.ts';
import { readScenarioCopy } from '../../src/negotiation/scenario-copy.ts';
import { scenarioHash } from '../../src/scenario/hash.ts';
import { createGameStore } from '../../src/store/game-store.ts';
import { privateGame } from '../../src/store/private-game.ts';
import { DEFAULT_SCENARIO, loadOrThrow, manualScheduler } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

const scenario = loadOrThrow(DEFAULT_SCENARIO);
const store = (bundled: boolean) =>
  createGameStore({
    scenarios: [{ file: 'call.yaml', title: scenario.title, scenario, bundled }],
    scheduler: manualScheduler().scheduler,
    language: 'es',
  });

describe("a teacher's link", () => {
  it("says when the address carries a teacher's settings (the title then waits for them)", () => {
    const carries = (search: string, hash = '') =>
      carriesSettings(new URLSearchParams(search), hash);
    expect(carries('?side=us')).toBe(true);
    expect(carries('?difficulty=hard&lang=en')).toBe(true);
    expect(carries('?scenario=call-2026-01-12')).toBe(true);
    expect(carries('?players=2')).toBe(true);
    expect(carries('', '#s=abc')).toBe(true);
    expect(carries('?lang=es&seed=class-abcde')).toBe(false);
    expect(carries('', '#other=1')).toBe(false);
  });

  it('carries the scenario id, side, difficulty, language, seed and players, next to the game', () => {
    const s = store(true);
    s.getState().actions.selectSide('us');
    s.getState().actions.selectDifficulty('hard');
    s.getState().actions.setPlayers(2);
    const link = classLinkFor(
      s,
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

  it('carries a scenario opened from a file or the editor as a copy after the #, read back the same', () => {
    const link = classLinkFor(store(false), 'https://school.example/', 'class-1');
    const url = new URL(link ?? '');
    expect(url.searchParams.get('scenario')).toBeNull();
    expect(url.searchParams.get('seed')).toBe('class-1');
    const copy = readScenarioCopy(new URLSearchParams(url.hash.slice(1)).get('s'), en);
    expect(copy && scenarioHash(copy)).toBe(scenarioHash(scenario));
  });

  it('opens the scenario a link carries, and says so plainly when the copy was cut short', async () => {
    const link = new URL(classLinkFor(store(false), 'https://school.example/', 'class-1') ?? '');
    const student = createGameStore({ scenarios: [], scheduler: manualScheduler().scheduler });
    await applyClassLink(student, link.searchParams, link.hash);
    const opened = privateGame(student).scenario();
    expect(opened && scenarioHash(opened)).toBe(scenarioHash(scenario));
    expect(student.getState().screen).toBe('title');
    const cut = createGameStore({ scenarios: [], scheduler: manualScheduler().scheduler });
    await applyClassLink(cut, link.searchParams, link.hash.slice(0, 200));
    expect(cut.getState().screen).toBe('problems');
    expect(cut.getState().problems?.problems[0]?.message).toBe(
      'the scenario in this link is damaged or was cut short',
    );
  });

  it('makes seed words a class can read aloud', () => {
    expect(newSeedWord(() => 0)).toBe('class-00000');
    expect(newSeedWord(() => 0.999999)).toMatch(/^class-[0-9a-z]{5}$/);
  });
});
