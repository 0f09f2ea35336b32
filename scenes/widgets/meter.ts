// A meter: its name, a bar with its number (readable without colour), marks
// at the thresholds that end the call, a ⚠ beside the number (as well as the
// red bar) when it nears one, and a floating note when it moves with its cause
// ("+8 Pressure: threat"). The bar eases to the new value; with reduced motion
// it jumps there and the note fades where it stands.
import type * as Phaser from 'phaser';
import { COLORS, fitText, textStyle } from './theme.ts';

/** The threshold a meter's value is near (within 20), if any: the bar turns red and a ⚠ shows. */
export function nearLimit(value: number, limits: number[]): number | undefined {
  return limits.find((l) => (l >= 50 && value >= l - 20) || (l < 50 && value <= l + 20));
}

export interface MeterWidget {
  set(value: number, note?: string, reducedMotion?: boolean): void;
  destroy(): void;
}

export function addMeter(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  name: string,
  value: number,
  limits: number[],
): MeterWidget {
  const label = scene.add.text(x, y, name, textStyle(15, COLORS.muted));
  const number = scene.add
    .text(
      x + width,
      y,
      String(Math.round(value)),
      textStyle(15, COLORS.text, { fontStyle: 'bold' }),
    )
    .setOrigin(1, 0);
  // At a larger text size the name gives way to the number, and the bar moves down below them.
  fitText(label, 15, { width: width - number.width - 32 });
  const bar = scene.add.graphics();
  const notes: Phaser.GameObjects.Text[] = [];
  const shown = { value };
  const top = y + Math.max(22, label.height + 2);
  const draw = () => {
    bar.clear();
    bar.fillStyle(COLORS.panelEdge, 1);
    bar.fillRoundedRect(x, top, width, 12, 6);
    const danger = nearLimit(shown.value, limits) !== undefined;
    bar.fillStyle(danger ? COLORS.bad : COLORS.accent, 1);
    bar.fillRoundedRect(x, top, Math.max(6, (width * shown.value) / 100), 12, 6);
    for (const l of limits) {
      bar.fillStyle(COLORS.limitMark, 1);
      bar.fillRect(x + (width * l) / 100 - 1, top - 3, 2, 18);
    }
    number.setText(`${Math.round(shown.value)}${danger ? ' ⚠' : ''}`);
  };
  draw();
  let tween: Phaser.Tweens.Tween | undefined;
  let target = value;
  return {
    set(next, note, reducedMotion = false) {
      // Already there or on its way: a redraw of the scene leaves an easing bar alone.
      if (next === target && !note) return;
      target = next;
      tween?.stop();
      if (reducedMotion) {
        shown.value = next;
        draw();
      } else {
        tween = scene.tweens.add({
          targets: shown,
          value: next,
          duration: 600,
          ease: 'Cubic.easeOut',
          onUpdate: draw,
        });
      }
      if (note) {
        const t = scene.add
          .text(
            x + width / 2,
            top + 18,
            note,
            textStyle(13, COLORS.text, { backgroundColor: '#1b2430' }),
          )
          .setOrigin(0.5, 0);
        notes.push(t);
        scene.tweens.add({
          targets: t,
          // Reduced motion: the note only fades, it does not drift.
          ...(reducedMotion ? {} : { y: top + 40 }),
          alpha: 0,
          delay: 1600,
          duration: 900,
          onComplete: () => {
            t.destroy();
            notes.splice(notes.indexOf(t), 1);
          },
        });
      }
    },
    destroy() {
      tween?.stop();
      for (const t of notes) t.destroy();
      for (const obj of [label, number, bar]) obj.destroy();
    },
  };
}
