// Boot: shows the screen the store asks for (the title) at once. Nothing is
// loaded here: the sounds are made in the browser after the title is usable
// (src/audio/sound-urls.ts), so no sound delays the first screen.
import { StandoffScene, type SceneContext } from './standoff-scene.ts';

export class BootScene extends StandoffScene {
  constructor(
    ctx: SceneContext,
    private readonly onBooted: () => void,
  ) {
    super('boot', ctx);
  }

  create(): void {
    this.scene.start(this.state.screen);
    this.onBooted();
  }
}
