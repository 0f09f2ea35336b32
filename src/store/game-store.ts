// The one bridge from the running call machine to everything that draws or
// plays sound: a Zustand vanilla store. It owns the actor, turns each snapshot
// into a CallView for the player's side, paces the computer's turns with a
// skippable "thinking" pause, and takes the player's choices as actions.
// Scenes, the DOM layer and the audio read it and call its actions; none of
// them touches the machine or computes a rule.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createActor, type Actor } from 'xstate';
import type { Scenario, Tone } from '../scenario/schema.ts';
import type { Problem } from '../scenario/problem.ts';
import {
  createCallMachine,
  type CallEvent,
  type CallMachine,
} from '../negotiation/call-machine.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import {
  makeResult,
  resultFileName,
  resultFileText,
  resultLinkParam,
} from '../negotiation/result.ts';
import { packScenario } from '../negotiation/scenario-copy.ts';
import { otherSide, sidesOf } from '../negotiation/utility.ts';
import type {
  Difficulty,
  GameSettings,
  Move,
  Settlement,
  SideId,
  Terms,
} from '../negotiation/types.ts';
import type { Catalogue } from '../messages/i18n.ts';
import { CATALOGUES, type Language } from '../messages/catalogues.ts';
import { localiseScenario } from '../scenario/localise.ts';
import {
  callView,
  canPropose,
  draftMove,
  draftWorth,
  type CallView,
  type DraftWorth,
} from './call-view.ts';
import type { ResumeOffer, SaveProblem } from './autosave.ts';
import { endingView, type EndingView } from './ending-view.ts';

export type Screen = 'title' | 'briefing' | 'handover' | 'call' | 'ending' | 'problems';

/** Hot seat: the screen that hides one player's view until the other has the computer. */
export interface Handover {
  to: SideId;
  /** What the player taking over sees next: their briefing, or the call. */
  next: 'briefing' | 'call';
}

/** A scenario file offered on the title screen: loaded, or with the problems that stop it. */
export interface ScenarioEntry {
  file: string;
  title: string;
  scenario?: Scenario;
  problems?: Problem[];
  /** Shipped with the game (a teacher's link can name it). */
  bundled?: boolean;
}

export interface Setup {
  file: string;
  side: SideId;
  difficulty: Difficulty;
  /** A fixed seed (from a teacher's link); null draws a fresh one for each game. */
  seed: number | null;
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
  /** Set by the autosave: the saved games to offer, why saving or resuming failed, and a save set aside. */
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
  scenarios: ScenarioEntry[];
  setup: Setup;
  sound: boolean;
  /** Text size in percent: the canvas text and the DOM layer's text scale with it. */
  textSize: number;
  language: Language;
  /** The messages of `language`. */
  catalogue: Catalogue;
  /** The scenario being played or briefed, when the selected file loads. */
  scenario: Scenario | null;
  /** The call as the player's side sees it; null before the call starts. */
  call: CallView | null;
  /** True while the computer's answer is pending (skippable). */
  thinking: boolean;
  /** The game so far, as a replayable record. */
  record: GameRecord | null;
  /** The proposal the player is building, issue by issue. */
  draft: Record<string, Settlement>;
  /** What the draft is worth to the player's side, against its walk-away; null outside a call. */
  draftWorth: DraftWorth | null;
  /** The debrief, once the call has closed. */
  ending: EndingView | null;
  endingTab: EndingTab;
  /** A saved game the title screen offers to resume. */
  savedGame: ResumeOffer | null;
  /** Every saved game on offer, the offered one (savedGame) first. */
  savedGames: ResumeOffer[];
  /** The text of a save that could not be resumed, kept aside and offered as a file. */
  saveAside: string | null;
  /** Why a save could not be resumed or written, shown once. */
  saveProblem: SaveProblem | null;
  /** Hot seat: whose turn it is to take the computer, while the other's view is hidden. */
  handover: Handover | null;
  /** A scenario file that did not load, shown on the problems screen. */
  problems: { file: string; problems: Problem[] } | null;
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

const browserScheduler: Scheduler = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createGameStore(deps: StoreDeps): GameStore {
  const scheduler = deps.scheduler ?? browserScheduler;
  const thinkMs = deps.thinkMs ?? 1200;
  const newSeed = deps.newSeed ?? (() => Math.floor(Math.random() * 2 ** 31));
  const firstPlayable = deps.scenarios.find((s) => s.scenario);
  const firstSide = firstPlayable?.scenario ? sidesOf(firstPlayable.scenario)[0].id : '';

  let actor: Actor<CallMachine> | undefined;
  let machineFor: { scenario: Scenario; machine: CallMachine } | undefined;
  let pending: unknown;
  let events: CallEvent[] = [];
  let settings: GameSettings | undefined;
  let replaying = false;
  /** Hot seat: the sides whose players have read their briefing for this game. */
  const briefed = new Set<SideId>();

  // The scenarios as their files give them, by file; the state holds them in the chosen language.
  const originals = new Map<string, Scenario>();
  const localised = new WeakMap<Scenario, Map<Language, Scenario>>();
  const inLanguage = (scenario: Scenario, language: Language): Scenario => {
    let copies = localised.get(scenario);
    if (!copies) localised.set(scenario, (copies = new Map()));
    let copy = copies.get(language);
    if (!copy) copies.set(language, (copy = localiseScenario(scenario, language)));
    return copy;
  };
  const localEntry = (entry: ScenarioEntry, language: Language): ScenarioEntry => {
    if (!entry.scenario) return entry;
    const original = originals.get(entry.file) ?? entry.scenario;
    originals.set(entry.file, original);
    const scenario = inLanguage(original, language);
    return { ...entry, title: scenario.title, scenario };
  };
  const language = deps.language ?? 'en';
  const initialEntries = deps.scenarios.map((e) => localEntry(e, language));
  const initialScenario = initialEntries.find((e) => e.file === firstPlayable?.file)?.scenario;

  return createStore<StoreState>()((set, get) => {
    const scenarioOf = (file: string) =>
      get().scenarios.find((s) => s.file === file)?.scenario ?? null;

    const stopCall = () => {
      if (pending !== undefined) scheduler.clearTimeout(pending);
      pending = undefined;
      actor?.stop();
      actor = undefined;
    };

    // Only what the machine accepts is sent and logged: a refused event would make the record
    // one the game's own checker calls damaged.
    const send = (event: CallEvent) => {
      if (!actor?.getSnapshot().can(event)) return;
      events.push(event);
      actor.send(event);
    };

    const beginCall = (scenario: Scenario, next: GameSettings) => {
      stopCall();
      settings = next;
      if (machineFor?.scenario !== scenario)
        machineFor = { scenario, machine: createCallMachine(scenario) };
      events = [];
      set({ draft: {}, draftWorth: null, ending: null, endingTab: 'deal' });
      actor = createActor(machineFor.machine, { input: { settings: next } });
      actor.subscribe(onSnapshot);
      actor.start();
      set({ screen: 'call' });
      onSnapshot();
    };

    /** The draft with what it is worth to the player now (the worth moves with the draft and with each agreement). */
    const withDraft = (draft: Record<string, Settlement>) => {
      const scenario = get().scenario;
      const snapshot = actor?.getSnapshot();
      return {
        draft,
        draftWorth:
          scenario && snapshot ? draftWorth(scenario, snapshot, get().setup.side, draft) : null,
      };
    };

    const sendMove = (move: Move) => {
      const { call } = get();
      if (!call?.myTurn) return;
      send({ type: 'move', side: call.side, move });
    };

    const onSnapshot = () => {
      // While a record is replayed, the screen is brought up to date once, at the end.
      if (!actor || replaying) return;
      const scenario = get().scenario;
      const snapshot = actor.getSnapshot();
      if (!scenario || !settings) return;
      const side = get().setup.side;
      const call = callView(scenario, snapshot, side, get().catalogue);
      const computerToMove = snapshot.can({ type: 'computerMove' });
      const closed = call.result !== null;
      // The draft keeps only issues still open, so a settled issue never lingers in it.
      const draft = Object.fromEntries(
        Object.entries(get().draft).filter(
          ([issue]) => snapshot.context.game.settled[issue] === undefined,
        ),
      );
      const record: GameRecord = { scenario: scenario.id, settings, events: [...events] };
      // Hot seat: when the turn passes to the other player, their screen waits behind a handover.
      const game = snapshot.context.game;
      const handOver =
        call.phase === 'turns' &&
        game.turn !== side &&
        settings.controllers[game.turn] === 'human' &&
        get().screen !== 'handover';
      set({
        call,
        ...withDraft(draft),
        thinking: computerToMove,
        record,
        ...(closed && get().ending === null
          ? { ending: endingView(scenario, snapshot.context.game, side, record, get().catalogue) }
          : {}),
        ...(call.phase === 'ended' ? { screen: 'ending' as const } : {}),
        ...(handOver
          ? { screen: 'handover' as const, handover: { to: game.turn, next: 'call' as const } }
          : {}),
      });
      if (computerToMove && pending === undefined) {
        pending = scheduler.setTimeout(() => {
          pending = undefined;
          send({ type: 'computerMove' });
        }, thinkMs);
      }
    };

    const actions: GameActions = {
      selectScenario(file) {
        const scenario = scenarioOf(file);
        const side = scenario
          ? scenario.sides.some((s) => s.id === get().setup.side)
            ? get().setup.side
            : sidesOf(scenario)[0].id
          : get().setup.side;
        set({ setup: { ...get().setup, file, side }, scenario });
      },
      addScenario(added) {
        originals.delete(added.file);
        const entry = localEntry(added, get().language);
        const others = get().scenarios.filter((e) => e.file !== entry.file);
        set({ scenarios: [...others, entry] });
        if (entry.scenario) {
          actions.selectScenario(entry.file);
          set({ screen: 'title', problems: null });
        } else {
          stopCall();
          set({
            screen: 'problems',
            problems: { file: entry.file, problems: entry.problems ?? [] },
          });
        }
      },
      dismissProblems() {
        set({ screen: 'title', problems: null });
      },
      selectSide(side) {
        if (get().scenario?.sides.some((s) => s.id === side))
          set({ setup: { ...get().setup, side } });
      },
      selectDifficulty(difficulty) {
        set({ setup: { ...get().setup, difficulty } });
      },
      setPlayers(players) {
        set({ setup: { ...get().setup, players } });
      },
      takeOver() {
        const handover = get().handover;
        if (!handover) return;
        set({
          setup: { ...get().setup, side: handover.to },
          handover: null,
          screen: handover.next,
        });
        if (handover.next === 'call') onSnapshot();
      },
      setSound(on) {
        set({ sound: on });
      },
      toggleSound() {
        set({ sound: !get().sound });
      },
      setTextSize(percent) {
        set({ textSize: percent });
      },
      setLanguage(next) {
        // Not in the middle of a call: its lines and the game's texts stay in one language.
        if (next === get().language || get().screen === 'call') return;
        const scenarios = get().scenarios.map((e) => localEntry(e, next));
        set({
          language: next,
          catalogue: CATALOGUES[next],
          scenarios,
          scenario: scenarios.find((e) => e.file === get().setup.file)?.scenario ?? null,
        });
      },
      openBriefing() {
        if (!get().scenario) return;
        briefed.clear();
        briefed.add(get().setup.side);
        set({ screen: 'briefing' });
      },
      startCall() {
        const scenario = get().scenario;
        if (!scenario) return;
        const { side, difficulty, seed, players } = get().setup;
        const other = otherSide(scenario, side);
        // Hot seat: the other player reads their own briefing first, out of sight of this one.
        if (players === 2 && !briefed.has(other)) {
          briefed.add(other);
          set({ screen: 'handover', handover: { to: other, next: 'briefing' } });
          return;
        }
        beginCall(scenario, {
          seed: seed ?? newSeed(),
          difficulty,
          controllers: { [side]: 'human', [other]: players === 2 ? 'human' : 'computer' },
        });
      },
      replayRecord(record) {
        const scenario = get().scenario;
        const side = Object.entries(record.settings.controllers).find(
          ([, c]) => c === 'human',
        )?.[0];
        if (!scenario || !side || !scenario.sides.some((x) => x.id === side)) return;
        const players = scenario.sides.every((x) => record.settings.controllers[x.id] === 'human')
          ? 2
          : 1;
        set({
          setup: { ...get().setup, side, players, difficulty: record.settings.difficulty },
          handover: null,
        });
        beginCall(scenario, record.settings);
        replaying = true;
        for (const event of record.events) send(event);
        replaying = false;
        onSnapshot();
      },
      dispose: stopCall,
      answer: () => send({ type: 'answer' }),
      proceed: () => send({ type: 'proceed' }),
      propose: (terms) => sendMove({ kind: 'propose', terms }),
      setDraft(issue, settlement) {
        const draft = { ...get().draft };
        if (settlement === null || draft[issue] === settlement) delete draft[issue];
        else draft[issue] = settlement;
        set(withDraft(draft));
      },
      proposeDraft() {
        const draft = get().draft;
        if (!actions.canPropose(draft)) return;
        set(withDraft({}));
        sendMove(draftMove(draft));
      },
      canPropose(terms) {
        const call = get().call;
        return (
          actor !== undefined &&
          call !== null &&
          call.myTurn &&
          canPropose(actor.getSnapshot(), call.side, terms)
        );
      },
      accept: () => sendMove({ kind: 'accept' }),
      reject: () => sendMove({ kind: 'reject' }),
      speak: (tone) => sendMove({ kind: 'statement', tone }),
      presentEvidence: (id) => sendMove({ kind: 'evidence', id }),
      invokeRedLine: (issue, option) => sendMove({ kind: 'redLine', issue, option }),
      defer: (issue) => sendMove({ kind: 'defer', issue }),
      endCall: () => sendMove({ kind: 'endCall' }),
      skipThinking() {
        if (pending === undefined) return;
        scheduler.clearTimeout(pending);
        pending = undefined;
        send({ type: 'computerMove' });
      },
      playAgain() {
        actions.startCall();
      },
      setSaveStatus(offers, problem, aside) {
        set({
          savedGames: offers,
          savedGame: offers[0] ?? null,
          saveProblem: problem,
          ...(aside === undefined ? {} : { saveAside: aside }),
        });
      },
      resumeSavedGame() {
        const offer = get().savedGame;
        if (!offer) return;
        if (offer.entry) actions.addScenario(offer.entry);
        actions.selectScenario(offer.file);
        if (get().scenario?.id === offer.record.scenario) actions.replayRecord(offer.record);
        // After the replay: the autosave keeps writing this game under the offer's entry.
        const rest = get().savedGames.filter((o) => o !== offer);
        set({ savedGames: rest, savedGame: rest[0] ?? null });
      },
      discardSavedGame() {
        const rest = get().savedGames.slice(1);
        set({ savedGames: rest, savedGame: rest[0] ?? null });
      },
      nextSavedGame() {
        const [first, ...rest] = get().savedGames;
        if (!first || rest.length === 0) return;
        const turned = [...rest, first];
        set({ savedGames: turned, savedGame: turned[0] ?? null });
      },
      dismissSaveProblem() {
        set({ saveProblem: null, saveAside: null });
      },
      showEndingTab(tab) {
        set({ endingTab: tab });
      },
      resultFor(student) {
        const { scenario, record, setup, ending, scenarios } = get();
        if (!scenario || !record || !ending) return null;
        const bundled = scenarios.find((e) => e.file === setup.file)?.bundled === true;
        const scenarioCopy = bundled ? undefined : packScenario(scenario);
        const result = makeResult(
          scenario,
          record,
          setup.side,
          student,
          get().catalogue,
          undefined,
          scenarioCopy,
        );
        return {
          fileName: resultFileName(result),
          text: resultFileText(result),
          linkParam: resultLinkParam(result, scenario),
          ...(scenarioCopy === undefined ? {} : { scenarioCopy }),
        };
      },
      switchSides() {
        const scenario = get().scenario;
        if (!scenario) return;
        stopCall();
        set({
          setup: { ...get().setup, side: otherSide(scenario, get().setup.side) },
          call: null,
          screen: 'briefing',
        });
      },
      backToTitle() {
        stopCall();
        set({ screen: 'title', call: null, thinking: false, handover: null });
      },
    };

    return {
      screen: 'title',
      scenarios: initialEntries,
      setup: {
        file: firstPlayable?.file ?? '',
        side: firstSide,
        difficulty: 'normal',
        seed: deps.seed ?? null,
        players: 1,
      },
      sound: deps.sound ?? true,
      textSize: deps.textSize ?? 100,
      language,
      catalogue: CATALOGUES[language],
      scenario: initialScenario ?? null,
      call: null,
      thinking: false,
      record: null,
      draft: {},
      draftWorth: null,
      ending: null,
      endingTab: 'deal',
      savedGame: null,
      savedGames: [],
      saveAside: null,
      saveProblem: null,
      handover: null,
      problems: null,
      actions,
    };
  });
}
