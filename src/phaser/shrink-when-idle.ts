// Freed canvases shrunk in idle time, not at once. Phaser keeps every canvas
// it makes (a text's, a baked drawing's) in a pool; when one is given back it
// sets the canvas to 1 × 1 there and then, to free its pixels, and a browser
// takes about half a millisecond for each, more on a slow computer: a scene
// of a hundred and fifty texts shutting down held the page for a third of a
// second before the next screen showed (issue 15, the ending). The game's
// Phaser (scripts/phaser-entry-plugin.ts) hands each freed canvas here
// instead: it is shrunk when the page is idle, a few at a time, unless Phaser
// has taken it again for another text by then (which sizes it anew).
//
// Phaser's pool never lets a canvas go: it held as many as the most texts ever
// up at once, and that peak depended on how many of a screen's texts idle time
// had destroyed before the next screen's were made (scenes/destroy-later.ts):
// on the title after one game the page had 292 to 306 DOM nodes, after twenty
// 312 (the memory bench, session 19). So once a stopped screen's objects are
// all destroyed, the pool lets go of every free canvas (letGoOfFreeCanvases):
// a screen's canvases are then its own texts' and those it freed itself,
// whatever came before (220 nodes on the title after every game).
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
/** Phaser's pool, known from the first canvas freed. */
let knownPool: PooledCanvas[] | null = null;

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

/** `container`, of `pool`, was just freed (its parent set to null): shrink its canvas soon, if it is still free then. */
export function shrinkWhenIdle(container: PooledCanvas, pool: PooledCanvas[]): void {
  knownPool = pool;
  waiting.add(container);
  schedule();
}

/**
 * Takes every free canvas out of Phaser's pool, shrunk or not (a canvas let go
 * needs no shrinking: its pixels go with it): Phaser makes a new one for the
 * next text that finds none free.
 */
export function letGoOfFreeCanvases(): void {
  if (!knownPool) return;
  let kept = 0;
  for (const container of knownPool) {
    if (container.parent === null) waiting.delete(container);
    else knownPool[kept++] = container;
  }
  knownPool.length = kept;
}

/** Freed canvases not yet shrunk (0 once idle time has caught up). */
export function canvasesWaiting(): number {
  return waiting.size;
}
