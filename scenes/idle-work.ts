// Work a scene can do before it is needed, done when the page is idle: a few
// tasks a slice, while the browser says it has time left, stopped once the
// scene that wants it is gone. Without idle callbacks (Safari), one task a
// turn of the event loop after a short wait.

/** The time an idle slice must have left to start a task (a task takes a few ms on a slow computer). */
const ROOM_MS = 4;

/** Runs `tasks` in idle time, in order, while `wanted()`; returns a function that stops it. */
export function inIdleTime(tasks: readonly (() => void)[], wanted: () => boolean): () => void {
  let next = 0;
  let stopped = false;
  const slice = (deadline?: IdleDeadline) => {
    if (stopped || !wanted()) return;
    do {
      const task = tasks[next++];
      task?.();
    } while (next < tasks.length && deadline !== undefined && deadline.timeRemaining() > ROOM_MS);
    if (next < tasks.length) schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(slice, { timeout: 2000 });
    else setTimeout(() => slice(), 50);
  };
  if (tasks.length > 0) schedule();
  return () => {
    stopped = true;
  };
}
