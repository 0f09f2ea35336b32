// The Phaser game's settings, the same for the page's game and a live-class
// student's: the base size scaled to fit, the room's colour, no Phaser audio
// (Howler plays the sounds), no banner in the console.
import * as Phaser from 'phaser';
import { BASE_HEIGHT, BASE_WIDTH } from './overlay.ts';

type GameConfig = NonNullable<ConstructorParameters<typeof Phaser.Game>[0]>;

export function gameSettings(parent: HTMLElement, scene: GameConfig['scene']): GameConfig {
  return {
    type: Phaser.AUTO,
    parent,
    width: BASE_WIDTH,
    height: BASE_HEIGHT,
    backgroundColor: '#10151c',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.NO_CENTER },
    audio: { noAudio: true },
    banner: false,
    scene,
  };
}
