// The game's Phaser draws a 2D-canvas image without saving the canvas' state,
// except around a mask; and the build stops when Phaser's code has moved.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spriteWithoutSave } from '../../src/phaser/sprite-without-save.ts';

const SOURCE = readFileSync('node_modules/phaser/src/renderer/canvas/CanvasRenderer.js', 'utf8');

/** The text of batchSprite in `source`: from its name to the next method. */
function batchSprite(source: string): string {
  const start = source.indexOf('batchSprite: function');
  return source.slice(start, source.indexOf('destroy: function', start));
}

/** Runs a batchSprite body's statements from the save to the restore against a recording context. */
function drawCalls(body: string, masked: boolean): string[] {
  const calls: string[] = [];
  const ctx = new Proxy(
    {},
    {
      get: (_, name) =>
        name === 'globalAlpha'
          ? 1
          : (...args: unknown[]) => calls.push(`${String(name)}${args.length}`),
      set: (_, name) => (calls.push(`set ${String(name)}`), true),
    },
  );
  const from = body.indexOf('camMatrix.setToContext(ctx);');
  const save = body.lastIndexOf('ctx.save', from);
  const saveStart = body.lastIndexOf('\n', save);
  const end = body.indexOf('},', body.lastIndexOf('ctx.restore'));
  const run = new Function(
    'ctx',
    'camMatrix',
    'sprite',
    'frame',
    'camera',
    'x',
    'y',
    'frameX',
    'frameY',
    'frameWidth',
    'frameHeight',
    'res',
    'alpha',
    body.slice(saveStart, end),
  );
  const mask = {
    preRenderCanvas: () => calls.push('mask on'),
    postRenderCanvas: () => calls.push('mask off'),
  };
  run.call(
    { blendModes: ['source-over'] },
    ctx,
    { setToContext: () => calls.push('transform') },
    { mask: masked ? mask : null, blendMode: 0 },
    { source: { scaleMode: 0, image: {} } },
    { roundPixels: false },
    0,
    0,
    0,
    0,
    10,
    10,
    1,
    1,
  );
  return calls;
}

describe('an image drawn on the 2D canvas', () => {
  it('sets its transform, blend mode, alpha and smoothing, and draws, without saving the state', () => {
    const calls = drawCalls(batchSprite(spriteWithoutSave(SOURCE)), false);
    expect(calls).toEqual([
      'transform',
      'set globalCompositeOperation',
      'set globalAlpha',
      'set imageSmoothingEnabled',
      'drawImage9',
    ]);
  });

  it('saves and restores around a mask, as Phaser does', () => {
    const calls = drawCalls(batchSprite(spriteWithoutSave(SOURCE)), true);
    expect(calls[0]).toBe('save0');
    expect(calls.at(-1)).toBe('restore0');
    expect(calls).toContain('mask on');
  });

  it("is Phaser's own drawing otherwise: the same statements but the save and restore", () => {
    const strip = (s: string) =>
      s.replace(/if \(sprite\.mask\) \{ ctx\.(save|restore)\(\); \}|ctx\.(save|restore)\(\);/g, '');
    expect(strip(batchSprite(spriteWithoutSave(SOURCE)))).toBe(strip(batchSprite(SOURCE)));
    expect(drawCalls(batchSprite(SOURCE), false)).toEqual([
      'save0',
      'transform',
      'set globalCompositeOperation',
      'set globalAlpha',
      'set imageSmoothingEnabled',
      'drawImage9',
      'restore0',
    ]);
  });

  it('stops the build, naming this patch, when Phaser no longer draws this way', () => {
    expect(() => spriteWithoutSave(SOURCE.replace(/ctx\.save\(\);/g, ''))).toThrow(
      /sprite-without-save/,
    );
  });
});
