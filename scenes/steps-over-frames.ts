// A scene's redraw after a store change, spread over the frames to come. The
// call scene redraws its transcript, meters, table and moves when the store
// changes: on a slow computer (the CPU throttled 4×) that is 100–130 ms in one
// go, a long task that freezes the page. Split in steps, each frame runs as
// many as fit in a budget (at least one), so no frame runs them all; on a fast
// computer they all fit in the first frame. A change while steps are left
// marks every step to run again, carrying on from where it was, in order, so
// a stream of changes cannot keep the last steps from ever running. Once every
// step has run, the input is let go (in hot seat it is one player's own view,
// which the next player's screen must not hold). A step can ask for a frame
// of its own start (`startingAFrame`): moving the keyboard's focus lays out
// the page, and after the other steps' changes that is all of their layout at
// once; at the start of a frame the page is laid out already.

/** The time a frame gives the steps before it leaves the rest to the next frame. */
const FRAME_BUDGET_MS = 8;

/** A step run only first in its frame (see `startingAFrame`). */
interface FrameStarter<T> {
  run: (input: T) => void;
  startsFrame: true;
}

export type Step<T> = ((input: T) => void) | FrameStarter<T>;

/** `run` as a step that is never run after another in the same frame. */
export function startingAFrame<T>(run: (input: T) => void): Step<T> {
  return { run, startsFrame: true };
}

export class StepsOverFrames<T> {
  /** The input the steps left run with: the newest. */
  private input: T | null = null;
  /** Which steps are still to run with it. */
  private pending: boolean[];
  /** The step to look at first. */
  private next = 0;

  constructor(
    private readonly steps: readonly Step<T>[],
    private readonly clock: () => number = () => performance.now(),
    private readonly budgetMs = FRAME_BUDGET_MS,
  ) {
    this.pending = steps.map(() => false);
  }

  /** Every step is to run (again) with `input`, the newest. */
  start(input: T): void {
    this.input = input;
    this.pending.fill(true);
  }

  /** Whether some step is still to run. */
  busy(): boolean {
    return this.pending.includes(true);
  }

  /** One frame's share: steps in order until the budget is spent (at least one); true when one ran. */
  run(): boolean {
    const started = this.clock();
    let ran = 0;
    // At most one round a frame: a step that changes the store starts them all again.
    while (
      this.busy() &&
      ran < this.steps.length &&
      (ran === 0 || (this.clock() - started < this.budgetMs && !this.nextStartsFrame()))
    ) {
      this.runNext();
      ran++;
    }
    return ran > 0;
  }

  /** Every step left, now, in one round at most (the scene's first drawing, whole). */
  finish(): void {
    for (let ran = 0; ran < this.steps.length && this.busy(); ran++) this.runNext();
  }

  private nextStartsFrame(): boolean {
    this.skipToPending();
    const step = this.steps[this.next];
    return step !== undefined && typeof step !== 'function';
  }

  private skipToPending(): void {
    while (!this.pending[this.next]) this.next = (this.next + 1) % this.steps.length;
  }

  private runNext(): void {
    this.skipToPending();
    const at = this.next;
    this.pending[at] = false;
    this.next = (at + 1) % this.steps.length;
    const input = this.input as T;
    if (!this.busy()) this.input = null;
    const step = this.steps[at];
    if (typeof step === 'function') step(input);
    else step?.run(input);
  }

  /** Drops the steps left and their input (the scene is gone). */
  clear(): void {
    this.pending.fill(false);
    this.input = null;
  }
}
