// A leader on the call: a person in their office, their country's flag on a
// pole beside them (scenes/widgets/flag.ts), drawn from shapes so nothing is
// downloaded. The face follows the mood the store reads from the call (calm,
// firm, angry, pleased: src/store/mood.ts); while that leader's line is being
// typed the mouth moves and sound marks show beside the head (with reduced
// motion: the mouth open and the marks still, nothing moving).
import * as Phaser from 'phaser';
import type { FlagView } from '../../src/negotiation/player-view.ts';
import type { Mood } from '../../src/store/mood.ts';
import { COLORS, fitOrCut, fitText, textStyle } from './theme.ts';
import { drawFlag } from './flag.ts';

export interface PortraitOptions {
  x: number;
  y: number;
  leader: string;
  title: string;
  flag: FlagView;
  portrait: { hair: 'long' | 'short'; hairColor: string; skin: string };
  /** The side of the frame the flag stands on: the outer side of the screen. */
  flagSide?: 'left' | 'right';
}

export interface Portrait {
  /** The frame of the leader whose turn it is. */
  setSpeaking(on: boolean): void;
  setMood(mood: Mood): void;
  /** True while this leader's line is being typed out. */
  setTalking(on: boolean, reducedMotion: boolean): void;
  destroy(): void;
}

const WIDTH = 200;
const HEIGHT = 150;
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

export function addPortrait(scene: Phaser.Scene, o: PortraitOptions): Portrait {
  const g = scene.add.graphics();
  const flagLeft = (o.flagSide ?? 'left') === 'left';
  // The office: a wall, lit from above, and a wood panel low down.
  g.fillStyle(0x2b3a4d, 1);
  g.fillRect(o.x, o.y, WIDTH, HEIGHT);
  g.fillStyle(0x34475e, 1);
  g.fillRect(o.x, o.y, WIDTH, HEIGHT * 0.45);
  g.fillStyle(0x4a3526, 1);
  g.fillRect(o.x, o.y + HEIGHT * 0.78, WIDTH, HEIGHT * 0.22);
  // The flag on its pole, on the outer side.
  const flagRect = {
    x: flagLeft ? o.x + 16 : o.x + WIDTH - 16 - 88,
    y: o.y + 14,
    width: 88,
    height: 58,
  };
  const poleX = flagLeft ? flagRect.x - 3 : flagRect.x + flagRect.width + 1;
  g.fillStyle(0xc9a54a, 1);
  g.fillRect(poleX, o.y + 8, 3, HEIGHT - 8);
  g.fillCircle(poleX + 1.5, o.y + 8, 3.5);
  drawFlag(g, flagRect, o.flag);
  // The drape's shadow, so it reads as cloth.
  g.fillStyle(0x000000, 0.12);
  g.fillRect(
    flagRect.x + flagRect.width * 0.55,
    flagRect.y,
    flagRect.width * 0.12,
    flagRect.height,
  );

  // The person, a little off centre, away from the flag.
  const cx = flagLeft ? o.x + 128 : o.x + WIDTH - 128;
  const top = o.y + 30;
  const skin = hex(o.portrait.skin);
  const hair = hex(o.portrait.hairColor);
  const suit = 0x1d2633;
  // Long hair falls behind the shoulders.
  if (o.portrait.hair === 'long') {
    g.fillStyle(hair, 1);
    g.fillRoundedRect(cx - 33, top + 8, 66, 78, 20);
  }
  g.fillStyle(shade(skin, 0.12), 1);
  g.fillRect(cx - 10, top + 56, 20, 26);
  g.fillStyle(suit, 1);
  g.fillRoundedRect(cx - 64, top + 76, 128, HEIGHT - 106 + 30, { tl: 34, tr: 34, bl: 0, br: 0 });
  g.fillStyle(0xf2f2f2, 1);
  g.fillTriangle(cx - 15, top + 76, cx + 15, top + 76, cx, top + 106);
  if (o.portrait.hair === 'short') {
    g.fillStyle(hex(o.flag.colours[0] ?? '#b22234'), 1);
    g.fillTriangle(cx - 5, top + 80, cx + 5, top + 80, cx, top + 120);
  } else {
    g.fillStyle(0xd9d2c0, 1);
    for (let i = -2; i <= 2; i++) g.fillCircle(cx + i * 5, top + 84 + Math.abs(i) * -2 + 4, 2);
  }
  // Lapels.
  g.fillStyle(0x131a24, 1);
  g.fillTriangle(cx - 15, top + 76, cx - 4, top + 110, cx - 26, top + 90);
  g.fillTriangle(cx + 15, top + 76, cx + 4, top + 110, cx + 26, top + 90);
  // Head and ears.
  g.fillStyle(skin, 1);
  g.fillCircle(cx - 25, top + 34, 6);
  g.fillCircle(cx + 25, top + 34, 6);
  g.fillEllipse(cx, top + 32, 50, 60);
  // Hair on top.
  g.fillStyle(hair, 1);
  if (o.portrait.hair === 'long') {
    g.fillEllipse(cx, top + 8, 58, 28);
    g.fillTriangle(cx - 29, top + 8, cx - 4, top + 6, cx - 27, top + 40);
    g.fillTriangle(cx + 29, top + 8, cx + 4, top + 6, cx + 27, top + 40);
  } else {
    g.fillEllipse(cx + 3, top + 6, 56, 24);
    g.fillEllipse(cx - 20, top + 14, 14, 22);
    g.fillEllipse(cx + 21, top + 14, 14, 20);
  }
  g.lineStyle(2, COLORS.panelEdge, 1);
  g.strokeRect(o.x, o.y, WIDTH, HEIGHT);

  const face = scene.add.graphics();
  const ring = scene.add.graphics();
  const state: { mood: Mood; talking: boolean; open: boolean; still: boolean } = {
    mood: 'calm',
    talking: false,
    open: false,
    still: false,
  };
  let talk: Phaser.Time.TimerEvent | undefined;
  const eyeY = top + 30;
  const drawFace = () => {
    face.clear();
    const m = state.mood;
    // Cheeks: warm when pleased, flushed when angry.
    if (m === 'angry' || m === 'pleased') {
      face.fillStyle(m === 'angry' ? 0xd83a2e : 0xe88a7a, m === 'angry' ? 0.35 : 0.25);
      face.fillCircle(cx - 14, eyeY + 12, 6);
      face.fillCircle(cx + 14, eyeY + 12, 6);
    }
    // Eyes: narrower when firm or angry.
    face.fillStyle(0x1a1a1a, 1);
    const eyeH = m === 'angry' || m === 'firm' ? 3 : 5;
    face.fillEllipse(cx - 10, eyeY, 6, eyeH);
    face.fillEllipse(cx + 10, eyeY, 6, eyeH);
    // Brows.
    face.lineStyle(m === 'calm' || m === 'pleased' ? 2 : 3, shade(hair, 0.2), 1);
    const brow = (x1: number, y1: number, x2: number, y2: number) => {
      face.lineBetween(cx - x1, y1, cx - x2, y2);
      face.lineBetween(cx + x1, y1, cx + x2, y2);
    };
    if (m === 'angry') brow(16, eyeY - 10, 4, eyeY - 5);
    else if (m === 'firm') brow(16, eyeY - 7, 4, eyeY - 6);
    else if (m === 'pleased') brow(16, eyeY - 9, 4, eyeY - 10);
    else brow(16, eyeY - 8, 4, eyeY - 8);
    // Mouth: open while talking; else by mood.
    const my = eyeY + 20;
    face.lineStyle(2, 0x5a2a22, 1);
    if (state.talking && (state.open || state.still)) {
      face.fillStyle(0x5a2a22, 1);
      face.fillEllipse(cx, my, 12, m === 'angry' ? 9 : 7);
    } else if (m === 'pleased') {
      face.beginPath();
      face.arc(cx, my - 5, 9, Phaser.Math.DegToRad(25), Phaser.Math.DegToRad(155));
      face.strokePath();
    } else if (m === 'angry') {
      face.beginPath();
      face.arc(cx, my + 6, 8, Phaser.Math.DegToRad(205), Phaser.Math.DegToRad(335));
      face.strokePath();
    } else face.lineBetween(cx - (m === 'firm' ? 9 : 7), my, cx + (m === 'firm' ? 9 : 7), my);
    // The speaking cue: sound marks beside the head, on the side away from the flag.
    if (state.talking) {
      const dir = flagLeft ? 1 : -1;
      face.lineStyle(2, COLORS.accent, 1);
      for (const r of [8, 14]) {
        face.beginPath();
        const start = flagLeft ? -40 : 140;
        face.arc(
          cx + dir * 32,
          my - 4,
          r,
          Phaser.Math.DegToRad(start),
          Phaser.Math.DegToRad(start + 80),
        );
        face.strokePath();
      }
    }
  };
  drawFace();

  const name = scene.add
    .text(
      o.x + WIDTH / 2,
      o.y + HEIGHT + 8,
      o.leader,
      textStyle(18, COLORS.text, { fontStyle: 'bold' }),
    )
    .setOrigin(0.5, 0);
  fitText(name, 18, { width: WIDTH + 20 });
  fitOrCut(name, 18, { width: WIDTH + 20 });
  const title = scene.add
    .text(
      o.x + WIDTH / 2,
      name.y + name.height + 2,
      o.title,
      textStyle(13, COLORS.muted, { align: 'center', wordWrap: { width: WIDTH + 20 } }),
    )
    .setOrigin(0.5, 0);
  // A long title (a union's, a committee's) keeps to two lines.
  fitOrCut(title, 13, { height: 36 });
  return {
    setSpeaking(on) {
      ring.clear();
      if (!on) return;
      ring.lineStyle(4, COLORS.accent, 1);
      ring.strokeRect(o.x - 4, o.y - 4, WIDTH + 8, HEIGHT + 8);
    },
    setMood(mood) {
      if (mood === state.mood) return;
      state.mood = mood;
      drawFace();
    },
    setTalking(on, reducedMotion) {
      if (on === state.talking && reducedMotion === state.still) return;
      state.talking = on;
      state.still = reducedMotion;
      talk?.remove();
      talk = undefined;
      if (on && !reducedMotion)
        talk = scene.time.addEvent({
          delay: 130,
          loop: true,
          callback: () => {
            state.open = !state.open;
            drawFace();
          },
        });
      drawFace();
    },
    destroy() {
      talk?.remove();
      for (const obj of [g, face, ring, name, title]) obj.destroy();
    },
  };
}
