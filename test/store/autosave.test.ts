import { describe, expect, it } from 'vitest';
import { createGameStore, type ScenarioEntry } from '../../src/store/game-store.ts';
import { startAutosave } from '../../src/store/autosave.ts';
import { privateGame } from '../../src/store/private-game.ts';
import { browserSaveStorage } from '../../src/ui/save-storage.ts';
import { FakeOrigin } from '../fake-storage.ts';
import { manualScheduler, tiny } from '../helpers.ts';

const ASIDE = 'standoff.save.aside.';
const GAME = 'standoff.save.game.';

/** One browser's storage (FakeOrigin), seen through the game's real adapter, with what it holds. */
function memoryStorage(legacy: string | null = null, origin = new FakeOrigin()) {
  if (legacy !== null) origin.data.set('standoff.save', legacy);
  const tab = origin.tab();
  const storage = browserSaveStorage(tab.localStorage, () => 1_000);
  const entries = (prefix: string) =>
    [...origin.data].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v);
  return {
    storage,
    origin,
    games: () => entries(GAME),
    aside: () => entries(ASIDE),
    legacy: () => origin.data.get('standoff.save') ?? null,
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
    expect(first.storage.games()).toEqual([expect.stringContaining('"format":"standoff-save"')]);
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
    // The resumed game goes on in its own entry: still one save.
    expect(first.storage.games()).toHaveLength(1);
    expect(first.storage.games()[0]).toContain('"type":"move"');
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

  it("never loses a game on a teacher's file named like a bundled scenario: it is keyed by id and content", () => {
    const shipped = (): ScenarioEntry[] => [
      { file: 'tiny.yaml', title: 'Tiny talks', scenario: tiny(), bundled: true },
    ];
    const first = make(memoryStorage(), shipped());
    const mine = { ...tiny(), title: 'My tiny talks', callMinutes: 9 };
    first.a.addScenario({ file: 'tiny.yaml', title: mine.title, scenario: mine });
    playSome(first);
    const second = make(first.storage, shipped());
    expect(second.store.getState()).toMatchObject({
      saveProblem: null,
      savedGame: { title: 'My tiny talks', leader: 'Bo' },
    });
    expect(second.storage.aside()).toEqual([]);
    second.a.resumeSavedGame();
    expect(second.store.getState().scenario?.title).toBe('My tiny talks');
    expect(second.store.getState().call?.transcript).toEqual(
      first.store.getState().call?.transcript,
    );
  });

  it('lets the player start afresh, and forgets the save', () => {
    const first = make();
    playSome(first);
    const second = make(first.storage);
    second.a.discardSavedGame();
    expect(first.storage.games()).toEqual([]);
  });

  it('gives a message and a fresh start for a damaged save, keeping a copy aside and offering it', () => {
    for (const raw of ['{not json', '{"format":"standoff-save","version":1}', '[]', 'null']) {
      const s = make(memoryStorage(raw));
      expect(s.store.getState()).toMatchObject({
        savedGame: null,
        saveProblem: 'damaged',
        saveAside: true,
        screen: 'title',
      });
      expect(privateGame(s.store).saveAside()).toBe(raw);
      expect(s.storage.aside()).toEqual([raw]);
      expect(s.storage.legacy()).toBeNull();
    }
  });

  it('never writes a second damaged copy over the first', () => {
    const storage = memoryStorage('{first');
    make(storage);
    storage.origin.data.set('standoff.save', '{second');
    make(storage);
    expect(storage.aside().sort()).toEqual(['{first', '{second']);
  });

  it('keeps a save aside, not deleted, from an older or a newer version or a changed scenario', () => {
    const first = make();
    playSome(first);
    const saved = JSON.parse(first.storage.games()[0] ?? '{}') as Record<string, unknown>;
    const cases: [Record<string, unknown>, string][] = [
      [{ ...saved, version: 0 }, 'old-version'],
      [{ ...saved, version: 2 }, 'newer-version'],
      [{ ...saved, scenarioHash: 'f'.repeat(20) }, 'scenario-changed'],
    ];
    for (const [save, problem] of cases) {
      const text = JSON.stringify(save);
      const s = make(memoryStorage(text));
      expect(s.store.getState()).toMatchObject({ saveProblem: problem, saveAside: true });
      expect(privateGame(s.store).saveAside()).toBe(text);
      expect(s.storage.aside()).toEqual([text]);
    }
  });

  it('refuses a save whose moves were tampered with, before the rules see them, and keeps it aside', () => {
    const first = make();
    playSome(first);
    const saved = JSON.parse(first.storage.games()[0] ?? '{}') as {
      record: { events: { type: string; move?: Record<string, unknown> }[] };
    };
    const tamper = (move: Record<string, unknown>) => {
      const copy = structuredClone(saved);
      const event = copy.record.events.find((e) => e.type === 'move');
      if (event) event.move = move;
      return JSON.stringify(copy);
    };
    for (const text of [
      tamper({ kind: 'propose', terms: 'water' }),
      tamper({ kind: 'propose', terms: { nowhere: 'x' } }),
      tamper({ kind: 'propose', terms: { fence: 'nowhere' } }),
      tamper({ kind: 'propose' }),
      tamper({ kind: 'fly' }),
      tamper({ kind: 'statement', tone: { toString: 1 } }),
    ]) {
      const s = make(memoryStorage(text));
      expect(s.store.getState()).toMatchObject({ saveProblem: 'refused-moves', savedGame: null });
      expect(s.storage.aside()).toEqual([text]);
    }
  });

  it('two game tabs keep two games, and both are offered', () => {
    const origin = new FakeOrigin();
    const tabA = make(memoryStorage(null, origin));
    const tabB = make(memoryStorage(null, origin));
    playSome(tabA);
    playSome(tabB);
    expect(memoryStorage(null, origin).games()).toHaveLength(2);
    const later = make(memoryStorage(null, origin));
    expect(later.store.getState().savedGames).toHaveLength(2);
    const offered = later.store.getState().savedGame;
    later.a.nextSavedGame();
    expect(later.store.getState().savedGame).not.toBe(offered);
    later.a.resumeSavedGame();
    expect(later.store.getState().screen).toBe('call');
    expect(later.store.getState().savedGames).toHaveLength(1);
  });

  it('offers to resume a call left mid-way for another scenario', () => {
    const s = make();
    playSome(s);
    s.a.backToTitle();
    expect(s.store.getState().screen).toBe('title');
    expect(s.store.getState().savedGame).toMatchObject({ title: 'Tiny talks', leader: 'Bo' });
    s.a.resumeSavedGame();
    expect(s.store.getState().screen).toBe('call');
    expect(s.storage.games()).toHaveLength(1);
  });

  it('says once when storage is full or blocked, and the game goes on', () => {
    const s = make();
    s.storage.origin.quota = s.storage.origin.used();
    playSome(s);
    expect(s.store.getState().saveProblem).toBe('full');
    expect(s.store.getState().call?.phase).toBe('turns');
    const blocked = memoryStorage();
    blocked.origin.blocked = true;
    const b = createGameStore({ scenarios: bundled() });
    startAutosave(b, blocked.storage);
    expect(b.getState().saveProblem).toBe('blocked');
  });
});
