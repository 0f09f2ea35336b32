// A leader on the call: a person in their office, their country's flag on a
// pole beside them (scenes/widgets/flag.ts), drawn from shapes so nothing is
// downloaded (scenes/widgets/portrait-drawing.ts). The face follows the mood
// the store reads from the call (calm, firm, angry, pleased: src/store/mood.ts);
// while that leader's line is being typed the mouth moves and sound marks show
// beside the head (with reduced motion: the mouth open and the marks still,
// nothing moving). The office and the person are baked into one texture, and
// each look of the face into its own the first time it shows: a frame draws
// images, never the shapes again.
import type * as Phaser from 'phaser';
import type { FlagView } from '../../src/negotiation/player-view.ts';
import type { Mood } from '../../src/store/mood.ts';
import { COLORS, fitOrCut, fitText, textStyle } from './theme.ts';
import { bake, bakedLooks } from './baked.ts';
import { drawSoon } from '../draw-on-change.ts';
import { inIdleTime } from '../../src/ui/idle.ts';
import {
  drawFace,
  drawOffice,
  drawPerson,
  faceArea,
  figure,
  PORTRAIT_HEIGHT as HEIGHT,
  PORTRAIT_WIDTH as WIDTH,
  type FaceLook,
} from './portrait-drawing.ts';

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

/** The leader's name and title under the frame. */
function addCaption(scene: Phaser.Scene, o: PortraitOptions): Phaser.GameObjects.Text[] {
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
  return [name, title];
}

/** The ring round the frame of the leader whose turn it is (hidden until it is). */
function addRing(scene: Phaser.Scene, o: PortraitOptions): Phaser.GameObjects.Image {
  const ring = bake(
    scene,
    { x: o.x - 8, y: o.y - 8, width: WIDTH + 16, height: HEIGHT + 16 },
    (g) => {
      g.lineStyle(4, COLORS.accent, 1);
      g.strokeRect(o.x - 4, o.y - 4, WIDTH + 8, HEIGHT + 8);
    },
  );
  return ring.setVisible(false);
}

export function addPortrait(scene: Phaser.Scene, o: PortraitOptions): Portrait {
  const f = figure(o);
  const body = bake(
    scene,
    { x: o.x - 2, y: o.y - 2, width: WIDTH + 4, height: HEIGHT + 4 },
    (g) => {
      drawOffice(g, f);
      drawPerson(g, f);
    },
  );
  const face = bakedLooks(scene, faceArea(f));
  const ring = addRing(scene, o);
  const look: FaceLook = { mood: 'calm', talking: false, open: false };
  let still = false;
  let talk: Phaser.Time.TimerEvent | undefined;
  const faceKey = (l: FaceLook) => `${l.mood} ${l.talking} ${l.talking && l.open}`;
  const showFace = () => face.show(faceKey(look), (g) => drawFace(g, f, { ...look }));
  showFace();
  // The talking looks of the face's mood, baked in idle time, not in the frame of the first line
  // that needs them (and again for each new mood).
  let stopPreparing = () => {};
  const prepareTalking = () => {
    stopPreparing();
    const mood = look.mood;
    stopPreparing = inIdleTime(
      [false, true].map((open) => () => {
        const l: FaceLook = { mood, talking: true, open };
        face.prepare(faceKey(l), (g) => drawFace(g, f, l));
      }),
      () => Boolean(face.image.scene),
    );
  };
  prepareTalking();
  const caption = addCaption(scene, o);
  return {
    setSpeaking(on) {
      ring.setVisible(on);
    },
    setMood(mood) {
      if (mood === look.mood) return;
      look.mood = mood;
      showFace();
      prepareTalking();
    },
    setTalking(on, reducedMotion) {
      if (on === look.talking && reducedMotion === still) return;
      look.talking = on;
      still = reducedMotion;
      look.open = reducedMotion;
      talk?.remove();
      talk = undefined;
      if (on && !reducedMotion)
        talk = scene.time.addEvent({
          delay: 130,
          loop: true,
          callback: () => {
            look.open = !look.open;
            showFace();
            drawSoon(scene.game, 1);
          },
        });
      showFace();
    },
    destroy() {
      stopPreparing();
      talk?.remove();
      for (const obj of [body, face.image, ring, ...caption]) obj.destroy();
    },
  };
}
