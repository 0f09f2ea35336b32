import { describe, expect, it } from 'vitest';
import { createGameStore, type ScenarioEntry } from '../../src/store/game-store.ts';
import { startAutosave, type SaveStorage } from '../../src/store/autosave.ts';
import { manualScheduler, tiny } from '../helpers.ts';

function memoryStorage(initial: string | null = null) {
  let raw = initial;
  let damaged: string | null = null;
  let fail: 'full' | 'blocked' | null = null;
  const storage: SaveStorage = {
    read: () => raw,
    write(text) {
      if (fail) return fail;
      raw = text;
      return 'ok';
    },
    remove() {
      raw = null;
    },
    keepDamaged(text) {
      damaged = text;
    },
  };
  return {
    storage,
    raw: () => raw,
    damaged: () => damaged,
    failWith: (f: 'full' | 'blocked' | null) => (fail = f),
  };
}

const bundled = (): ScenarioEntry[] => [
  { file: 'tiny.yaml', title: 'Tiny talks', scenario: tiny() },
];

function make(storage = memoryStorage(), scenarios = bundled()) {
  const clock = manualScheduler();
  const store = createGameStore({ scenarios, scheduler: clock.scheduler, newSeed: () => 7 });
  const stop = startAutosave(store, storage.storage, () => 1_000);
  return { store, clock, a: store.getState().actions, storage, stop };
}

/** Starts a call as the south and plays two turns. */
function playSome({ a, clock }: ReturnType<typeof make>) {
  a.selectSide('south');
  a.startCall();
  a.answer();
  a.proceed();
  clock.flush();
  a.speak('firm');
  clock.flush();
}

describe('saved games', () => {
  it('saves after every move and offers to resume after a reload, to the same point', () => {
    const first = make();
    playSome(first);
    expect(first.storage.raw()).toContain('"format":"standoff-save"');
    const second = make(first.storage);
    expect(second.store.getState().savedGame).toMatchObject({
      title: 'Tiny talks',
      leader: 'Bo',
      savedAt: 1_000,
    });
    second.a.resumeSavedGame();
    const [was, now] = [first.store.getState(), second.store.getState()];
    expect(now.screen).toBe('call');
    expect(now.call?.transcript).toEqual(was.call?.transcript);
    expect(now.savedGame).toBeNull();
  });

  it('resumes a game on a scenario opened from a file, which is kept in the save', () => {
    const first = make(memoryStorage(), []);
    first.a.addScenario({ file: 'mine.yaml', title: 'Tiny talks', scenario: tiny() });
    playSome(first);
    const second = make(first.storage, []);
    second.a.resumeSavedGame();
    expect(second.store.getState().call?.transcript).toEqual(
      first.store.getState().call?.transcript,
    );
  });

  it('lets the player start afresh, and forgets the save', () => {
    const first = make();
    playSome(first);
    const second = make(first.storage);
    second.a.discardSavedGame();
    expect(first.storage.raw()).toBeNull();
  });

  it('gives a message and a fresh start for a damaged save, keeping a copy', () => {
    for (const raw of ['{not json', '{"format":"standoff-save","version":1}', '[]', 'null']) {
      const s = make(memoryStorage(raw));
      expect(s.store.getState()).toMatchObject({
        savedGame: null,
        saveProblem: 'damaged',
        screen: 'title',
      });
      expect(s.storage.damaged()).toBe(raw);
      expect(s.storage.raw()).toBeNull();
    }
  });

  it('refuses a save from another version, or from a scenario changed since, with a message', () => {
    const first = make();
    playSome(first);
    const saved = JSON.parse(first.storage.raw() ?? '{}') as Record<string, unknown>;
    expect(
      make(memoryStorage(JSON.stringify({ ...saved, version: 0 }))).store.getState().saveProblem,
    ).toBe('old-version');
    expect(
      make(
        memoryStorage(JSON.stringify({ ...saved, scenarioHash: 'f'.repeat(20) })),
      ).store.getState().saveProblem,
    ).toBe('scenario-changed');
  });

  it('says once when storage is full or blocked, and the game goes on', () => {
    const s = make();
    s.storage.failWith('full');
    playSome(s);
    expect(s.store.getState().saveProblem).toBe('full');
    expect(s.store.getState().call?.phase).toBe('turns');
    const blocked: SaveStorage = { ...memoryStorage().storage, read: () => 'blocked' };
    const b = createGameStore({ scenarios: bundled() });
    startAutosave(b, blocked);
    expect(b.getState().saveProblem).toBe('blocked');
  });
});
