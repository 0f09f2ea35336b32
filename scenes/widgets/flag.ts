// A country's flag drawn from the scenario's data, with shapes only: bands
// (Mexico's tricolour, with its eagle on a cactus in the centre, simplified),
// or stripes and a canton of stars (the United States: 13 stripes, 50 stars).
import * as Phaser from 'phaser';
import type { FlagView } from '../../src/negotiation/player-view.ts';
import type { Rect } from '../../src/ui/overlay.ts';

const colour = (hex: string | undefined, fallback: number) =>
  hex ? Phaser.Display.Color.HexStringToColor(hex).color : fallback;

/** The five points and five notches of a star, centred on (x, y). */
function starPoints(x: number, y: number, r: number): Phaser.Math.Vector2[] {
  const points: Phaser.Math.Vector2[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const d = i % 2 === 0 ? r : r * 0.42;
    points.push(new Phaser.Math.Vector2(x + Math.cos(a) * d, y + Math.sin(a) * d));
  }
  return points;
}

function star(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number): void {
  g.fillPoints(starPoints(x, y, r), true);
}

/** Mexico's coat of arms, simplified: an eagle on a cactus holding a snake, over a green wreath. */
function eagle(g: Phaser.GameObjects.Graphics, cx: number, cy: number, s: number): void {
  // The wreath: two arcs of leaves under the eagle.
  g.lineStyle(Math.max(1.5, s * 0.08), 0x2f7d32, 1);
  g.beginPath();
  g.arc(cx, cy - s * 0.05, s * 0.46, Phaser.Math.DegToRad(25), Phaser.Math.DegToRad(155));
  g.strokePath();
  // The cactus (a nopal) and the rock it stands on.
  g.fillStyle(0x3e8e41, 1);
  g.fillEllipse(cx, cy + s * 0.22, s * 0.34, s * 0.18);
  g.fillEllipse(cx - s * 0.16, cy + s * 0.12, s * 0.16, s * 0.22);
  g.fillEllipse(cx + s * 0.16, cy + s * 0.12, s * 0.16, s * 0.22);
  // The eagle: wings raised, body, head turned, beak.
  g.fillStyle(0x6b3e1e, 1);
  g.fillTriangle(cx - s * 0.04, cy, cx - s * 0.36, cy - s * 0.34, cx - s * 0.3, cy + s * 0.04);
  g.fillTriangle(cx + s * 0.04, cy, cx + s * 0.3, cy - s * 0.36, cx + s * 0.28, cy + s * 0.02);
  g.fillEllipse(cx, cy - s * 0.02, s * 0.26, s * 0.34);
  g.fillCircle(cx - s * 0.1, cy - s * 0.2, s * 0.09);
  g.fillStyle(0xd9a521, 1);
  g.fillTriangle(
    cx - s * 0.18,
    cy - s * 0.22,
    cx - s * 0.26,
    cy - s * 0.17,
    cx - s * 0.17,
    cy - s * 0.15,
  );
  // The snake in its beak.
  g.lineStyle(Math.max(1, s * 0.05), 0x4f8a3a, 1);
  g.beginPath();
  g.moveTo(cx - s * 0.24, cy - s * 0.16);
  g.lineTo(cx - s * 0.3, cy - s * 0.04);
  g.lineTo(cx - s * 0.22, cy + s * 0.02);
  g.lineTo(cx - s * 0.3, cy + s * 0.1);
  g.strokePath();
}

/** Draws `flag` filling `r` on `g`. */
export function drawFlag(g: Phaser.GameObjects.Graphics, r: Rect, flag: FlagView): void {
  const colours = flag.colours.length > 0 ? flag.colours : ['#888888'];
  const n = colours.length;
  if (flag.pattern === 'stripes-and-canton') {
    const stripe = r.height / 13;
    for (let i = 0; i < 13; i++) {
      g.fillStyle(colour(colours[i % 2 === 0 ? 0 : 1], 0xb22234), 1);
      g.fillRect(r.x, r.y + i * stripe, r.width, stripe + 0.5);
    }
    const canton = { width: r.width * 0.4, height: stripe * 7 };
    g.fillStyle(colour(colours[2], 0x3c3b6e), 1);
    g.fillRect(r.x, r.y, canton.width, canton.height);
    // 50 stars in nine rows of six and five, as on the flag.
    g.fillStyle(colour(colours[1], 0xffffff), 1);
    const dx = canton.width / 12;
    const dy = canton.height / 10;
    const radius = Math.max(1, Math.min(dx, dy) * 0.8);
    for (let row = 0; row < 9; row++)
      for (let col = row % 2; col < 11; col += 2)
        star(g, r.x + dx * (col + 1), r.y + dy * (row + 1), radius);
  } else if (flag.pattern === 'horizontal-bands') {
    colours.forEach((c, i) => {
      g.fillStyle(colour(c, 0x888888), 1);
      g.fillRect(r.x, r.y + (i * r.height) / n, r.width, r.height / n + 0.5);
    });
  } else {
    colours.forEach((c, i) => {
      g.fillStyle(colour(c, 0x888888), 1);
      g.fillRect(r.x + (i * r.width) / n, r.y, r.width / n + 0.5, r.height);
    });
  }
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  const size = Math.min(r.height * 0.62, (r.width / Math.max(1, n)) * 1.05);
  if (flag.emblem === 'eagle') eagle(g, cx, cy, size);
  else if (flag.emblem === 'star') {
    g.fillStyle(0xffffff, 1);
    star(g, cx, cy, size * 0.4);
  } else if (flag.emblem === 'disc') {
    g.fillStyle(colour(colours[n - 1], 0xbc002d), 1);
    g.fillCircle(cx, cy, size * 0.3);
  }
}
