// A scene's redraw after a store change, spread over the frames to come. The
// call scene redraws its transcript, meters, table and moves when the store
// changes: on a slow computer (the CPU throttled 4×) that is 100–130 ms in one
// go, a long task that freezes the page. Split in steps, each frame runs as
// many as fit in a budget (at least one), so no frame runs them all; on a fast
// computer they all fit in the first frame. A change while steps are left
// marks every step to run again, carrying on from where it was, in order, so
// a stream of changes cannot keep the last steps from ever running. Once every
// step has run, the input is let go (in hot seat it is one player's own view,
// which the next player's screen must not hold).

/** The time a frame gives the steps before it leaves the rest to the next frame. */
const FRAME_BUDGET_MS = 8;

export class StepsOverFrames<T> {
  /** The input the steps left run with: the newest. */
  private input: T | null = null;
  /** Which steps are still to run with it. */
  private pending: boolean[];
  /** The step to look at first. */
  private next = 0;

  constructor(
    private readonly steps: readonly ((input: T) => void)[],
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
      (ran === 0 || this.clock() - started < this.budgetMs)
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

  private runNext(): void {
    while (!this.pending[this.next]) this.next = (this.next + 1) % this.steps.length;
    const at = this.next;
    this.pending[at] = false;
    this.next = (at + 1) % this.steps.length;
    const input = this.input as T;
    if (!this.busy()) this.input = null;
    this.steps[at]?.(input);
  }

  /** Drops the steps left and their input (the scene is gone). */
  clear(): void {
    this.pending.fill(false);
    this.input = null;
  }
}
