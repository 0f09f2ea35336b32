// Words a student may not know ("Pareto frontier", "Boulware"), each with a
// "?" that opens its one-sentence meaning below the row: a disclosure button
// (aria-expanded, aria-controls) in the DOM layer, so a click, a tap, Enter or
// Space opens it, Escape closes it, and a screen reader hears the meaning.
import type * as Phaser from 'phaser';
import type { Overlay, Rect } from '../../src/ui/overlay.ts';
import { COLORS, textStyle } from './theme.ts';

export interface GlossaryEntry {
  term: string;
  definition: string;
  /** The button's name for screen readers: "What is “Nash point”?" */
  ask: string;
}

const CHIP_HEIGHT = 28;
const GAP = 8;

let nextId = 0;

/** Draws the row of terms at `rect` and their meaning under it; everything goes with the scene. */
export function addGlossary(
  scene: Phaser.Scene,
  overlay: Overlay,
  rect: Rect,
  entries: readonly GlossaryEntry[],
  size = 13,
): void {
  const meaning = scene.add.text(
    rect.x,
    rect.y + CHIP_HEIGHT + 6,
    '',
    textStyle(size, COLORS.text, { wordWrap: { width: rect.width }, lineSpacing: 2 }),
  );
  const region = overlay.text(
    { x: rect.x, y: rect.y + CHIP_HEIGHT + 6, width: rect.width, height: rect.height - 34 },
    undefined,
    ' ',
  );
  region.id = `glossary-${++nextId}`;
  region.setAttribute('aria-live', 'polite');
  const said = region.querySelector('p');
  let open = -1;
  const chips: { draw: () => void; element: HTMLButtonElement }[] = [];
  const show = (index: number) => {
    open = index;
    const text = entries[index]?.definition ?? '';
    meaning.setText(text);
    if (said) said.textContent = text;
    chips.forEach((c, i) => {
      c.element.setAttribute('aria-expanded', String(i === open));
      c.draw();
    });
  };

  let x = rect.x;
  entries.forEach((entry, index) => {
    const label = scene.add
      .text(0, 0, `${entry.term} ?`, textStyle(size, COLORS.text))
      .setOrigin(0.5);
    const width = Math.ceil(label.width) + 20;
    const chip = { x, y: rect.y, width, height: CHIP_HEIGHT };
    label.setPosition(chip.x + width / 2, chip.y + CHIP_HEIGHT / 2);
    const graphics = scene.add.graphics();
    label.setDepth(1);
    const draw = () => {
      if (!graphics.scene) return;
      graphics.clear();
      graphics.fillStyle(open === index ? COLORS.buttonPressed : COLORS.button, 1);
      graphics.fillRoundedRect(chip.x, chip.y, chip.width, chip.height, CHIP_HEIGHT / 2);
    };
    const control = overlay.button({
      label: entry.ask,
      rect: chip,
      group: 'glossary',
      onActivate: () => show(open === index ? -1 : index),
    });
    control.element.setAttribute('aria-expanded', 'false');
    control.element.setAttribute('aria-controls', region.id);
    overlay.listen(control.element, 'keydown', (e) => {
      if (e.key === 'Escape' && open === index) {
        e.stopPropagation();
        show(-1);
      }
    });
    chips.push({ draw, element: control.element });
    draw();
    x += width + GAP;
  });
}
