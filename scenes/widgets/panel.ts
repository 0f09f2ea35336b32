// A panel: the rounded box texts sit in (the transcript, the table, a
// briefing's columns), baked once into a texture and marked for the layout test.
import type * as Phaser from 'phaser';
import type { Rect } from '../../src/ui/overlay.ts';
import { COLORS } from './theme.ts';
import { bake } from './baked.ts';
import { markBox } from './layout-probe.ts';

export function addPanel(scene: Phaser.Scene, rect: Rect): Phaser.GameObjects.Image {
  const { x, y, width, height } = rect;
  const image = bake(scene, { x: x - 1, y: y - 1, width: width + 2, height: height + 2 }, (g) => {
    g.fillStyle(COLORS.panel, 1);
    g.fillRoundedRect(x, y, width, height, 10);
    g.lineStyle(1, COLORS.panelEdge, 1);
    g.strokeRoundedRect(x, y, width, height, 10);
  });
  markBox(image, rect);
  return image;
}
