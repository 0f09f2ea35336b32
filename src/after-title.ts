// What the page loads once the title screen is usable (src/main.ts imports this
// module with import(), so none of it is in the JavaScript before the title):
// the other scenes, the sounds and Howler, the autosave (with the checks of a
// saved game: zod, the call machine), a scenario dropped on the page or handed
// over by the editor, and the dialogs the title and ending screens open.
import type * as Phaser from 'phaser';
import type { GameStore } from './store/game-store.ts';
import { startPageSounds } from './audio/page-sounds.ts';
import { BriefingScene } from '../scenes/briefing-scene.ts';
import { HandoverScene } from '../scenes/handover-scene.ts';
import { CallScene } from '../scenes/call-scene.ts';
import { EndingScene } from '../scenes/ending-scene.ts';
import { ProblemsScene } from '../scenes/problems-scene.ts';
import { entryFrom, installDropTarget } from './ui/open-scenario.ts';
import { PLAY_FROM_EDITOR, takeFromEditor } from './ui/play-handoff.ts';
import { startAutosave } from './store/autosave.ts';
import { browserSaveStorage } from './ui/save-storage.ts';
import type { SceneContext } from '../scenes/standoff-scene.ts';

export { pickScenarioFile } from './ui/open-scenario.ts';
export { openClassLinkDialog } from './ui/class-link.ts';
export { debriefUrl, openHandInDialog, rememberedName } from './ui/hand-in-dialog.ts';

/** Adds the scenes after the title (not started: the store says which screen shows). */
export function addLaterScenes(game: Phaser.Game, ctx: SceneContext): void {
  const scenes = [
    new BriefingScene(ctx),
    new HandoverScene(ctx),
    new CallScene(ctx),
    new EndingScene(ctx),
    new ProblemsScene(ctx),
  ];
  for (const scene of scenes) game.scene.add(scene.sys.settings.key, scene, false);
}

/**
 * Starts what the page does besides the screens: the autosave, the drop
 * target, the editor's handed-over scenario, the buttons' click sound, and the
 * sounds, made in idle time (until then a gesture is silent). Returns the clean-up.
 */
export function startServices(
  store: GameStore,
  overlayHost: HTMLElement,
  params: URLSearchParams,
): () => void {
  const stopAutosave = startAutosave(store, browserSaveStorage());
  const removeDropTarget = installDropTarget(store);
  // "Play this scenario" in the editor: the text it handed over, loaded like any file.
  const handed = params.get('play') === PLAY_FROM_EDITOR ? takeFromEditor() : null;
  if (handed)
    void entryFrom(handed.name, handed.text, store.getState().catalogue).then((entry) =>
      store.getState().actions.addScenario(entry),
    );
  const stopSounds = startPageSounds(store, overlayHost);
  return () => {
    stopSounds();
    removeDropTarget();
    stopAutosave();
  };
}
