// The canvas drawn only on change, and a scene's redraw in steps kept apart
// from drawing: a frame that starts with steps to run runs them undrawn, the
// next draws them and runs none, and nothing is drawn once all is shown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Phaser from 'phaser';
import { drawApart, drawOnlyOnChange, drawOwed, drawSoon } from '../../scenes/draw-on-change.ts';

/** A game whose loop records, frame by frame, whether it drew ('drawn') or only updated ('undrawn'). */
function fakeGame(update: () => void = () => {}) {
  const frames: ('drawn' | 'undrawn')[] = [];
  const scene = {
    scene: { key: 'call' },
    tweens: { getTweens: () => [] },
  };
  const game = {
    scene: { getScenes: () => [scene] },
    events: { once: () => {} },
    loop: {
      callback: (_time: number, _delta: number) => {
        update();
        frames.push('drawn');
      },
    },
    headlessStep: () => {
      update();
      frames.push('undrawn');
    },
  };
  drawOnlyOnChange(game as unknown as Phaser.Game);
  let time = 0;
  const frame = () => game.loop.callback((time += 16), 16);
  return { game: game as unknown as Phaser.Game, frames, frame };
}

describe('drawing only on change', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws the frames after a change, then none until the next', () => {
    vi.stubGlobal('window', { addEventListener: () => {}, removeEventListener: () => {} });
    const { game, frames, frame } = fakeGame();
    for (let i = 0; i < 6; i++) frame();
    expect(frames).toEqual(['drawn', 'drawn', 'drawn', 'undrawn', 'undrawn', 'undrawn']);
    drawSoon(game, 1);
    frame();
    frame();
    expect(frames.slice(6)).toEqual(['drawn', 'undrawn']);
  });

  it('runs a redraw in steps in frames of their own, and draws each in the next frame', () => {
    vi.stubGlobal('window', { addEventListener: () => {}, removeEventListener: () => {} });
    let left = 0;
    const owedDuringUpdate: boolean[] = [];
    // The scene's update: a step a frame, unless the frame draws the last one's (standoff-scene.ts).
    const { game, frames, frame } = fakeGame(() => {
      owedDuringUpdate.push(drawOwed(game));
      if (left > 0 && !drawOwed(game)) {
        left--;
        drawSoon(game, 1);
      }
    });
    const stop = drawApart(game, () => left > 0);
    for (let i = 0; i < 4; i++) frame(); // the first frames after the start: nothing left to run
    frames.length = 0;
    owedDuringUpdate.length = 0;
    left = 2;
    for (let i = 0; i < 6; i++) frame();
    expect(frames).toEqual(['undrawn', 'drawn', 'undrawn', 'drawn', 'undrawn', 'undrawn']);
    // The drawn frames ran no step; every step ran in an undrawn frame.
    expect(owedDuringUpdate).toEqual([false, true, false, true, false, false]);
    expect(left).toBe(0);
    expect(drawOwed(game)).toBe(false);
    // A scene gone: its steps no longer hold the drawing.
    stop();
    left = 1;
    drawSoon(game, 1);
    frame();
    expect(frames.at(-1)).toBe('drawn');
  });
});
