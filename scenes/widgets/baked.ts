// Drawings baked into textures. A Graphics object replays (and re-triangulates)
// its shapes on every frame, and each switch between a Graphics and a Text
// flushes the renderer's batch: on a slow computer with a software WebGL that
// is most of a frame. A drawing that changes rarely is drawn once, with the
// same Graphics commands, into a texture and shown as an Image, which batches
// with the texts. Each texture is removed when its image is destroyed (the
// scene's shutdown destroys them), so games played in a row do not grow.
import * as Phaser from 'phaser';
import type { Rect } from '../../src/ui/overlay.ts';

/** Draws with Graphics commands in the scene's coordinates. */
export type Drawing = (g: Phaser.GameObjects.Graphics) => void;

let made = 0;
/** The event a game object sends when it is destroyed. */
const DESTROY = 'destroy';

/** Draws `draw` (scene coordinates) once into a new texture covering `area`; returns its key. */
function bakeTexture(scene: Phaser.Scene, area: Rect, draw: Drawing): string {
  const key = `standoff-baked-${made++}`;
  // Made, drawn from and destroyed at once: never on screen.
  const g = scene.add.graphics();
  g.translateCanvas(-area.x, -area.y);
  draw(g);
  g.generateTexture(key, Math.max(1, Math.ceil(area.width)), Math.max(1, Math.ceil(area.height)));
  // Phaser's canvas renderer adds the Graphics to the shared camera generateTexture
  // draws with, and nothing empties that camera's list (a scene's cameras empty theirs
  // each frame): every baked drawing, destroyed, was kept there, ~150 a game.
  Phaser.GameObjects.Graphics.TargetCamera.renderList.length = 0;
  g.destroy();
  return key;
}

/** A drawing that does not change, baked and shown where it was drawn. */
export function bake(scene: Phaser.Scene, area: Rect, draw: Drawing): Phaser.GameObjects.Image {
  const key = bakeTexture(scene, area, draw);
  const image = scene.add.image(area.x, area.y, key).setOrigin(0, 0);
  image.once(DESTROY, () => scene.textures.remove(key));
  return image;
}

/**
 * A drawing with a few looks (a face's moods, a button's states): each look is
 * baked the first time it is shown and kept; `show` swaps the image's texture.
 * Every look's texture goes with the image.
 */
export function bakedLooks(
  scene: Phaser.Scene,
  area: Rect,
): { image: Phaser.GameObjects.Image; show(look: string, draw: Drawing): void } {
  const keys = new Map<string, string>();
  // Phaser's own empty texture until the first look is shown.
  const image = scene.add.image(area.x, area.y, '__DEFAULT').setOrigin(0, 0);
  image.once(DESTROY, () => {
    for (const key of keys.values()) scene.textures.remove(key);
  });
  return {
    image,
    show(look, draw) {
      let key = keys.get(look);
      if (key === undefined) {
        key = bakeTexture(scene, area, draw);
        keys.set(look, key);
      }
      if (image.texture.key !== key) image.setTexture(key);
    },
  };
}
