// The text size is kept between visits, and storage that is blocked or holds
// nonsense never stops the game: it runs at the default size.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  loadTextSize,
  nextTextSize,
  prefersReducedMotion,
  saveTextSize,
  TEXT_SIZES,
} from '../../src/ui/preferences.ts';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('the text size preference', () => {
  it('is kept under standoff.textSize and read back', () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    expect(loadTextSize()).toBe(100);
    saveTextSize(150);
    expect(storage.getItem('standoff.textSize')).toBe('150');
    expect(loadTextSize()).toBe(150);
  });

  it('falls back to 100% for a value it does not offer', () => {
    const storage = memoryStorage();
    storage.setItem('standoff.textSize', '900');
    vi.stubGlobal('localStorage', storage);
    expect(loadTextSize()).toBe(100);
  });

  it('tolerates storage that throws (private mode, school policy)', () => {
    const blocked = memoryStorage();
    blocked.getItem = () => {
      throw new Error('SecurityError');
    };
    blocked.setItem = () => {
      throw new Error('SecurityError');
    };
    vi.stubGlobal('localStorage', blocked);
    expect(loadTextSize()).toBe(100);
    expect(() => saveTextSize(125)).not.toThrow();
  });

  it('steps through every size and back to the first', () => {
    const seen = [100];
    for (let i = 0; i < TEXT_SIZES.length; i++) seen.push(nextTextSize(seen.at(-1) ?? 100));
    expect(seen).toEqual([100, 125, 150, 100]);
  });
});

describe('reduced motion', () => {
  it('follows the system setting, and is off where there is no way to ask', () => {
    vi.stubGlobal('matchMedia', undefined);
    expect(prefersReducedMotion()).toBe(false);
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('reduce') }));
    expect(prefersReducedMotion()).toBe(true);
  });

  it('asks the page once, and follows the setting as it changes', () => {
    let changed: ((e: { matches: boolean }) => void) | undefined;
    const query = {
      matches: false,
      addEventListener: (_type: string, f: (e: { matches: boolean }) => void) => (changed = f),
    };
    const ask = vi.fn(() => query);
    vi.stubGlobal('matchMedia', ask);
    expect(prefersReducedMotion()).toBe(false);
    changed?.({ matches: true });
    expect(prefersReducedMotion()).toBe(true);
    changed?.({ matches: false });
    expect(prefersReducedMotion()).toBe(false);
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
