// A meter's bar (scenes/widgets/meter.ts) as images baked once: the track, the
// fill in each of its two colours (shown cropped to the value, its rounded end
// a separate cap), and the marks at the thresholds over them. Easing the bar
// moves a crop and a cap, and never redraws a shape.
import type * as Phaser from 'phaser';
import { COLORS } from './theme.ts';
import { bake, bakedLooks } from './baked.ts';

const HEIGHT = 12;
const RADIUS = 6;

export interface MeterBar {
  /** Shows the bar filled to `value` (0–100), red when `danger`. */
  set(value: number, danger: boolean): void;
  objects: Phaser.GameObjects.GameObject[];
}

export function addMeterBar(
  scene: Phaser.Scene,
  box: { x: number; y: number; width: number },
  limits: number[],
): MeterBar {
  const { x, y: top, width } = box;
  const track = bake(scene, { x, y: top, width, height: HEIGHT }, (g) => {
    g.fillStyle(COLORS.panelEdge, 1);
    g.fillRoundedRect(x, top, width, HEIGHT, RADIUS);
  });
  const fill = bakedLooks(scene, { x, y: top, width, height: HEIGHT });
  const cap = bakedLooks(scene, { x, y: top, width: RADIUS, height: HEIGHT });
  const marks = bake(scene, { x: x - 2, y: top - 3, width: width + 4, height: HEIGHT + 6 }, (g) => {
    g.fillStyle(COLORS.limitMark, 1);
    for (const l of limits) g.fillRect(x + (width * l) / 100 - 1, top - 3, 2, HEIGHT + 6);
  });
  return {
    set(value, danger) {
      const color = danger ? COLORS.bad : COLORS.accent;
      const filled = Math.max(RADIUS, (width * value) / 100);
      fill.show(String(color), (g) => {
        g.fillStyle(color, 1);
        g.fillRoundedRect(x, top, width, HEIGHT, RADIUS);
      });
      cap.show(String(color), (g) => {
        g.fillStyle(color, 1);
        g.fillCircle(x, top + RADIUS, RADIUS);
      });
      const straight = Math.max(0, filled - RADIUS);
      fill.image.setCrop(0, 0, straight, HEIGHT);
      cap.image.setX(x + straight);
    },
    objects: [track, fill.image, cap.image, marks],
  };
}
