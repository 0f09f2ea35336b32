// The call's room, behind everything: calm blue-black at ease, a warmer,
// darker room with shadowed edges as the line nears breaking. The room's
// colour is the canvas' clear colour (a full-screen fill each frame costs a
// slow computer dearly); the vignette is one drawing of black bands fading
// inwards at the edges, whose alpha follows the tension. It stays a drawing:
// flat colour, which a software WebGL fills far faster than it samples a
// texture over the same area.
import * as Phaser from 'phaser';
import { COLORS } from './widgets/theme.ts';

const BANDS = 8;
const BAND = 10;
const W = 1280;
const H = 720;

export interface Room {
  /** Eases the light to the call's tension (at once with reduced motion). */
  setTension(tension: number, reducedMotion: boolean): void;
}

/** The four edges' bands: band i (from the edge) at alpha 1 − i/8, scaled by the drawing's alpha. */
function addVignette(scene: Phaser.Scene): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics().setDepth(-10);
  for (let i = 0; i < BANDS; i++) {
    const e = i * BAND;
    g.fillStyle(0x000000, 1 - i / BANDS);
    g.fillRect(0, e, W, BAND);
    g.fillRect(0, H - BAND - e, W, BAND);
    g.fillRect(e, 0, BAND, H);
    g.fillRect(W - BAND - e, 0, BAND, H);
  }
  return g;
}

export function addRoom(
  scene: Phaser.Scene,
  tension: number,
  setClearColor: (color: number) => void,
): Room {
  const vignette = addVignette(scene);
  const light = { tension };
  let tween: Phaser.Tweens.Tween | undefined;
  const draw = () => {
    const t = Math.max(0, Math.min(1, (light.tension - 0.3) / 0.7));
    const calm = Phaser.Display.Color.IntegerToColor(COLORS.background);
    const tense = Phaser.Display.Color.IntegerToColor(COLORS.tenseRoom);
    const mix = Phaser.Display.Color.Interpolate.ColorWithColor(calm, tense, 100, t * 100);
    setClearColor(Phaser.Display.Color.GetColor(mix.r, mix.g, mix.b));
    vignette.setAlpha(0.05 + 0.1 * t);
  };
  draw();
  return {
    setTension(next, reducedMotion) {
      if (Math.abs(next - light.tension) < 0.01 && !tween?.isPlaying()) return;
      tween?.stop();
      if (reducedMotion) {
        light.tension = next;
        draw();
        return;
      }
      tween = scene.tweens.add({ targets: light, tension: next, duration: 900, onUpdate: draw });
    },
  };
}
