// A meter: its name, a bar with its number (readable without colour), marks
// at the thresholds that end the call, a ⚠ beside the number (as well as the
// red bar) when it nears one, and a floating note when it moves with its cause
// ("+8 Pressure: threat"), shown for a moment in the place of its name so notes
// never pile up or run into the transcript below (a newer note replaces the
// last). The bar eases to the new value; with reduced motion it jumps there and
// the note only fades.
import type * as Phaser from 'phaser';
import { COLORS, fitOrCut, fitText, smallerSizes, textStyle } from './theme.ts';
import { addMeterBar } from './meter-bar.ts';

/** The threshold a meter's value is near (within 20), if any: the bar turns red and a ⚠ shows. */
export function nearLimit(value: number, limits: number[]): number | undefined {
  return limits.find((l) => (l >= 50 && value >= l - 20) || (l < 50 && value <= l + 20));
}

export interface MeterWidget {
  set(value: number, note?: string, reducedMotion?: boolean): void;
  destroy(): void;
}

/** A note in the name's place, as wide as the name may be: the cause shortened to the change if need be. */
function addNote(
  scene: Phaser.Scene,
  at: { x: number; y: number; width: number },
  text: string,
): Phaser.GameObjects.Text {
  const room = at.width;
  const t = scene.add.text(
    at.x,
    at.y,
    text,
    textStyle(14, COLORS.accentText, { fontStyle: 'bold' }),
  );
  for (const px of smallerSizes(14, 12)) if (t.width > room) t.setFontSize(px);
  if (t.width > room) t.setText(text.split(/[:：]/)[0] ?? text);
  fitOrCut(t, 14, { width: room });
  return t;
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
  fitOrCut(label, 15, { width: width - number.width - 32 });
  let note: Phaser.GameObjects.Text | undefined;
  let noteTween: Phaser.Tweens.Tween | undefined;
  const dropNote = () => {
    noteTween?.stop();
    note?.destroy();
    note = undefined;
    label.setAlpha(1);
  };
  const shown = { value };
  const top = y + Math.max(22, label.height + 2);
  const bar = addMeterBar(scene, { x, y: top, width }, limits);
  const draw = () => {
    const danger = nearLimit(shown.value, limits) !== undefined;
    bar.set(shown.value, danger);
    number.setText(`${Math.round(shown.value)}${danger ? ' ⚠' : ''}`);
  };
  draw();
  let tween: Phaser.Tweens.Tween | undefined;
  let target = value;
  return {
    set(next, text, reducedMotion = false) {
      // Already there or on its way: a redraw of the scene leaves an easing bar alone.
      if (next === target && !text) return;
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
      if (text) {
        dropNote();
        label.setAlpha(0);
        note = addNote(scene, { x, y, width: width - number.width - 12 }, text);
        noteTween = scene.tweens.add({
          targets: note,
          alpha: 0,
          delay: 2200,
          duration: 700,
          onComplete: dropNote,
        });
      }
    },
    destroy() {
      tween?.stop();
      dropNote();
      for (const obj of [label, number, ...bar.objects]) obj.destroy();
    },
  };
}
