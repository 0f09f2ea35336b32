// The Phaser game's settings, the same for the page's game and a live-class
// student's: the base size scaled to fit, the room's colour, no Phaser audio
// (Howler plays the sounds), no banner in the console. The renderer is WebGL
// on a graphics chip and the 2D canvas where WebGL would run in software
// (renderer-choice.ts). Two WebGL settings that cost nothing on a chip and
// much in software (`?renderer=webgl` there; measured on SwiftShader, issue 15):
// - no multisampling of the canvas: it smooths only the edges of shapes drawn
//   live (a panel's rounded corners; texts and baked drawings are smoothed when
//   made, on a 2D canvas), and in software it blends every pixel four times:
//   two fifths of a drawn call frame (42–46 → 25–30 ms);
// - at most 4 textures a batch: the shader picks a pixel's texture with a chain
//   of ifs, one per texture, which software runs in full for every pixel; 4
//   costs a few more draw calls than 16 and was the fastest of 1, 2, 4, 8 and 16.
import * as Phaser from 'phaser';
import { BASE_HEIGHT, BASE_WIDTH } from './overlay.ts';
import { pageRenderer } from './renderer-choice.ts';

type GameConfig = NonNullable<ConstructorParameters<typeof Phaser.Game>[0]>;

export function gameSettings(parent: HTMLElement, scene: GameConfig['scene']): GameConfig {
  return {
    type: pageRenderer() === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    width: BASE_WIDTH,
    height: BASE_HEIGHT,
    backgroundColor: '#10151c',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.NO_CENTER },
    audio: { noAudio: true },
    render: { antialiasGL: false, maxTextures: 4 },
    banner: false,
    scene,
  };
}
