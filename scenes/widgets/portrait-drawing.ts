// The drawings of a leader on the call (scenes/widgets/portrait.ts): the office
// with the flag on its pole, the person, and the face by mood, each with
// Graphics commands in the scene's coordinates (baked into textures by the
// portrait: nothing here is redrawn every frame).
import * as Phaser from 'phaser';
import type { FlagView } from '../../src/negotiation/player-view.ts';
import type { Mood } from '../../src/store/mood.ts';
import { COLORS } from './theme.ts';
import { drawFlag } from './flag.ts';

export const PORTRAIT_WIDTH = 200;
export const PORTRAIT_HEIGHT = 150;
const WIDTH = PORTRAIT_WIDTH;
const HEIGHT = PORTRAIT_HEIGHT;

const hex = (c: string) => Phaser.Display.Color.HexStringToColor(c).color;
/** Darker by `by` (0–1), for shading a colour from the file. */
const shade = (c: number, by: number) => {
  const k = 1 - by;
  return (
    (Math.round(((c >> 16) & 255) * k) << 16) |
    (Math.round(((c >> 8) & 255) * k) << 8) |
    Math.round((c & 255) * k)
  );
};

/** Where a leader is drawn, and their colours. */
export interface Figure {
  x: number;
  y: number;
  flagLeft: boolean;
  flag: FlagView;
  hairStyle: 'long' | 'short';
  /** The centre of the person, a little off the frame's, away from the flag. */
  cx: number;
  top: number;
  skin: number;
  hair: number;
  eyeY: number;
  /** The mouth's height. */
  my: number;
}

export function figure(o: {
  x: number;
  y: number;
  flag: FlagView;
  portrait: { hair: 'long' | 'short'; hairColor: string; skin: string };
  flagSide?: 'left' | 'right';
}): Figure {
  const flagLeft = (o.flagSide ?? 'left') === 'left';
  const top = o.y + 30;
  return {
    x: o.x,
    y: o.y,
    flagLeft,
    flag: o.flag,
    hairStyle: o.portrait.hair,
    cx: flagLeft ? o.x + 128 : o.x + WIDTH - 128,
    top,
    skin: hex(o.portrait.skin),
    hair: hex(o.portrait.hairColor),
    eyeY: top + 30,
    my: top + 50,
  };
}

/** The office: a wall, lit from above, a wood panel low down, and the flag on its pole on the outer side. */
export function drawOffice(g: Phaser.GameObjects.Graphics, f: Figure): void {
  g.fillStyle(0x2b3a4d, 1);
  g.fillRect(f.x, f.y, WIDTH, HEIGHT);
  g.fillStyle(0x34475e, 1);
  g.fillRect(f.x, f.y, WIDTH, HEIGHT * 0.45);
  g.fillStyle(0x4a3526, 1);
  g.fillRect(f.x, f.y + HEIGHT * 0.78, WIDTH, HEIGHT * 0.22);
  const flagRect = {
    x: f.flagLeft ? f.x + 16 : f.x + WIDTH - 16 - 88,
    y: f.y + 14,
    width: 88,
    height: 58,
  };
  const poleX = f.flagLeft ? flagRect.x - 3 : flagRect.x + flagRect.width + 1;
  g.fillStyle(0xc9a54a, 1);
  g.fillRect(poleX, f.y + 8, 3, HEIGHT - 8);
  g.fillCircle(poleX + 1.5, f.y + 8, 3.5);
  drawFlag(g, flagRect, f.flag);
  // The drape's shadow, so it reads as cloth.
  g.fillStyle(0x000000, 0.12);
  g.fillRect(
    flagRect.x + flagRect.width * 0.55,
    flagRect.y,
    flagRect.width * 0.12,
    flagRect.height,
  );
}

/** The suit, the shirt and the tie or the necklace. */
function drawBody(g: Phaser.GameObjects.Graphics, f: Figure): void {
  const { cx, top } = f;
  g.fillStyle(shade(f.skin, 0.12), 1);
  g.fillRect(cx - 10, top + 56, 20, 26);
  g.fillStyle(0x1d2633, 1);
  g.fillRoundedRect(cx - 64, top + 76, 128, HEIGHT - 106 + 30, { tl: 34, tr: 34, bl: 0, br: 0 });
  g.fillStyle(0xf2f2f2, 1);
  g.fillTriangle(cx - 15, top + 76, cx + 15, top + 76, cx, top + 106);
  if (f.hairStyle === 'short') {
    g.fillStyle(hex(f.flag.colours[0] ?? '#b22234'), 1);
    g.fillTriangle(cx - 5, top + 80, cx + 5, top + 80, cx, top + 120);
  } else {
    g.fillStyle(0xd9d2c0, 1);
    for (let i = -2; i <= 2; i++) g.fillCircle(cx + i * 5, top + 84 + Math.abs(i) * -2 + 4, 2);
  }
  // Lapels.
  g.fillStyle(0x131a24, 1);
  g.fillTriangle(cx - 15, top + 76, cx - 4, top + 110, cx - 26, top + 90);
  g.fillTriangle(cx + 15, top + 76, cx + 4, top + 110, cx + 26, top + 90);
}

/** The person, the office's frame over them: everything but the face. */
export function drawPerson(g: Phaser.GameObjects.Graphics, f: Figure): void {
  const { cx, top } = f;
  // Long hair falls behind the shoulders.
  if (f.hairStyle === 'long') {
    g.fillStyle(f.hair, 1);
    g.fillRoundedRect(cx - 33, top + 8, 66, 78, 20);
  }
  drawBody(g, f);
  // Head and ears.
  g.fillStyle(f.skin, 1);
  g.fillCircle(cx - 25, top + 34, 6);
  g.fillCircle(cx + 25, top + 34, 6);
  g.fillEllipse(cx, top + 32, 50, 60);
  // Hair on top.
  g.fillStyle(f.hair, 1);
  if (f.hairStyle === 'long') {
    g.fillEllipse(cx, top + 8, 58, 28);
    g.fillTriangle(cx - 29, top + 8, cx - 4, top + 6, cx - 27, top + 40);
    g.fillTriangle(cx + 29, top + 8, cx + 4, top + 6, cx + 27, top + 40);
  } else {
    g.fillEllipse(cx + 3, top + 6, 56, 24);
    g.fillEllipse(cx - 20, top + 14, 14, 22);
    g.fillEllipse(cx + 21, top + 14, 14, 20);
  }
  g.lineStyle(2, COLORS.panelEdge, 1);
  g.strokeRect(f.x, f.y, WIDTH, HEIGHT);
}

/** The part of the frame the face's looks cover (eyes, brows, mouth, the sound marks beside the head). */
export function faceArea(f: Figure): { x: number; y: number; width: number; height: number } {
  return { x: f.cx - 64, y: f.eyeY - 20, width: 128, height: 62 };
}

/** How the face looks: the mood, and the mouth while the leader's line types (open, or still with reduced motion). */
export interface FaceLook {
  mood: Mood;
  talking: boolean;
  /** The mouth open (the talking mouth's beat, or held open with reduced motion). */
  open: boolean;
}

/** Cheeks, warm when pleased, flushed when angry; eyes, narrower when firm or angry. */
function drawEyes(g: Phaser.GameObjects.Graphics, f: Figure, m: Mood): void {
  const { cx, eyeY } = f;
  if (m === 'angry' || m === 'pleased') {
    g.fillStyle(m === 'angry' ? 0xd83a2e : 0xe88a7a, m === 'angry' ? 0.35 : 0.25);
    g.fillCircle(cx - 14, eyeY + 12, 6);
    g.fillCircle(cx + 14, eyeY + 12, 6);
  }
  g.fillStyle(0x1a1a1a, 1);
  const eyeH = m === 'angry' || m === 'firm' ? 3 : 5;
  g.fillEllipse(cx - 10, eyeY, 6, eyeH);
  g.fillEllipse(cx + 10, eyeY, 6, eyeH);
}

/** The brows, by mood. */
function drawBrows(g: Phaser.GameObjects.Graphics, f: Figure, m: Mood): void {
  const { cx, eyeY } = f;
  g.lineStyle(m === 'calm' || m === 'pleased' ? 2 : 3, shade(f.hair, 0.2), 1);
  const brow = (x1: number, y1: number, x2: number, y2: number) => {
    g.lineBetween(cx - x1, y1, cx - x2, y2);
    g.lineBetween(cx + x1, y1, cx + x2, y2);
  };
  if (m === 'angry') brow(16, eyeY - 10, 4, eyeY - 5);
  else if (m === 'firm') brow(16, eyeY - 7, 4, eyeY - 6);
  else if (m === 'pleased') brow(16, eyeY - 9, 4, eyeY - 10);
  else brow(16, eyeY - 8, 4, eyeY - 8);
}

/** The mouth: open while talking; else by mood. */
function drawMouth(g: Phaser.GameObjects.Graphics, f: Figure, look: FaceLook): void {
  const { cx, my } = f;
  const m = look.mood;
  g.lineStyle(2, 0x5a2a22, 1);
  if (look.talking && look.open) {
    g.fillStyle(0x5a2a22, 1);
    g.fillEllipse(cx, my, 12, m === 'angry' ? 9 : 7);
  } else if (m === 'pleased') {
    g.beginPath();
    g.arc(cx, my - 5, 9, Phaser.Math.DegToRad(25), Phaser.Math.DegToRad(155));
    g.strokePath();
  } else if (m === 'angry') {
    g.beginPath();
    g.arc(cx, my + 6, 8, Phaser.Math.DegToRad(205), Phaser.Math.DegToRad(335));
    g.strokePath();
  } else g.lineBetween(cx - (m === 'firm' ? 9 : 7), my, cx + (m === 'firm' ? 9 : 7), my);
}

/** The speaking cue: sound marks beside the head, on the side away from the flag. */
function drawSoundMarks(g: Phaser.GameObjects.Graphics, f: Figure): void {
  const dir = f.flagLeft ? 1 : -1;
  g.lineStyle(2, COLORS.accent, 1);
  for (const r of [8, 14]) {
    g.beginPath();
    const start = f.flagLeft ? -40 : 140;
    g.arc(
      f.cx + dir * 32,
      f.my - 4,
      r,
      Phaser.Math.DegToRad(start),
      Phaser.Math.DegToRad(start + 80),
    );
    g.strokePath();
  }
}

export function drawFace(g: Phaser.GameObjects.Graphics, f: Figure, look: FaceLook): void {
  drawEyes(g, f, look.mood);
  drawBrows(g, f, look.mood);
  drawMouth(g, f, look);
  if (look.talking) drawSoundMarks(g, f);
}
