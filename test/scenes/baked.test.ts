// Baked looks: an image's own looks go with it; looks shared by the whole game
// (a button's states) are baked once for every image of that size, kept for the
// next screen, and only so many that no image shows; a drawing baked ahead of
// its screen is shown, not baked again, by the screen that draws the same.
import { describe, expect, it } from 'vitest';
import type * as Phaser from 'phaser';
import { bake, bakeAhead, bakedLooks } from '../../scenes/widgets/baked.ts';

/** A scene with just what baking uses: canvas textures drawn on by generateTexture, images that can be destroyed. */
function fakeScene() {
  const textures = new Set<string>();
  const baked: string[] = [];
  const images: { destroy(): void }[] = [];
  const scene = {
    textures: {
      remove: (key: string) => textures.delete(key),
      createCanvas: (key: string) => {
        textures.add(key);
        baked.push(key);
        return { getSourceImage: () => ({}), getContext: () => ({}), refresh() {} };
      },
    },
    add: {
      graphics: () => ({
        translateCanvas() {},
        generateTexture() {},
        destroy() {},
      }),
      image: (_x: number, _y: number, key: string) => {
        const onDestroy: (() => void)[] = [];
        const image = {
          texture: { key },
          setOrigin: () => image,
          setTexture: (key: string) => ((image.texture.key = key), image),
          once: (_event: string, f: () => void) => onDestroy.push(f),
          destroy: () => onDestroy.forEach((f) => f()),
        };
        images.push(image);
        return image;
      },
    },
  };
  return { scene: scene as unknown as Phaser.Scene, textures, baked, images };
}

const draw = () => {};
const area = (x: number, width = 100) => ({ x, y: 0, width, height: 40 });

describe('baked looks', () => {
  it('of one image go with it', () => {
    const { scene, textures, images } = fakeScene();
    const face = bakedLooks(scene, area(0));
    face.show('calm', draw);
    face.show('angry', draw);
    face.show('calm', draw);
    expect(textures.size).toBe(2);
    images[0]?.destroy();
    expect(textures.size).toBe(0);
  });

  it('shared by buttons of one size are baked once, and kept for the next screen', () => {
    const { scene, baked, textures, images } = fakeScene();
    const a = bakedLooks(scene, area(0), 'button');
    const b = bakedLooks(scene, area(200), 'button');
    const wider = bakedLooks(scene, area(400, 120), 'button');
    for (const button of [a, b, wider]) button.show('idle', draw);
    expect(a.image.texture.key).toBe(b.image.texture.key);
    expect(wider.image.texture.key).not.toBe(a.image.texture.key);
    b.show('hover', draw);
    expect(baked).toHaveLength(3);
    for (const image of images) image.destroy();
    expect(textures.size).toBe(3);
    bakedLooks(scene, area(50), 'button').show('hover', draw);
    expect(baked).toHaveLength(3);
  });

  it('shared but shown by no image are kept only so many, the oldest going first', () => {
    const { scene, textures, images } = fakeScene();
    const held = bakedLooks(scene, area(0, 10), 'button');
    held.show('idle', draw);
    for (let width = 11; width < 311; width++)
      bakedLooks(scene, area(0, width), 'button').show('idle', draw);
    for (const image of images.slice(1)) image.destroy();
    expect(textures.size).toBeLessThanOrEqual(97);
    expect(textures.size).toBeGreaterThan(1);
    expect(textures.has(held.image.texture.key)).toBe(true);
  });
});

describe('a drawing baked ahead', () => {
  it('is shown by the next bake of the same name, not baked again, and goes with its image', () => {
    const { scene, baked, textures, images } = fakeScene();
    bakeAhead(scene, 'deal chart A', area(0), draw);
    bakeAhead(scene, 'deal chart A', area(0), draw);
    expect(baked).toHaveLength(1);
    const image = bake(scene, area(0), draw, undefined, 'deal chart A');
    expect(baked).toHaveLength(1);
    expect(image.texture.key).toBe(baked[0]);
    // Taken: a second drawing of the same name bakes its own.
    bake(scene, area(0), draw, undefined, 'deal chart A');
    expect(baked).toHaveLength(2);
    for (const i of images) i.destroy();
    expect(textures.size).toBe(0);
  });

  it('is not shown for another name, and only so many never shown are kept', () => {
    const { scene, baked, textures } = fakeScene();
    for (let i = 0; i < 10; i++) bakeAhead(scene, `chart ${i}`, area(0), draw);
    expect(textures.size).toBeLessThanOrEqual(2);
    const image = bake(scene, area(0), draw, undefined, 'another chart');
    expect(baked).toHaveLength(11);
    expect(image.texture.key).toBe(baked[10]);
    // The newest is kept.
    bake(scene, area(0), draw, undefined, 'chart 9');
    expect(baked).toHaveLength(11);
  });
});
