// Texts made ahead, in idle time, for the styles a scene has been using. A
// Phaser Text is a canvas, a texture and a style before it has a word: on a
// school computer making one cost the call's redraw more than laying out its
// words (issue 15: the transcript's new line, a meter's note). Here a scene's
// `add.text` hands out a text made earlier with the same style, waiting
// unseen, and then gives it its words; a new spare of that style is made in
// the next idle time. Only never-used texts are handed out, so a spare is
// exactly what `add.text` would have made, added last to the display list.
import type * as Phaser from 'phaser';
import { inIdleTime } from '../../src/ui/idle.ts';
import { SCENE_SHUTDOWN } from '../phaser-events.ts';

type MakeText = Phaser.Scene['add']['text'];
type Style = NonNullable<Parameters<MakeText>[3]>;

/** The styles a scene keeps a spare of: the most recently used. */
const STYLES_KEPT = 8;

/** A style as a key: its data written out; none for a style with a function in it (a callback cannot be compared). */
export function styleKey(style: Style | undefined): string | null {
  let plain = true;
  const key = JSON.stringify(style ?? {}, (_, value: unknown) => {
    if (typeof value === 'function') plain = false;
    return value;
  });
  return plain ? key : null;
}

/**
 * The most recently used styles, newest last, at most `kept`: which styles
 * deserve a spare. Pure bookkeeping, apart from Phaser (tested alone).
 */
export class RecentStyles {
  private readonly styles = new Map<string, Style>();

  constructor(private readonly kept = STYLES_KEPT) {}

  use(key: string, style: Style): void {
    this.styles.delete(key);
    this.styles.set(key, style);
    for (const oldest of this.styles.keys()) {
      if (this.styles.size <= this.kept) break;
      this.styles.delete(oldest);
    }
  }

  has(key: string): boolean {
    return this.styles.has(key);
  }

  /** Newest first. */
  entries(): [string, Style][] {
    return [...this.styles].reverse();
  }
}

/**
 * Makes the scene's `add.text` hand out spares: call after the scene's own
 * text factory is set (deferTextUploads); spares are made with it.
 */
export function keepSpareTexts(scene: Phaser.Scene): void {
  const factory = scene.add;
  const make: MakeText = factory.text.bind(factory);
  const spares = new Map<string, Phaser.GameObjects.Text>();
  const recent = new RecentStyles();
  let running = true;
  let refilling = false;
  const alive = () => running && scene.sys.isActive();

  /** The spare of the newest recent style that has none (chosen when it is made, not when asked for). */
  const makeOne = () => {
    const missing = recent.entries().find(([key]) => !spares.has(key));
    if (missing) spares.set(missing[0], make(0, 0, '', missing[1]).setVisible(false));
  };
  // One idle run at a time, however many texts the scene makes meanwhile (a screen makes dozens at once).
  const refill = () => {
    if (refilling) return;
    refilling = true;
    const tasks = Array.from({ length: STYLES_KEPT }, () => makeOne);
    inIdleTime([...tasks, () => (refilling = false)], alive);
  };

  factory.text = (x, y, text, style) => {
    const key = styleKey(style);
    if (key === null || !style) return make(x, y, text, style);
    recent.use(key, style);
    const spare = spares.get(key);
    spares.delete(key);
    refill();
    if (!spare?.scene) return make(x, y, text, style);
    // Last in the display list, where a text made now would be.
    scene.children.bringToTop(spare);
    return spare.setPosition(x, y).setVisible(true).setText(text);
  };

  scene.events.once(SCENE_SHUTDOWN, () => {
    running = false;
    // The spares go with the scene's other objects (destroy-later.ts).
    spares.clear();
  });
}
