// What the canvas shows, as boxes, for the layout test (test/e2e/overflow.test.ts):
// every visible text with its bounds, and the boxes texts must stay in — the
// panels the scenes draw and each button's own rect for its label. Only what
// is on screen is reported (the words drawn, never a value behind them), so
// the hook can stay in the built game without telling a player anything more.
import * as Phaser from 'phaser';
import type { Rect } from '../../src/ui/overlay.ts';

const boxes = new WeakMap<Phaser.GameObjects.GameObject, Rect>();
const painted = new WeakMap<Phaser.GameObjects.GameObject, readonly PaintedText[]>();

/** A text that must stay inside `rect` (a button's label), or a graphics that draws a panel. */
export function markBox(object: Phaser.GameObjects.GameObject, rect: Rect): void {
  boxes.set(object, rect);
}

/** Words painted on an image (a chart's labels): what they say, where, and their size in game pixels. */
export interface PaintedText {
  text: string;
  bounds: Rect;
  fontSize: number;
}

/** The words painted on `image`, reported as texts of their own while the image shows. */
export function markPainted(
  image: Phaser.GameObjects.GameObject,
  texts: readonly PaintedText[],
): void {
  painted.set(image, texts);
}

export interface DrawnText {
  scene: string;
  text: string;
  bounds: Rect;
  /** Its font size in game pixels. */
  fontSize: number;
  /** The rect this text must stay inside, when it has one of its own (a button's label). */
  box?: Rect;
}

export interface DrawnLayout {
  /** CSS pixels per game unit: the canvas' size on the page over 1280. */
  scale: number;
  texts: DrawnText[];
  panels: { scene: string; rect: Rect }[];
}

function visible(o: Phaser.GameObjects.GameObject): boolean {
  const v = o as Phaser.GameObjects.GameObject & { visible?: boolean; alpha?: number };
  return v.visible !== false && (v.alpha ?? 1) > 0.05;
}

/** The texts and panels of every running scene, in game units (1280×720). */
export function drawnLayout(game: Phaser.Game): DrawnLayout {
  const texts: DrawnText[] = [];
  const panels: DrawnLayout['panels'] = [];
  for (const scene of game.scene.getScenes(true)) {
    const key = scene.scene.key;
    for (const o of scene.children.list) {
      if (!visible(o)) continue;
      const box = boxes.get(o);
      for (const p of painted.get(o) ?? [])
        texts.push({ scene: key, ...p, text: p.text.slice(0, 60) });
      if (o instanceof Phaser.GameObjects.Text) {
        if (o.text.trim() === '') continue;
        const b = o.getBounds();
        texts.push({
          scene: key,
          text: o.text.slice(0, 60),
          bounds: { x: b.x, y: b.y, width: b.width, height: b.height },
          fontSize: Number.parseFloat(String(o.style.fontSize)),
          ...(box ? { box } : {}),
        });
      } else if (box) panels.push({ scene: key, rect: box });
    }
  }
  const canvas = game.canvas.getBoundingClientRect();
  return { scale: canvas.width / game.scale.width, texts, panels };
}
