// A canvas Phaser frees is shrunk when the page is idle, not at once, and not
// at all when Phaser has taken it again for another text by then; once a
// stopped screen is cleaned up, the pool lets go of every free canvas.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  canvasesWaiting,
  letGoOfFreeCanvases,
  shrinkWhenIdle,
  type PooledCanvas,
} from '../../src/phaser/shrink-when-idle.ts';

const pooled = (): PooledCanvas => ({
  parent: null,
  canvas: { width: 300, height: 40 } as HTMLCanvasElement,
});

describe('a freed canvas', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps its size until the page is idle, then is shrunk, unless taken again', () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (f: IdleRequestCallback) => idle.push(f));
    const freed = pooled();
    const retaken = pooled();
    shrinkWhenIdle(freed, [freed, retaken]);
    shrinkWhenIdle(retaken, [freed, retaken]);
    expect(freed.canvas.width).toBe(300);
    expect(idle).toHaveLength(1);
    retaken.parent = {};
    idle.shift()?.({ didTimeout: false, timeRemaining: () => 10 });
    expect([freed.canvas.width, freed.canvas.height]).toEqual([1, 1]);
    expect([retaken.canvas.width, retaken.canvas.height]).toEqual([300, 40]);
    expect(idle).toHaveLength(0);
  });

  it('goes on in the next idle period when one is too short for them all', () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (f: IdleRequestCallback) => idle.push(f));
    const many = Array.from({ length: 5 }, pooled);
    for (const c of many) shrinkWhenIdle(c, many);
    idle.shift()?.({ didTimeout: false, timeRemaining: () => 0 });
    expect(many.filter((c) => c.canvas.width === 1)).toHaveLength(0);
    expect(idle).toHaveLength(1);
    idle.shift()?.({ didTimeout: false, timeRemaining: () => 10 });
    expect(many.every((c) => c.canvas.width === 1)).toBe(true);
  });

  it('is shrunk a few at a turn where the browser has no idle callbacks', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const many = Array.from({ length: 12 }, pooled);
    for (const c of many) shrinkWhenIdle(c, many);
    vi.advanceTimersByTime(60);
    expect(many.filter((c) => c.canvas.width === 1)).toHaveLength(8);
    vi.advanceTimersByTime(60);
    expect(many.every((c) => c.canvas.width === 1)).toBe(true);
    vi.useRealTimers();
  });

  it('lets go of every free canvas, shrunk or waiting, and keeps those in use in their order', () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (f: IdleRequestCallback) => idle.push(f));
    const used = (): PooledCanvas => ({ ...pooled(), parent: {} });
    const [a, b] = [used(), used()];
    const [shrunk, waiting] = [pooled(), pooled()];
    const pool = [shrunk, a, waiting, b];
    shrinkWhenIdle(shrunk, pool);
    idle.shift()?.({ didTimeout: false, timeRemaining: () => 10 });
    shrinkWhenIdle(waiting, pool);
    expect(canvasesWaiting()).toBe(1);
    letGoOfFreeCanvases();
    expect(pool).toEqual([a, b]);
    expect(canvasesWaiting(), 'a canvas let go is not shrunk: its pixels go with it').toBe(0);
    expect(waiting.canvas.width).toBe(300);
  });
});
