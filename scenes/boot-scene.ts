// Boot: loads the sounds with a progress bar, hands them to the audio as
// in-memory URLs (so they are fetched once), then shows the title screen.
import * as Phaser from 'phaser';
import { SOUND_IDS, type SoundId } from '../src/audio/sound-ids.ts';
import { StandoffScene, type SceneContext } from './standoff-scene.ts';
import { COLORS, textStyle } from './widgets/theme.ts';

export interface BootOptions {
  soundUrls: Record<SoundId, string>;
  onSoundsLoaded: (blobUrls: Record<SoundId, string>) => void;
}

export class BootScene extends StandoffScene {
  constructor(
    ctx: SceneContext,
    private readonly options: BootOptions,
  ) {
    super('boot', ctx);
  }

  preload(): void {
    this.cameras.main.setBackgroundColor(COLORS.background);
    const label = this.add
      .text(640, 320, 'STANDOFF', textStyle(48, COLORS.accentText, { fontStyle: 'bold' }))
      .setOrigin(0.5);
    const bar = this.add.graphics();
    const draw = (p: number) => {
      bar.clear();
      bar.fillStyle(COLORS.panelEdge, 1);
      bar.fillRoundedRect(440, 380, 400, 16, 8);
      bar.fillStyle(COLORS.accent, 1);
      bar.fillRoundedRect(440, 380, Math.max(16, 400 * p), 16, 8);
    };
    draw(0);
    this.load.on(Phaser.Loader.Events.PROGRESS, draw);
    this.load.once(Phaser.Loader.Events.COMPLETE, () => {
      this.load.off(Phaser.Loader.Events.PROGRESS, draw);
      label.destroy();
    });
    for (const id of SOUND_IDS) this.load.binary(`sound-${id}`, this.options.soundUrls[id]);
  }

  create(): void {
    const urls = {} as Record<SoundId, string>;
    for (const id of SOUND_IDS) {
      const data = this.cache.binary.get(`sound-${id}`) as ArrayBuffer | undefined;
      urls[id] = data
        ? URL.createObjectURL(new Blob([data], { type: 'audio/wav' }))
        : this.options.soundUrls[id];
      this.cache.binary.remove(`sound-${id}`);
    }
    this.options.onSoundsLoaded(urls);
    this.scene.start(this.state.screen);
  }
}
