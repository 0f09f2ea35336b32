// The browser entry: loads the bundled scenarios with the same loader as the
// command line, makes the store, the Phaser game with its scenes, the DOM layer,
// the audio and the shortcuts, and shows the scene the store asks for.
import * as Phaser from 'phaser';
import './ui/stage.css';
import { bundledEntries } from './ui/bundled-scenarios.ts';
import { seedFrom } from './negotiation/random.ts';
import { createGameStore } from './store/game-store.ts';
import { privateGame } from './store/private-game.ts';
import type { GameRecord } from './negotiation/replay.ts';
import { createAudio, type Audio } from './audio/audio.ts';
import { makeSoundUrls, type SoundUrls } from './audio/sound-urls.ts';
import { createLiveRegion } from './ui/live-region.ts';
import { createTurnNotice } from './ui/turn-notice.ts';
import { t } from './messages/i18n.ts';
import { applyLanguage, pageLanguage, saveLanguage } from './ui/language.ts';
import { installShortcuts } from './ui/keyboard.ts';
import {
  loadSoundPreference,
  loadTextSize,
  prefersReducedMotion,
  saveSoundPreference,
  saveTextSize,
  TEXT_SIZES,
  applyPageTextSize,
} from './ui/preferences.ts';
import { setTextScale } from '../scenes/widgets/theme.ts';
import { drawnLayout } from '../scenes/widgets/layout-probe.ts';
import { BASE_HEIGHT, BASE_WIDTH } from './ui/overlay.ts';
import { BootScene } from '../scenes/boot-scene.ts';
import { HandoverScene } from '../scenes/handover-scene.ts';
import { applyClassLink, openClassLinkDialog } from './ui/class-link.ts';
import { TitleScene } from '../scenes/title-scene.ts';
import { BriefingScene } from '../scenes/briefing-scene.ts';
import { CallScene } from '../scenes/call-scene.ts';
import { EndingScene } from '../scenes/ending-scene.ts';
import { ProblemsScene } from '../scenes/problems-scene.ts';
import { entryFrom, installDropTarget, pickScenarioFile } from './ui/open-scenario.ts';
import { PLAY_FROM_EDITOR, takeFromEditor } from './ui/play-handoff.ts';
import { debriefUrl, openHandInDialog, rememberedName } from './ui/hand-in-dialog.ts';
import { startAutosave } from './store/autosave.ts';
import { browserSaveStorage } from './ui/save-storage.ts';
import type { SceneContext } from '../scenes/standoff-scene.ts';

/** What survives a hot reload while developing: the file being played and the game so far. */
interface HotData {
  file?: string;
  record?: GameRecord | null;
}

function start(previous: HotData): () => HotData {
  const root = document.getElementById('game');
  if (!root) return () => ({});
  root.innerHTML = '';
  const stage = document.createElement('div');
  stage.id = 'stage';
  const overlayHost = document.createElement('div');
  overlayHost.id = 'overlay';
  root.append(stage);

  const params = new URLSearchParams(window.location.search);
  const seedParam = params.get('seed');
  const language = pageLanguage();
  applyLanguage(language);
  const store = createGameStore({
    scenarios: bundledEntries(),
    language,
    sound: loadSoundPreference(),
    textSize: loadTextSize(),
    seed: seedParam === null ? null : seedFrom(seedParam),
  });
  store.subscribe((s, prev) => {
    if (s.sound !== prev.sound) saveSoundPreference(s.sound);
    if (s.language !== prev.language) {
      saveLanguage(s.language);
      applyLanguage(s.language);
    }
  });
  // The text size scales the canvas text (through the theme) and the DOM layer's (rem).
  const applyTextSize = (percent: number) => {
    setTextScale(percent / 100);
    applyPageTextSize(percent);
  };
  applyTextSize(store.getState().textSize);
  store.subscribe((s, prev) => {
    if (s.textSize === prev.textSize) return;
    const size = TEXT_SIZES.find((x) => x === s.textSize);
    if (size) saveTextSize(size);
    applyTextSize(s.textSize);
  });
  // The page's one heading, for screen readers (the canvas draws the game's name).
  const heading = document.createElement('h1');
  heading.className = 'visually-hidden';
  heading.textContent = t(store.getState().catalogue, 'title.heading');
  root.prepend(heading);
  store.subscribe((s, prev) => {
    if (s.catalogue !== prev.catalogue) heading.textContent = t(s.catalogue, 'title.heading');
  });
  const ctx: SceneContext = {
    store,
    overlayHost,
    reducedMotion: prefersReducedMotion,
    openScenarioFile: () => pickScenarioFile(store),
    openEditor: () => window.location.assign('./editor.html'),
    openHandIn: () => {
      const returnTo = document.activeElement;
      void openHandInDialog(store, root).then(() => {
        if (returnTo instanceof HTMLElement) returnTo.focus();
      });
    },
    openClassLink: () => {
      const returnTo = document.activeElement;
      void openClassLinkDialog(store, root).then(() => {
        if (returnTo instanceof HTMLElement) returnTo.focus();
      });
    },
    openFullDebrief: () => {
      const handIn = store.getState().actions.resultFor(rememberedName());
      if (handIn)
        window.open(debriefUrl(handIn.linkParam, handIn.scenarioCopy), '_blank', 'noopener');
    },
  };
  let audio: Audio | undefined;
  let sounds: SoundUrls | undefined;
  let stopped = false;
  // The sounds are made once the title is up, in idle time; until then a gesture is silent.
  const makeSounds = () =>
    void makeSoundUrls().then((made) => {
      if (stopped) return made.revoke();
      sounds = made;
      audio = createAudio(store, made.urls);
    });

  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: stage,
    width: BASE_WIDTH,
    height: BASE_HEIGHT,
    backgroundColor: '#10151c',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.NO_CENTER },
    audio: { noAudio: true },
    banner: false,
    scene: [
      new BootScene(ctx, makeSounds),
      new TitleScene(ctx),
      new BriefingScene(ctx),
      new HandoverScene(ctx),
      new CallScene(ctx),
      new EndingScene(ctx),
      new ProblemsScene(ctx),
    ],
  });
  stage.append(overlayHost);
  const removeLiveRegion = createLiveRegion(root, store);
  const removeTurnNotice = createTurnNotice(root, store);
  const removeShortcuts = installShortcuts(store);
  const removeDropTarget = installDropTarget(store);
  const stopAutosave = startAutosave(store, browserSaveStorage());
  // A teacher's link: the scenario, side, difficulty and players it names (lang and seed are read above).
  void applyClassLink(store, params);
  // "Play this scenario" in the editor: the text it handed over, loaded like any file.
  const handed = params.get('play') === PLAY_FROM_EDITOR ? takeFromEditor() : null;
  if (handed)
    void entryFrom(handed.name, handed.text, store.getState().catalogue).then((entry) =>
      store.getState().actions.addScenario(entry),
    );
  overlayHost.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).tagName === 'BUTTON') audio?.click();
  });

  // The store says which screen is showing; its scene is started, the others stopped.
  store.subscribe((s, prev) => {
    const callStarted = s.screen === 'call' && s.call !== null && prev.call === null;
    const newScenarioOnTitle = s.screen === 'title' && s.scenarios !== prev.scenarios;
    if (s.screen === prev.screen && !callStarted && !newScenarioOnTitle) return;
    for (const scene of game.scene.getScenes(true))
      if (scene.scene.key !== 'boot') game.scene.stop(scene.scene.key);
    game.scene.start(s.screen);
  });
  // For the browser tests and for teachers who open the console: the store and the game, read-only by
  // convention, and what the canvas shows as boxes (the layout test's measure of overflow).
  (window as unknown as { standoff?: unknown }).standoff = {
    store,
    game,
    layout: () => drawnLayout(game),
  };

  // After a hot reload (an edited scenario, while developing): the same file, and the moves played so far.
  if (previous.file) {
    store.getState().actions.selectScenario(previous.file);
    const scenario = store.getState().scenario;
    if (scenario && previous.record && previous.record.scenario === scenario.id)
      store.getState().actions.replayRecord(previous.record);
  }

  return () => {
    const record = privateGame(store).record();
    const kept: HotData = { file: store.getState().setup.file, record };
    store.getState().actions.dispose();
    stopped = true;
    audio?.dispose();
    sounds?.revoke();
    removeLiveRegion();
    removeTurnNotice();
    removeShortcuts();
    removeDropTarget();
    stopAutosave();
    game.destroy(true);
    root.innerHTML = '';
    return kept;
  };
}

// While developing, an edited scenario file reloads the page (Vite); the file being
// played and the moves so far are kept for the reload in sessionStorage, then
// replayed on the edited file. Never in the built game.
const DEV_RESUME_KEY = 'standoff.dev.resume';

function takeDevResume(): HotData {
  if (!import.meta.env.DEV) return {};
  try {
    const raw = sessionStorage.getItem(DEV_RESUME_KEY);
    sessionStorage.removeItem(DEV_RESUME_KEY);
    return raw ? (JSON.parse(raw) as HotData) : {};
  } catch {
    return {};
  }
}

const stop = start(takeDevResume());
if (import.meta.env.DEV) {
  window.addEventListener('pagehide', () => {
    try {
      sessionStorage.setItem(DEV_RESUME_KEY, JSON.stringify(stop()));
    } catch {
      // Storage blocked: the reload starts afresh.
    }
  });
}
