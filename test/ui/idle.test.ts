import { afterEach, describe, expect, it, vi } from 'vitest';
import { inIdleTime } from '../../src/ui/idle.ts';

/** Idle callbacks held until the test gives each slice its time left. */
function idleSlices() {
  const waiting: IdleRequestCallback[] = [];
  vi.stubGlobal('requestIdleCallback', (f: IdleRequestCallback) => waiting.push(f));
  return {
    waiting,
    give(ms: number) {
      let left = ms;
      waiting.shift()?.({ didTimeout: false, timeRemaining: () => (left -= 3) });
    },
  };
}

describe('work done in idle time', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs the tasks in order, as many a slice as the slice has room for, at least one', () => {
    const idle = idleSlices();
    const done: number[] = [];
    inIdleTime(
      [0, 1, 2, 3, 4].map((i) => () => done.push(i)),
      () => true,
    );
    expect(done).toEqual([]);
    idle.give(0);
    expect(done).toEqual([0]);
    idle.give(30);
    expect(done).toEqual([0, 1, 2, 3, 4]);
    expect(idle.waiting).toHaveLength(0);
  });

  it('stops when what wanted it is gone, or when stopped', () => {
    const idle = idleSlices();
    const done: number[] = [];
    let wanted = true;
    inIdleTime(
      [0, 1, 2].map((i) => () => done.push(i)),
      () => wanted,
    );
    idle.give(0);
    wanted = false;
    idle.give(30);
    expect(done).toEqual([0]);
    const more: number[] = [];
    const stop = inIdleTime(
      [0, 1].map((i) => () => more.push(i)),
      () => true,
    );
    stop();
    idle.give(30);
    expect(more).toEqual([]);
  });
});
