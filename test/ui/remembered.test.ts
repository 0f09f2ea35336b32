// The settings a device keeps between visits: read back under their keys, and
// storage that is missing, blocked (reading `localStorage` itself throws, as
// under a school's policy) or full never throws at the game: nothing is read,
// the write is refused, and what was kept before stays.
import { afterEach, describe, expect, it } from 'vitest';
import { recall, remember } from '../../src/ui/remembered.ts';
import { loadSoundPreference, saveSoundPreference } from '../../src/ui/preferences.ts';
import { saveLanguage } from '../../src/ui/language.ts';
import { handToGame, takeFromEditor } from '../../src/ui/play-handoff.ts';
import { FakeOrigin } from '../fake-storage.ts';

/** Makes `globalThis.localStorage` the tab's, as a page sees it (a getter that throws when blocked). */
function useTab(origin: FakeOrigin): void {
  const tab = origin.tab();
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get: tab.localStorage,
  });
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('remembered settings', () => {
  it('are read back under their keys', () => {
    const origin = new FakeOrigin();
    useTab(origin);
    expect(recall('standoff.sound')).toBeNull();
    expect(remember('standoff.sound', 'off')).toBe(true);
    expect(origin.data.get('standoff.sound')).toBe('off');
    expect(recall('standoff.sound')).toBe('off');
  });

  it('find nothing and keep nothing when storage is blocked, without throwing', () => {
    const origin = new FakeOrigin();
    origin.data.set('standoff.lang', 'es');
    origin.blocked = true;
    useTab(origin);
    expect(recall('standoff.lang')).toBeNull();
    expect(remember('standoff.lang', 'en')).toBe(false);
    expect(origin.data.get('standoff.lang')).toBe('es');
    // The game's own settings run with their defaults.
    expect(loadSoundPreference()).toBe(true);
    expect(() => saveSoundPreference(false)).not.toThrow();
    expect(() => saveLanguage('en')).not.toThrow();
  });

  it('refuse a write that does not fit, keeping what was there', () => {
    const origin = new FakeOrigin();
    useTab(origin);
    expect(remember('standoff.student', 'Ana')).toBe(true);
    origin.quota = origin.used() + 3;
    expect(remember('standoff.student', 'Ana María López')).toBe(false);
    expect(recall('standoff.student')).toBe('Ana');
  });

  it('find nothing and keep nothing where there is no storage at all', () => {
    expect(globalThis.localStorage).toBeUndefined();
    expect(recall('standoff.sound')).toBeNull();
    expect(remember('standoff.sound', 'off')).toBe(false);
  });

  it('hand the editor’s scenario to the game, or say it could not', () => {
    const origin = new FakeOrigin();
    useTab(origin);
    expect(handToGame({ name: 'mine.yaml', text: 'id: mine' })).toBe(true);
    expect(takeFromEditor()).toEqual({ name: 'mine.yaml', text: 'id: mine' });
    origin.data.set('standoff.editor.play', '{not json');
    expect(takeFromEditor()).toBeNull();
    origin.blocked = true;
    expect(handToGame({ name: 'mine.yaml', text: 'id: mine' })).toBe(false);
    expect(takeFromEditor()).toBeNull();
  });
});
