// Freed canvases shrunk in idle time, not at once. Phaser keeps every canvas
// it makes (a text's, a baked drawing's) in a pool; when one is given back it
// sets the canvas to 1 × 1 there and then, to free its pixels, and a browser
// takes about half a millisecond for each, more on a slow computer: a scene
// of a hundred and fifty texts shutting down held the page for a third of a
// second before the next screen showed (issue 15, the ending). The game's
// Phaser (scripts/phaser-entry-plugin.ts) hands each freed canvas here
// instead: it is shrunk when the page is idle, a few at a time, unless Phaser
// has taken it again for another text by then (which sizes it anew).
import { whenIdle } from '../ui/idle.ts';

/** A canvas of Phaser's pool; free while `parent` is null. */
export interface PooledCanvas {
  parent: unknown;
  canvas: HTMLCanvasElement;
}

/** At most this long of an idle period goes on shrinking, in ms. */
const SLICE_MS = 8;
/** Without idle callbacks (Safari): a few canvases a turn. */
const PER_TURN = 8;

const waiting = new Set<PooledCanvas>();
let scheduled = false;

function shrink(container: PooledCanvas): void {
  waiting.delete(container);
  if (container.parent !== null) return;
  container.canvas.width = 1;
  container.canvas.height = 1;
}

function shrinkSome(idle?: IdleDeadline): void {
  scheduled = false;
  const until = performance.now() + Math.min(SLICE_MS, idle?.timeRemaining() ?? SLICE_MS);
  let done = 0;
  for (const container of waiting) {
    if (idle ? performance.now() >= until : done >= PER_TURN) break;
    shrink(container);
    done++;
  }
  if (waiting.size > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  whenIdle(shrinkSome, { timeout: 2000, fallback: 50 });
}

/** `container` was just freed (its parent set to null): shrink its canvas soon, if it is still free then. */
export function shrinkWhenIdle(container: PooledCanvas): void {
  waiting.add(container);
  schedule();
}
