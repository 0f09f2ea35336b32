// A panel: the rounded box texts sit in (the transcript, the table, a
// briefing's columns), marked for the layout test. Drawn, not baked: a panel
// is two triangles' worth of flat colour, which a software WebGL fills far
// faster than it samples a texture over the same area.
import type * as Phaser from 'phaser';
import type { Rect } from '../../src/ui/overlay.ts';
import { COLORS } from './theme.ts';
import { markBox } from './layout-probe.ts';

export function addPanel(scene: Phaser.Scene, rect: Rect): Phaser.GameObjects.Graphics {
  const { x, y, width, height } = rect;
  const g = scene.add.graphics();
  g.fillStyle(COLORS.panel, 1);
  g.fillRoundedRect(x, y, width, height, 10);
  g.lineStyle(1, COLORS.panelEdge, 1);
  g.strokeRoundedRect(x, y, width, height, 10);
  markBox(g, rect);
  return g;
}
