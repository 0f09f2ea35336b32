// Drawings baked into textures. A Graphics object replays (and re-triangulates)
// its shapes on every frame, and each switch between a Graphics and a Text
// flushes the renderer's batch: on a slow computer with a software WebGL that
// is most of a frame. A drawing that changes rarely is drawn once, with the
// same Graphics commands, into a texture and shown as an Image, which batches
// with the texts. Each texture is removed when its image is destroyed (the
// scene's shutdown destroys them), so games played in a row do not grow; the
// looks shared by the whole game (a button's) are kept for the next screen,
// but only so many that no image shows.
import type * as Phaser from 'phaser';
import type { Rect } from '../../src/ui/overlay.ts';
import { OBJECT_DESTROY } from '../phaser-events.ts';

/** Draws with Graphics commands in the scene's coordinates. */
export type Drawing = (g: Phaser.GameObjects.Graphics) => void;

let made = 0;

/** Paints on a baked drawing's canvas after its Graphics commands (words: painted-labels.ts). */
export type Painting = (ctx: CanvasRenderingContext2D) => void;

/**
 * Draws `draw` (scene coordinates) once into a new texture covering `area`,
 * then `paint` on its canvas, its origin at the area's corner; returns its key.
 */
function bakeTexture(scene: Phaser.Scene, area: Rect, draw: Drawing, paint?: Painting): string {
  const key = `standoff-baked-${made++}`;
  const width = Math.max(1, Math.ceil(area.width));
  const height = Math.max(1, Math.ceil(area.height));
  // Made, drawn from and destroyed at once: never on screen.
  const g = scene.add.graphics();
  g.translateCanvas(-area.x, -area.y);
  draw(g);
  const texture = scene.textures.createCanvas(key, width, height);
  if (texture) {
    // Drawn on the texture's canvas, then painted, then sent to the GPU once (refresh).
    g.generateTexture(texture.getSourceImage() as HTMLCanvasElement, width, height);
    if (paint) paint(texture.getContext());
    texture.refresh();
  }
  // Phaser's canvas renderer adds the Graphics to the shared camera generateTexture
  // draws with, and nothing empties that camera's list (a scene's cameras empty theirs
  // each frame): every baked drawing, destroyed, was kept there, ~150 a game.
  // (Reached through the drawing's class: this module imports Phaser's types only.)
  const shared = g.constructor as Partial<typeof Phaser.GameObjects.Graphics>;
  if (shared.TargetCamera) shared.TargetCamera.renderList.length = 0;
  g.destroy();
  return key;
}

/**
 * A drawing that does not change, baked (and painted on) and shown where it
 * was drawn. With `name` (made from everything the drawing depends on), a
 * texture baked ahead under that name (bakeAhead) is shown instead of baking.
 */
export function bake(
  scene: Phaser.Scene,
  area: Rect,
  draw: Drawing,
  paint?: Painting,
  name?: string,
): Phaser.GameObjects.Image {
  const key = takeBakedAhead(scene.textures, name) ?? bakeTexture(scene, area, draw, paint);
  const image = scene.add.image(area.x, area.y, key).setOrigin(0, 0);
  image.once(OBJECT_DESTROY, () => scene.textures.remove(key));
  return image;
}

/** The game's textures (as a scene reaches them). */
type Textures = Phaser.Scene['textures'];

/** Drawings baked ahead of the scene that shows them (textures are the game's), by name, oldest first. */
const bakedAhead = new WeakMap<Textures, Map<string, string>>();
/** Drawings baked ahead and not shown yet that are kept; past this the oldest go (a student who never looks). */
const AHEAD_KEPT = 2;

/**
 * Bakes a drawing now, in any scene, for a later `bake` of the same `name`
 * (in idle time before the screen that shows it: the ending's chart, while
 * the call's last line is read). Its texture is the game's until shown.
 */
export function bakeAhead(
  scene: Phaser.Scene,
  name: string,
  area: Rect,
  draw: Drawing,
  paint?: Painting,
): void {
  let table = bakedAhead.get(scene.textures);
  if (!table) bakedAhead.set(scene.textures, (table = new Map()));
  if (table.has(name)) return;
  table.set(name, bakeTexture(scene, area, draw, paint));
  for (const [oldest, key] of table) {
    if (table.size <= AHEAD_KEPT) break;
    scene.textures.remove(key);
    table.delete(oldest);
  }
}

/** The texture baked ahead under `name`, now the caller's; undefined when there is none. */
function takeBakedAhead(textures: Textures, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const table = bakedAhead.get(textures);
  const key = table?.get(name);
  table?.delete(name);
  return key;
}

/** A look baked once for the whole game, and how many images show it or have shown it. */
interface SharedLook {
  key: string;
  users: number;
}

/** The game's shared looks by name, oldest used first. */
const sharedLooks = new WeakMap<Textures, Map<string, SharedLook>>();
/** Shared looks no image holds that are kept for the next scene or game; past this the oldest go. */
const KEPT_UNUSED = 96;

function lookTable(textures: Textures): Map<string, SharedLook> {
  let looks = sharedLooks.get(textures);
  if (!looks) sharedLooks.set(textures, (looks = new Map()));
  return looks;
}

/** The texture of the shared look `name`, baked now if the game has none; the caller holds it until `releaseLook`. */
function takeLook(scene: Phaser.Scene, name: string, area: Rect, draw: Drawing): string {
  const looks = lookTable(scene.textures);
  const look = looks.get(name) ?? { key: bakeTexture(scene, area, draw), users: 0 };
  // Last in the table: the most recently used.
  looks.delete(name);
  looks.set(name, look);
  look.users++;
  return look.key;
}

/** One holder fewer for `name`; the oldest looks nobody holds go past KEPT_UNUSED. */
function releaseLook(textures: Textures, name: string): void {
  const looks = lookTable(textures);
  const look = looks.get(name);
  if (look) look.users--;
  let unused = [...looks.values()].filter((l) => l.users <= 0).length;
  for (const [n, l] of looks) {
    if (unused <= KEPT_UNUSED) break;
    if (l.users > 0) continue;
    textures.remove(l.key);
    looks.delete(n);
    unused--;
  }
}

/**
 * A drawing with a few looks (a face's moods, a button's states): each look is
 * baked the first time it is shown and kept; `show` swaps the image's texture.
 * Every look's texture goes with the image. With `sharedAs`, the looks are the
 * whole game's instead: every image of that kind and size showing the same
 * look shows one texture, baked once and kept across scenes and games (a
 * button's states: a screen of buttons of a few sizes bakes a few textures,
 * and the next screen none). For a drawing that depends only on the area's
 * size and the look, not on where it is.
 */
export function bakedLooks(
  scene: Phaser.Scene,
  area: Rect,
  sharedAs?: string,
): {
  image: Phaser.GameObjects.Image;
  show(look: string, draw: Drawing): void;
  /** Bakes a look now without showing it (in idle time, before it is first shown). */
  prepare(look: string, draw: Drawing): void;
} {
  const keys = new Map<string, string>();
  const textures = scene.textures;
  const sharedName = (look: string) => `${sharedAs} ${area.width}×${area.height} ${look}`;
  // Phaser's own empty texture until the first look is shown.
  const image = scene.add.image(area.x, area.y, '__DEFAULT').setOrigin(0, 0);
  image.once(OBJECT_DESTROY, () => {
    for (const [look, key] of keys) {
      if (sharedAs === undefined) textures.remove(key);
      else releaseLook(textures, sharedName(look));
    }
  });
  const keyOf = (look: string, draw: Drawing) => {
    let key = keys.get(look);
    if (key === undefined) {
      key =
        sharedAs === undefined
          ? bakeTexture(scene, area, draw)
          : takeLook(scene, sharedName(look), area, draw);
      keys.set(look, key);
    }
    return key;
  };
  return {
    image,
    show(look, draw) {
      const key = keyOf(look, draw);
      if (image.texture.key !== key) image.setTexture(key);
    },
    prepare(look, draw) {
      if (image.scene) keyOf(look, draw);
    },
  };
}
