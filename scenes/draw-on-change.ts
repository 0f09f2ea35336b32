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

/** Whether the frame at `time` must be drawn; notes it as drawn when so. */
function mustDraw(game: Phaser.Game, d: Drawing, time: number): boolean {
  const running = game.scene.getScenes(true);
  const keys = running.map((s) => s.scene.key).join(' ');
  const draw =
    d.due > 0 || keys !== d.scenes || time - d.drawnAt >= AT_LEAST_MS || running.some(moves);
  if (draw) {
    d.due = Math.max(0, d.due - 1);
    d.drawnAt = time;
    d.scenes = keys;
  }
  return draw;
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
 * From now on `game` draws its canvas only on change (see above). Once per
 * game: a second call does nothing. Stops with the game.
 */
export function drawOnlyOnChange(game: Phaser.Game): void {
  if (drawings.has(game)) return;
  const d: Drawing = { due: AFTER_CHANGE, drawnAt: -Infinity, scenes: '' };
  drawings.set(game, d);
  const loop = game.loop;
  const step = loop.callback;
  loop.callback = (time: number, delta: number) => {
    if (mustDraw(game, d, time)) step(time, delta);
    else game.headlessStep(time, delta);
  };
  const wake = () => drawSoon(game);
  for (const type of WAKE_EVENTS) window.addEventListener(type, wake, true);
  game.events.once('destroy', () => {
    for (const type of WAKE_EVENTS) window.removeEventListener(type, wake, true);
  });
}
