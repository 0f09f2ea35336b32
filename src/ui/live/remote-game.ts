// A live-class call in the game's own scenes: once the student's seat is
// taken, join-page.ts fetches this module (Phaser and the scenes come with
// it) and the call is played on the call screen — the meters, the
// transcript, the table and the moves — then the ending and its debrief, all
// read from a remote store (src/store/remote-store.ts) the call room feeds.
// The game's sounds come too, made once the call screen shows and muted by the
// player's own preference (the same as on the game's page, saved as it changes).
// The rest of the game (title, briefing, saved games) is not on this page.
import * as Phaser from 'phaser';
import '../stage.css';
import type { GameStore } from '../../store/game-store.ts';
import {
  createRemoteStore,
  remoteScenario,
  type RemoteCall,
  type RemoteDeps,
} from '../../store/remote-store.ts';
import type { CallUpdate } from '../../net/protocol.ts';
import { bundledEntries } from '../bundled-scenarios.ts';
import { createLiveRegion } from '../live-region.ts';
import { createTurnNotice } from '../turn-notice.ts';
import { installShortcuts } from '../keyboard.ts';
import {
  applyPageTextSize,
  loadSoundPreference,
  loadTextSize,
  prefersReducedMotion,
  saveSoundPreference,
} from '../preferences.ts';
import { startPageSounds } from '../../audio/page-sounds.ts';
import { debriefUrl, openHandInDialog } from '../hand-in-dialog.ts';
import { gameSettings } from '../game-settings.ts';
import { setTextScale } from '../../../scenes/widgets/theme.ts';
import { BootScene } from '../../../scenes/boot-scene.ts';
import { CallScene } from '../../../scenes/call-scene.ts';
import { EndingScene } from '../../../scenes/ending-scene.ts';
import type { SceneContext } from '../../../scenes/standoff-scene.ts';
import { rendererInUse } from '../renderer-choice.ts';

const ignore = () => {};

function sceneContext(store: GameStore, root: HTMLElement, overlayHost: HTMLElement): SceneContext {
  const fullDebrief = () => {
    const handIn = store.getState().actions.resultFor('');
    if (handIn) window.open(debriefUrl(handIn.linkParam), '_blank', 'noopener');
  };
  return {
    store,
    overlayHost,
    reducedMotion: prefersReducedMotion,
    openScenarioFile: ignore,
    openEditor: ignore,
    openClassLink: ignore,
    openHandIn: () => void openHandInDialog(store, root),
    openFullDebrief: fullDebrief,
  };
}

/** The store's screen (the call, then the ending) started, and restarted when the call first arrives. */
function showScreens(game: Phaser.Game, store: GameStore): void {
  const show = (screen: string) => {
    for (const scene of game.scene.getScenes(true))
      if (scene.scene.key !== 'boot') game.scene.stop(scene.scene.key);
    game.scene.start(screen);
  };
  store.subscribe((s, prev) => {
    if (s.screen !== prev.screen || (s.call !== null && prev.call === null)) show(s.screen);
  });
  show(store.getState().screen);
}

/**
 * Starts the game on `root` for the call `update` shows (its scenario: the
 * game's own copy); the room's messages go to the returned call. Null when
 * this game has no copy of that scenario's version.
 */
export function startRemoteGame(
  root: HTMLElement,
  update: CallUpdate,
  deps: Pick<RemoteDeps, 'send' | 'leave'>,
): RemoteCall | null {
  const scenario = remoteScenario(bundledEntries(), update.scenario);
  if (!scenario) return null;
  const textSize = loadTextSize();
  const language = update.scenario.language;
  const sound = loadSoundPreference();
  const remote = createRemoteStore({ ...deps, scenario, language, textSize, sound });
  const store = remote.store;
  store.subscribe((s, prev) => {
    if (s.sound !== prev.sound) saveSoundPreference(s.sound);
  });
  setTextScale(textSize / 100);
  applyPageTextSize(textSize);
  const stage = document.createElement('div');
  stage.id = 'stage';
  const overlayHost = document.createElement('div');
  overlayHost.id = 'overlay';
  root.replaceChildren(stage);
  const ctx = sceneContext(store, root, overlayHost);
  const game: Phaser.Game = new Phaser.Game(
    gameSettings(stage, [
      new BootScene(ctx, () => {
        showScreens(game, store);
        // The page is usable: the sounds are made in idle time from now.
        startPageSounds(store, overlayHost);
      }),
      new CallScene(ctx),
      new EndingScene(ctx),
    ]),
  );
  stage.append(overlayHost);
  createLiveRegion(root, store);
  createTurnNotice(root, store);
  installShortcuts(store);
  // For the browser tests, as on the game's page: the store and the game, read-only by convention.
  (window as unknown as { standoff?: unknown }).standoff = {
    store,
    game,
    renderer: () => rendererInUse(game),
  };
  return remote;
}
