// A meter: its name, a bar with its number (readable without colour), marks
// at the thresholds that end the call, and a floating note when it moves with
// its cause ("+8 Pressure: threat"). The bar eases to the new value.
import type * as Phaser from 'phaser';
import { COLORS, textStyle } from './theme.ts';

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
  const bar = scene.add.graphics();
  const notes: Phaser.GameObjects.Text[] = [];
  const shown = { value };
  const top = y + 22;
  const draw = () => {
    bar.clear();
    bar.fillStyle(COLORS.panelEdge, 1);
    bar.fillRoundedRect(x, top, width, 12, 6);
    const danger =
      limits.some((l) => l >= 50 && shown.value >= l - 20) ||
      limits.some((l) => l < 50 && shown.value <= l + 20);
    bar.fillStyle(danger ? COLORS.bad : COLORS.accent, 1);
    bar.fillRoundedRect(x, top, Math.max(6, (width * shown.value) / 100), 12, 6);
    for (const l of limits) {
      bar.fillStyle(0xffffff, 1);
      bar.fillRect(x + (width * l) / 100 - 1, top - 3, 2, 18);
    }
    number.setText(String(Math.round(shown.value)));
  };
  draw();
  let tween: Phaser.Tweens.Tween | undefined;
  return {
    set(next, note, reducedMotion = false) {
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
          y: top + (reducedMotion ? 18 : 40),
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
