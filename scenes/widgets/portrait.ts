// A leader drawn as a stylised figure with the flag of their country behind,
// made from shapes so no image is downloaded. The flag's colours come from the
// scenario file (three stripes, vertical as Mexico's, or horizontal bands).
import * as Phaser from 'phaser';
import { COLORS, fitText, textStyle } from './theme.ts';

export interface PortraitOptions {
  x: number;
  y: number;
  leader: string;
  title: string;
  flag: string[];
  portrait: {
    hair: 'long' | 'short';
    hairColor: string;
    skin: string;
    stripes: 'vertical' | 'horizontal';
  };
}

export interface Portrait {
  setSpeaking(on: boolean): void;
  destroy(): void;
}

const WIDTH = 200;
const HEIGHT = 150;

export function addPortrait(scene: Phaser.Scene, o: PortraitOptions): Portrait {
  const g = scene.add.graphics();
  const colors = (o.flag.length > 0 ? o.flag : ['#888888']).map(
    (c) => Phaser.Display.Color.HexStringToColor(c).color,
  );
  // Flag
  const n = colors.length;
  colors.forEach((c, i) => {
    g.fillStyle(c, 1);
    if (o.portrait.stripes === 'vertical')
      g.fillRect(o.x + (i * WIDTH) / n, o.y, WIDTH / n + 1, HEIGHT);
    else g.fillRect(o.x, o.y + (i * HEIGHT) / n, WIDTH, HEIGHT / n + 1);
  });
  g.fillStyle(0x000000, 0.35);
  g.fillRect(o.x, o.y, WIDTH, HEIGHT);
  // Figure: shoulders in a dark suit, a head, hair.
  const cx = o.x + WIDTH / 2;
  g.fillStyle(0x1d2633, 1);
  g.fillRoundedRect(cx - 60, o.y + 100, 120, 60, { tl: 40, tr: 40, bl: 0, br: 0 });
  g.fillStyle(0xf2f2f2, 1);
  g.fillTriangle(cx - 12, o.y + 100, cx + 12, o.y + 100, cx, o.y + 124);
  g.fillStyle(Phaser.Display.Color.HexStringToColor(o.portrait.skin).color, 1);
  g.fillCircle(cx, o.y + 68, 30);
  g.fillStyle(Phaser.Display.Color.HexStringToColor(o.portrait.hairColor).color, 1);
  if (o.portrait.hair === 'long') {
    g.fillEllipse(cx, o.y + 46, 70, 30);
    g.fillRect(cx - 34, o.y + 46, 12, 50);
    g.fillRect(cx + 22, o.y + 46, 12, 50);
  } else {
    g.fillEllipse(cx + 4, o.y + 42, 68, 24);
  }
  g.lineStyle(2, COLORS.panelEdge, 1);
  g.strokeRect(o.x, o.y, WIDTH, HEIGHT);
  const ring = scene.add.graphics();
  const name = scene.add
    .text(cx, o.y + HEIGHT + 8, o.leader, textStyle(18, COLORS.text, { fontStyle: 'bold' }))
    .setOrigin(0.5, 0);
  fitText(name, 18, { width: WIDTH + 20 });
  const title = scene.add
    .text(
      cx,
      o.y + HEIGHT + 32,
      o.title,
      textStyle(13, COLORS.muted, { align: 'center', wordWrap: { width: WIDTH + 40 } }),
    )
    .setOrigin(0.5, 0);
  return {
    setSpeaking(on) {
      ring.clear();
      if (!on) return;
      ring.lineStyle(4, COLORS.accent, 1);
      ring.strokeRect(o.x - 4, o.y - 4, WIDTH + 8, HEIGHT + 8);
    },
    destroy() {
      for (const obj of [g, ring, name, title]) obj.destroy();
    },
  };
}

export const PORTRAIT_SIZE = { width: WIDTH, height: HEIGHT } as const;
