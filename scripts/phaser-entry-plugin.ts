// Builds the game against its own Phaser (src/phaser/entry.js: only the
// modules the scenes use) instead of the whole prebuilt library: `phaser`
// imported from the game's code (src/, scenes/) resolves to that entry, which
// imports Phaser 4's sources (`phaser-src/…`); and Phaser's build-time flags
// are set as its own webpack build sets them (`typeof WEBGL_RENDERER` …):
// WebGL and Canvas renderers kept, sound (Howler plays ours), WebGL debugging,
// the 3D camera and Facebook Instant Games left out; the texture shader's tint
// step replaced by one without branches (src/phaser/lean-tint.ts); a freed
// canvas shrunk in idle time, not at once, and the free ones let go once a
// stopped screen is cleaned up (src/phaser/shrink-when-idle.ts); and
// the 2D canvas' images drawn without saving its state for each
// (src/phaser/sprite-without-save.ts); and each font's height measured once
// (src/phaser/measure-once.ts).
// Anything else importing `phaser` (the bench's bare page) still gets the whole
// library.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { LEAN_APPLY_TINT_MODULE } from '../src/phaser/lean-tint.ts';
import { spriteWithoutSave } from '../src/phaser/sprite-without-save.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PHASER_ENTRY = `${ROOT}src/phaser/entry.js`;
const PHASER_SRC = `${ROOT}node_modules/phaser/src/`;

/** Phaser's build-time flags: `typeof NAME` in its sources becomes this value. */
export const PHASER_FLAGS: Record<string, boolean> = {
  WEBGL_RENDERER: true,
  CANVAS_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

const FLAG = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');
const GAME_CODE = [`${ROOT}src/`, `${ROOT}scenes/`];
/** Phaser's tint step of the texture shader, which the game's Phaser replaces. */
const APPLY_TINT = `${PHASER_SRC}renderer/webgl/shaders/ApplyTint-glsl.js`;
/** Phaser's pool of canvases, whose freed canvases the game's Phaser shrinks in idle time, and lets go. */
const CANVAS_POOL = `${PHASER_SRC}display/canvas/CanvasPool.js`;
const SHRINK_AT_ONCE =
  /container\.parent = null;\s*container\.canvas\.width = 1;\s*container\.canvas\.height = 1;/;
/** The pool itself, handed over with each freed canvas: the free ones are let go from it. */
const POOL_ARRAY = /^var pool = \[\];$/m;
const SHRINK_WHEN_IDLE = `${ROOT}src/phaser/shrink-when-idle.ts`;
/** Phaser's measure of a font's height, which the game's Phaser makes once per font. */
const MEASURE_TEXT = `${PHASER_SRC}gameobjects/text/MeasureText.js`;
const MEASURE_EXPORT = /module\.exports = MeasureText;\s*$/;
const MEASURE_ONCE = `${ROOT}src/phaser/measure-once.ts`;
/** Phaser's 2D-canvas renderer, whose images the game's Phaser draws without saving the state each time. */
const CANVAS_RENDERER = `${PHASER_SRC}renderer/canvas/CanvasRenderer.js`;

export function phaserEntry(): Plugin {
  return {
    name: 'standoff-phaser-entry',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'phaser' && importer && GAME_CODE.some((dir) => importer.startsWith(dir)))
        return PHASER_ENTRY;
      if (source.startsWith('phaser-src/'))
        return `${PHASER_SRC}${source.slice('phaser-src/'.length)}`;
      return null;
    },
    transform(code, id) {
      if (id === APPLY_TINT) return { code: LEAN_APPLY_TINT_MODULE, map: null };
      if (!id.startsWith(PHASER_SRC)) return null;
      let out = code;
      if (id === CANVAS_POOL) {
        // The build fails, naming the file, when a new Phaser no longer has the code replaced.
        if (!SHRINK_AT_ONCE.test(out)) this.error(`${id} no longer has ${SHRINK_AT_ONCE}`);
        if (!POOL_ARRAY.test(out)) this.error(`${id} no longer has ${POOL_ARRAY}`);
        const idle = `container.parent = null; require(${JSON.stringify(SHRINK_WHEN_IDLE)}).shrinkWhenIdle(container, pool);`;
        out = out.replace(SHRINK_AT_ONCE, idle);
      }
      if (id === MEASURE_TEXT) {
        if (!MEASURE_EXPORT.test(out)) this.error(`${id} no longer ends with ${MEASURE_EXPORT}`);
        const once = `module.exports = require(${JSON.stringify(MEASURE_ONCE)}).measuredOnce(MeasureText);\n`;
        out = out.replace(MEASURE_EXPORT, once);
      }
      if (id === CANVAS_RENDERER) {
        try {
          out = spriteWithoutSave(out);
        } catch (e) {
          this.error(`${id}: ${(e as Error).message}`);
        }
      }
      out = out.replace(FLAG, (_, name: string) => String(PHASER_FLAGS[name]));
      return out === code ? null : { code: out, map: null };
    },
  };
}
