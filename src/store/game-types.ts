// The game store's shapes: its state (a projection of the session machine's
// player view plus the page's own state and preferences), its actions (each
// sends an event to the session, or changes the page's state), and its deps.
import type { StoreApi } from 'zustand/vanilla';
import type { Scenario, Tone } from '../scenario/schema.ts';
import type { Problem } from '../scenario/problem.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import type { Difficulty, Settlement, SideId, Terms } from '../negotiation/types.ts';
import type { Catalogue } from '../messages/i18n.ts';
import type { Language } from '../messages/catalogues.ts';
import type { Handover } from '../session/session-machine.ts';
import type { CallView, DraftWorth } from './call-view.ts';
import type { ResumeOffer, SaveProblem } from './autosave.ts';
import type { EndingView } from './ending-view.ts';
import type { ScenarioCard, ScenarioFace } from './scenario-face.ts';
import type { PlayerView } from '../negotiation/player-view.ts';

export type Screen = 'title' | 'briefing' | 'handover' | 'call' | 'ending' | 'problems';

/** The session's own actions a screen offers as buttons (each an event of the session machine, without data). */
export const SESSION_ACTIONS = [
  'openBriefing',
  'startCall',
  'takeOver',
  'answer',
  'proceed',
  'skipThinking',
  'playAgain',
  'switchSides',
  'backToTitle',
  'dismissProblems',
] as const;
/** Those, and resuming the saved game on offer (the session is asked with its record). */
export type SessionAction = (typeof SESSION_ACTIONS)[number] | 'resume';

/** A scenario file offered on the title screen: loaded, or with the problems that stop it. */
export interface ScenarioEntry {
  file: string;
  title: string;
  scenario?: Scenario;
  problems?: Problem[];
  /** Shipped with the game (a teacher's link can name it). */
  bundled?: boolean;
}

/** A scenario file as the store lists it: the title screen's card, never the whole scenario. */
export interface ScenarioItem extends Omit<ScenarioEntry, 'scenario'> {
  scenario?: ScenarioCard;
}

/** A saved game as the title screen offers it (its record, and so its seed, stays out of the store). */
export type SavedGameCard = Omit<ResumeOffer, 'record' | 'entry'>;

export interface Setup {
  file: string;
  side: SideId;
  difficulty: Difficulty;
  /** 1: against the computer; 2: two students on one computer (hot seat), `side` is whoever has it. */
  players: 1 | 2;
}

export interface Scheduler {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface StoreDeps {
  scenarios: ScenarioEntry[];
  scheduler?: Scheduler;
  /** How long the computer "thinks" before it answers, in ms. */
  thinkMs?: number;
  /** A fresh seed for a game without a fixed one. */
  newSeed?: () => number;
  /** The interface language; scenarios with a translation into it are shown in it. */
  language?: Language;
  sound?: boolean;
  /** Text size in percent of the game's own sizes (a saved preference). */
  textSize?: number;
  /** A fixed seed for every game (a teacher's link: the whole class gets the same game). */
  seed?: number | null;
}

export interface GameActions {
  selectScenario(file: string): void;
  /** Adds a scenario a teacher opened (file, drop, link): selected when it loads, its problems shown when not. */
  addScenario(entry: ScenarioEntry): void;
  /** Leaves the problems screen for the title screen. */
  dismissProblems(): void;
  selectSide(side: SideId): void;
  selectDifficulty(difficulty: Difficulty): void;
  /** One player against the computer, or two sharing the computer (hot seat). */
  setPlayers(players: 1 | 2): void;
  /** Hot seat: the player who now has the computer shows their screen. */
  takeOver(): void;
  setSound(on: boolean): void;
  toggleSound(): void;
  setTextSize(percent: number): void;
  /** Switches the interface, and every scenario that has a translation, to `language` (on the title screen). */
  setLanguage(language: Language): void;
  openBriefing(): void;
  startCall(): void;
  /**
   * Plays a recorded game again on the selected scenario (after the file was
   * edited, while developing): the same settings and events, as far as they
   * still apply. Events the edited rules refuse are dropped.
   */
  replayRecord(record: GameRecord): void;
  answer(): void;
  proceed(): void;
  propose(terms: Terms): void;
  /** Sets (or with null clears) the draft proposal's settlement of an issue. */
  setDraft(issue: string, settlement: Settlement | null): void;
  proposeDraft(): void;
  canPropose(terms: Terms): boolean;
  accept(): void;
  reject(): void;
  speak(tone: Tone): void;
  presentEvidence(id: string): void;
  invokeRedLine(issue: string, option: string): void;
  defer(issue: string): void;
  endCall(): void;
  skipThinking(): void;
  playAgain(): void;
  /** Which part of the debrief the ending screen shows. */
  showEndingTab(tab: EndingTab): void;
  /** The finished game as a result to hand in, under the student's name; null before the call ends. */
  resultFor(student: string): HandIn | null;
  switchSides(): void;
  backToTitle(): void;
  /** Set by the autosave: the saved games to offer, why saving or resuming failed, and a save set aside (undefined: unchanged). */
  setSaveStatus(offers: ResumeOffer[], problem: SaveProblem | null, aside?: string | null): void;
  /** Resumes the offered saved game where it was left (its moves replayed on its scenario). */
  resumeSavedGame(): void;
  /** Lets the offered saved game go ("Start afresh"): the next one, if any, is offered. */
  discardSavedGame(): void;
  /** Offers the next saved game (several game tabs each left one). */
  nextSavedGame(): void;
  dismissSaveProblem(): void;
  /** Stops the actor and any pending timer (page unload, tests). */
  dispose(): void;
}

/** What the store holds (the page's state); the game's own state is negotiation/types.ts's GameState. */
export interface StoreState {
  screen: Screen;
  scenarios: ScenarioItem[];
  setup: Setup;
  sound: boolean;
  /** Text size in percent: the canvas text and the DOM layer's text scale with it. */
  textSize: number;
  language: Language;
  /** The messages of `language`. */
  catalogue: Catalogue;
  /** The public face of the scenario being played or briefed, when the selected file loads. */
  scenario: ScenarioFace | null;
  /** On the briefing screen: what the player at the screen may read (their own brief, the other's public face). */
  briefing: PlayerView | null;
  /** The call as the player's side sees it; null before the call starts. */
  call: CallView | null;
  /** True while the computer's answer is pending (skippable). */
  thinking: boolean;
  /** The proposal the player is building, issue by issue. */
  draft: Record<string, Settlement>;
  /** What the draft is worth to the player's side, against its walk-away; null outside a call. */
  draftWorth: DraftWorth | null;
  /** The debrief, once the call has closed. */
  ending: EndingView | null;
  endingTab: EndingTab;
  /** A saved game the title screen offers to resume. */
  savedGame: SavedGameCard | null;
  /** Every saved game on offer, the offered one (savedGame) first. */
  savedGames: SavedGameCard[];
  /** A save that could not be resumed is kept aside, offered as a file (its text, with its seed, stays beside the store: privateGame(store).saveAside()). */
  saveAside: boolean;
  /** Why a save could not be resumed or written, shown once. */
  saveProblem: SaveProblem | null;
  /** Hot seat: whose turn it is to take the computer, while the other's view is hidden. */
  handover: Handover | null;
  /** A scenario file that did not load, shown on the problems screen. */
  problems: { file: string; problems: Problem[] } | null;
  /** Which of the session's actions it would take now (its snapshot's can()): a button for each. */
  can: Record<SessionAction, boolean>;
  actions: GameActions;
}

export type GameStore = StoreApi<StoreState>;

export const ENDING_TABS = ['deal', 'moves', 'strategy', 'history'] as const;
export type EndingTab = (typeof ENDING_TABS)[number];

/** A result ready to hand in: the file, and the `r` parameter of its link. */
export interface HandIn {
  fileName: string;
  text: string;
  linkParam: string;
  /** A teacher's own scenario's compressed copy (not bundled: the link and the file carry it). */
  scenarioCopy?: string;
}
