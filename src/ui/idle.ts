// Work done when the page is idle: the browser's idle callback where it has
// one, else (Safari) a short timeout, which at least yields to the page.

interface IdleTimes {
  /** The longest the work may wait for an idle period, in ms. */
  timeout: number;
  /** Without idle callbacks: the wait before the work, in ms. */
  fallback: number;
}

/** Calls `fn` in the page's next idle period (with its deadline), or after `fallback` ms where there are none. */
export function whenIdle(fn: (deadline?: IdleDeadline) => void, times: IdleTimes): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(fn, { timeout: times.timeout });
  else setTimeout(() => fn(), times.fallback);
}

/** The time an idle slice must have left to start a task (a task takes a few ms on a slow computer). */
const ROOM_MS = 4;

/**
 * Runs `tasks` in idle time, in order, a few a slice while the browser says it
 * has time left (one a turn without idle callbacks), while `wanted()`: work a
 * scene can do before it is needed, stopped once the scene is gone. Returns a
 * function that stops it.
 */
export function inIdleTime(tasks: readonly (() => void)[], wanted: () => boolean): () => void {
  let next = 0;
  let stopped = false;
  const slice = (deadline?: IdleDeadline) => {
    if (stopped || !wanted()) return;
    do {
      const task = tasks[next++];
      task?.();
    } while (next < tasks.length && deadline !== undefined && deadline.timeRemaining() > ROOM_MS);
    if (next < tasks.length) whenIdle(slice, { timeout: 2000, fallback: 50 });
  };
  if (tasks.length > 0) whenIdle(slice, { timeout: 2000, fallback: 50 });
  return () => {
    stopped = true;
  };
}
