// The browser entry: what the title screen needs and nothing more — the
// bundled scenarios (build-time data), the store, the Phaser game with its
// boot and title scenes, and the DOM layer. Everything else (the other scenes,
// the sounds, the autosave, the dialogs: src/after-title.ts) is fetched with
// import() once the title is usable, and a screen it holds waits for it.
import * as Phaser from 'phaser';
import './ui/stage.css';
import { bundledEntries } from './ui/bundled-scenarios.ts';
import { seedFrom } from './negotiation/random.ts';
import type { GameStore } from './store/game-store.ts';
import { openGameStore, type OpenStore } from './store/store-shell.ts';
import { privateGame } from './store/private-game.ts';
import type { GameRecord } from './negotiation/replay.ts';
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
import { gameSettings } from './ui/game-settings.ts';
import { BootScene } from '../scenes/boot-scene.ts';
import { TitleScene } from '../scenes/title-scene.ts';
import type { SceneContext } from '../scenes/standoff-scene.ts';
import type * as LaterModule from './after-title.ts';
import { rendererInUse } from './ui/renderer-choice.ts';
import { screensSettled } from '../scenes/destroy-later.ts';

/** What survives a hot reload while developing: the file being played and the game so far. */
interface HotData {
  file?: string;
  record?: GameRecord | null;
}

type Later = typeof LaterModule;

/** The rest of the page, fetched once: after the title is usable, or sooner when something asks for it. */
function laterModule(): () => Promise<Later> {
  let loading: Promise<Later> | undefined;
  return () => (loading ??= import('./after-title.ts'));
}

/**
 * A teacher's link applied, as far as it can be at once (its module fetched only when the
 * address carries settings; a scenario fetched from the site is added when it arrives).
 * True when it carries a teacher's settings: the store's session part takes them.
 */
async function classLink(store: GameStore, params: URLSearchParams): Promise<boolean> {
  if (window.location.search.length <= 1 && window.location.hash.length <= 1) return false;
  const { applyClassLink, carriesSettings } = await import('./ui/class-link.ts');
  void applyClassLink(store, params);
  return carriesSettings(params, window.location.hash);
}

/** The preferences follow the store (saved, and applied to the page) from the start. */
function followPreferences(store: GameStore, root: HTMLElement): void {
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
}

/** What the scenes open: each fetches the rest of the page first (already there after the title). */
function sceneContext(
  store: GameStore,
  root: HTMLElement,
  overlayHost: HTMLElement,
  later: () => Promise<Later>,
): SceneContext {
  /** Opens a dialog, then gives the focus back to what had it. */
  const dialog = (open: (m: Later) => Promise<void>) => {
    const returnTo = document.activeElement;
    void later()
      .then(open)
      .then(() => {
        if (returnTo instanceof HTMLElement) returnTo.focus();
      });
  };
  return {
    store,
    overlayHost,
    reducedMotion: prefersReducedMotion,
    openScenarioFile: () => void later().then((m) => m.pickScenarioFile(store)),
    openEditor: () => window.location.assign('./editor.html'),
    openHandIn: () => dialog((m) => m.openHandInDialog(store, root)),
    openClassLink: () => dialog((m) => m.openClassLinkDialog(store, root)),
    openFullDebrief: () =>
      void later().then((m) => {
        const handIn = store.getState().actions.resultFor(m.rememberedName());
        if (handIn)
          window.open(m.debriefUrl(handIn.linkParam, handIn.scenarioCopy), '_blank', 'noopener');
      }),
  };
}

/**
 * The store says which screen is showing; its scene is started, the others
 * stopped. A screen whose scene is not there yet (the rest of the page still
 * loading) is shown when it is.
 */
function showScreens(game: Phaser.Game, store: GameStore, scenesAdded: () => Promise<void>): void {
  const show = (screen: string) => {
    if (!game.scene.getScene(screen)) {
      void scenesAdded().then(() => {
        if (store.getState().screen === screen) show(screen);
      });
      return;
    }
    for (const scene of game.scene.getScenes(true))
      if (scene.scene.key !== 'boot') game.scene.stop(scene.scene.key);
    game.scene.start(screen);
  };
  store.subscribe((s, prev) => {
    const callStarted = s.screen === 'call' && s.call !== null && prev.call === null;
    const newScenarioOnTitle = s.screen === 'title' && s.scenarios !== prev.scenarios;
    if (s.screen === prev.screen && !callStarted && !newScenarioOnTitle) return;
    show(s.screen);
  });
  show(store.getState().screen);
}

/**
 * The store, with the page's language and preferences, and the address's seed. Its session
 * part (XState, the machines, the computer player) is connected once the title is usable.
 */
function pageStore(params: URLSearchParams): OpenStore {
  const seedParam = params.get('seed');
  const language = pageLanguage();
  applyLanguage(language);
  return openGameStore({
    scenarios: bundledEntries(),
    language,
    sound: loadSoundPreference(),
    textSize: loadTextSize(),
    seed: seedParam === null ? null : seedFrom(seedParam),
  });
}

/**
 * For the browser tests and for teachers who open the console: the store and the game, read-only by
 * convention, what the canvas shows as boxes (the layout test's measure of overflow), and whether
 * the idle-time clean-up of the screens left is done (the memory bench measures once it is).
 */
function exposeForTests(store: GameStore, game: Phaser.Game): void {
  (window as unknown as { standoff?: unknown }).standoff = {
    store,
    game,
    layout: () => drawnLayout(game),
    renderer: () => rendererInUse(game),
    settled: screensSettled,
  };
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
  const { store, connect } = pageStore(params);
  followPreferences(store, root);
  const later = laterModule();
  const ctx = sceneContext(store, root, overlayHost, later);
  let [stopped, stopServices] = [false, () => {}];
  let scenesAdded: Promise<void> | undefined;
  const addScenes = () =>
    (scenesAdded ??= later().then((m) => {
      if (!stopped) m.addLaterScenes(game, ctx);
    }));
  let session: Promise<void> | undefined;
  const connectSession = () => (session ??= import('./store/session-port.ts').then(connect));
  // A teacher's link (its scenario, side, difficulty, players) applies before the first screen:
  // the session part takes its settings, so the title waits for it only then (a student never
  // sees another side chosen first); then the title, the session part and the rest of the page
  // (lang and seed: above).
  const booted = () =>
    void classLink(store, params)
      .then((settings) => (settings ? connectSession() : undefined))
      .then(() => {
        if (stopped) return;
        showScreens(game, store, addScenes);
        void connectSession();
        void addScenes()
          .then(later)
          .then((m) => {
            if (!stopped) stopServices = m.startServices(store, overlayHost, params);
          });
      });

  const game = new Phaser.Game(
    gameSettings(stage, [new BootScene(ctx, booted), new TitleScene(ctx)]),
  );
  stage.append(overlayHost);
  const removeLiveRegion = createLiveRegion(root, store);
  const removeTurnNotice = createTurnNotice(root, store);
  const removeShortcuts = installShortcuts(store);

  exposeForTests(store, game);

  // After a hot reload (an edited scenario, while developing): the same file, and the moves played so far.
  if (previous.file) {
    store.getState().actions.selectScenario(previous.file);
    const scenario = store.getState().scenario;
    if (scenario && previous.record && previous.record.scenario === scenario.id)
      store.getState().actions.replayRecord(previous.record);
  }

  return () => {
    const kept = { file: store.getState().setup.file, record: privateGame(store).record() };
    store.getState().actions.dispose();
    stopped = true;
    stopServices();
    removeLiveRegion();
    removeTurnNotice();
    removeShortcuts();
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
