// Boot: hands over to the page (src/main.ts), which shows the screen the store
// asks for (the title) at once. Nothing is loaded here: the sounds are made in
// the browser after the title is usable (src/audio/sound-urls.ts), and the
// other scenes arrive with the rest of the page (src/after-title.ts), so
// nothing delays the first screen.
import { StandoffScene, type SceneContext } from './standoff-scene.ts';

export class BootScene extends StandoffScene {
  constructor(
    ctx: SceneContext,
    private readonly onBooted: () => void,
  ) {
    super('boot', ctx);
  }

  create(): void {
    this.onBooted();
    this.scene.stop();
  }
}
