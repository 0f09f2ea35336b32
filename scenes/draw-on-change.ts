// The canvas drawn only when something on it may have changed. When the
// browser composites in software (a Chromebook without GPU compositing,
// headless Chromium), every frame the game draws is redrawn pixel by pixel by
// the software WebGL and read back whole: most of a frame's cost on a slow
// computer, even when nothing moved. So the game loop still runs every frame
// (the scenes' updates, timers, tweens, input, the loader), but the canvas is
// drawn only while something moves (a tween, a load), when a timer changes
// what it shows (a line typing, a face talking: they call `drawSoon`), for a
// few frames after a change (the store, the pointer,
// a key, the focus, the window's size, a scene started or stopped), and at
// least every half second whatever happens. Between draws the page keeps
// showing the last frame drawn.
//
// A scene's redraw in steps (steps-over-frames.ts) and the drawing of a frame
// never share a frame: a frame that starts with steps to run runs them undrawn,
// and the next one draws them and runs none. On a slow computer each costs
// as much as a frame can hold (the CPU throttled 4×: a step 15–25 ms, a drawn
// frame 30–45 ms with the 2D canvas copied out for the page), and together they
// made the call's long tasks (issue 15). A fast one sees its change a frame
// (16 ms) later.
import type * as Phaser from 'phaser';

/** Frames drawn after a change: the change's own, and two more for anything it set off. */
const AFTER_CHANGE = 3;
/** The longest the canvas goes undrawn. */
const AT_LEAST_MS = 500;
/** The page's events that may change what the canvas shows. */
const WAKE_EVENTS = [
  'pointermove',
  'pointerdown',
  'pointerup',
  'wheel',
  'keydown',
  'keyup',
  'focusin',
  'focusout',
  'resize',
] as const;

interface Drawing {
  /** Frames still to draw whatever happens. */
  due: number;
  drawnAt: number;
  /** The running scenes' keys when last drawn. */
  scenes: string;
  /** Each scene's probe (drawApart): whether it has steps of its redraw still to run. */
  steps: Set<() => boolean>;
  /** The last frame ran steps undrawn: this one draws them, and runs none. */
  owed: boolean;
}

const drawings = new WeakMap<Phaser.Game, Drawing>();

/** The parts of a running scene that move on their own: its tweens, its loader. */
interface Moving {
  tweens: { getTweens(): Phaser.Tweens.Tween[] };
  /** Only in scenes that load files (the trimmed Phaser gives others no loader). */
  load?: { isLoading(): boolean };
}

/**
 * Whether a tween changes something this frame: playing, and one of its values
 * easing. A tween waiting out its delay or holding (a note shown for two
 * seconds before it fades) changes nothing, so it draws nothing.
 */
function easing(tween: Phaser.Tweens.Tween): boolean {
  return (
    tween.isPlaying() &&
    tween.data.some((d) =>
      'isPendingRender' in d
        ? d.isPlayingForward() || d.isPlayingBackward() || d.isPendingRender()
        : easing(d),
    )
  );
}

function moves(scene: Phaser.Scene): boolean {
  const s = scene as unknown as Moving;
  return s.tweens.getTweens().some(easing) || s.load?.isLoading() === true;
}

/** Whether the frame at `time` must be drawn; `running`: the scenes running, `keys`: their keys. */
function mustDraw(d: Drawing, time: number, running: Phaser.Scene[], keys: string): boolean {
  return d.due > 0 || keys !== d.scenes || time - d.drawnAt >= AT_LEAST_MS || running.some(moves);
}

function stepsPending(d: Drawing): boolean {
  for (const pending of d.steps) if (pending()) return true;
  return false;
}

/** Notes the frame at `time` as drawn, as it starts (a change its update asks to draw draws the next frame too). */
function noteDrawn(d: Drawing, time: number, keys: string): void {
  d.due = Math.max(0, d.due - 1);
  d.drawnAt = time;
  d.scenes = keys;
}

/**
 * Something on the canvas may have changed (a store change a scene shows, a
 * timer's step): draw the next `frames` frames. A scene's timer that changes
 * what is shown calls it (one frame is enough: its change is made); otherwise
 * its change shows within half a second.
 */
export function drawSoon(game: Phaser.Game, frames = AFTER_CHANGE): void {
  const d = drawings.get(game);
  if (d) d.due = Math.max(d.due, frames);
}

/**
 * Keeps a scene's steps apart from drawing (see above) while `pending` says
 * it has some to run; returns the way to stop (the scene shuts down).
 */
export function drawApart(game: Phaser.Game, pending: () => boolean): () => void {
  const d = drawings.get(game);
  d?.steps.add(pending);
  return () => d?.steps.delete(pending);
}

/** Whether this frame draws steps run undrawn in the last one: it runs none of its own. */
export function drawOwed(game: Phaser.Game): boolean {
  return drawings.get(game)?.owed ?? false;
}

/**
 * From now on `game` draws its canvas only on change (see above). Once per
 * game: a second call does nothing. Stops with the game.
 */
export function drawOnlyOnChange(game: Phaser.Game): void {
  if (drawings.has(game)) return;
  const d: Drawing = {
    due: AFTER_CHANGE,
    drawnAt: -Infinity,
    scenes: '',
    steps: new Set(),
    owed: false,
  };
  drawings.set(game, d);
  const loop = game.loop;
  const step = loop.callback;
  loop.callback = (time: number, delta: number) => {
    if (!d.owed && stepsPending(d)) {
      // The steps run in this frame's update (their scene's own listener), undrawn.
      game.headlessStep(time, delta);
      d.owed = true;
      return;
    }
    const running = game.scene.getScenes(true);
    const keys = running.map((s) => s.scene.key).join(' ');
    if (d.owed || mustDraw(d, time, running, keys)) {
      noteDrawn(d, time, keys);
      step(time, delta);
      d.owed = false;
    } else game.headlessStep(time, delta);
  };
  const wake = () => drawSoon(game);
  for (const type of WAKE_EVENTS) window.addEventListener(type, wake, true);
  game.events.once('destroy', () => {
    for (const type of WAKE_EVENTS) window.removeEventListener(type, wake, true);
  });
}
