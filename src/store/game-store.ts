// The one bridge from the running session to everything that draws or plays
// sound: a Zustand vanilla store. It holds a projection of the session
// machine's snapshot (the call as the viewing player's side sees it) and the
// page's own state (the scenario files, the draft, the saved games, the
// preferences); its game actions only send events to the session actor, which
// owns the flow, the computer's pause and the record.
import { createStore } from 'zustand/vanilla';
import { createActor, type Actor } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import type { Move, Settlement } from '../negotiation/types.ts';
import { otherSide, sidesOf } from '../negotiation/utility.ts';
import { CATALOGUES } from '../messages/catalogues.ts';
import {
  createSessionMachine,
  THINK_MS,
  type SessionEvent,
  type SessionMachine,
} from '../session/session-machine.ts';
import { canPropose, draftMove, draftWorth } from './call-view.ts';
import { scenarioLanguages } from './scenario-language.ts';
import { handInOf, initialState, sessionView } from './session-view.ts';
import type { GameActions, StoreState, GameStore, Scheduler, StoreDeps } from './game-types.ts';

export type * from './game-types.ts';
export { ENDING_TABS } from './game-types.ts';

const browserScheduler: Scheduler = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createGameStore(deps: StoreDeps): GameStore {
  const clock = deps.scheduler ?? browserScheduler;
  const newSeed = deps.newSeed ?? (() => Math.floor(Math.random() * 2 ** 31));
  const languages = scenarioLanguages();
  const language = deps.language ?? 'en';
  const scenarios = deps.scenarios.map((e) => languages.localEntry(e, language));
  const first = scenarios.find((s) => s.scenario);
  const store = createStore<StoreState>()((set, get) => {
    let session: Actor<SessionMachine> | undefined;
    const send = (event: SessionEvent) => session?.send(event);
    const startSession = (scenario: Scenario | null) => {
      session?.stop();
      session = undefined;
      if (!scenario) return;
      const { side, difficulty, players, seed } = get().setup;
      const viewer = scenario.sides.some((s) => s.id === side) ? side : sidesOf(scenario)[0].id;
      const other = otherSide(scenario, viewer);
      const machine = createSessionMachine(scenario).provide({
        delays: { think: deps.thinkMs ?? THINK_MS },
      });
      const input = {
        side: viewer,
        players: { [viewer]: 'human', [other]: players === 2 ? 'human' : 'computer' } as const,
        difficulty,
        seed,
        newSeed,
      };
      const actor = createActor(machine, { clock, input });
      session = actor;
      actor.subscribe((snapshot) => set(sessionView(scenario, snapshot, get())));
      actor.start();
    };
    const callSnapshot = () => session?.getSnapshot().context.call ?? null;
    const withDraft = (draft: Record<string, Settlement>) => {
      const [scenario, call] = [get().scenario, callSnapshot()];
      const worth = scenario && call ? draftWorth(scenario, call, get().setup.side, draft) : null;
      return { draft, draftWorth: worth };
    };
    const move = (m: Move) => send({ type: 'move', move: m });
    // With no scenario loaded yet there is no session: the page shows the problems itself.
    const showProblems = (problems: NonNullable<StoreState['problems']>) =>
      session ? send({ type: 'showProblems', ...problems }) : set({ screen: 'problems', problems });
    const onTitle = () => !session || session.getSnapshot().matches('title');

    const actions: GameActions = {
      selectScenario(file) {
        const scenario = get().scenarios.find((s) => s.file === file)?.scenario ?? null;
        const same = scenario === get().scenario && session !== undefined;
        set({ setup: { ...get().setup, file }, scenario });
        if (!same) startSession(scenario);
      },
      addScenario(added) {
        languages.forget(added.file);
        const entry = languages.localEntry(added, get().language);
        set({ scenarios: [...get().scenarios.filter((e) => e.file !== entry.file), entry] });
        if (entry.scenario) actions.selectScenario(entry.file);
        else showProblems({ file: entry.file, problems: entry.problems ?? [] });
      },
      dismissProblems: () =>
        session ? send({ type: 'dismissProblems' }) : set({ screen: 'title', problems: null }),
      selectSide: (side) => send({ type: 'selectSide', side }),
      selectDifficulty: (difficulty) => send({ type: 'selectDifficulty', difficulty }),
      setPlayers: (players) => send({ type: 'setPlayers', players }),
      takeOver: () => send({ type: 'takeOver' }),
      setSound: (on) => set({ sound: on }),
      toggleSound: () => set({ sound: !get().sound }),
      setTextSize: (percent) => set({ textSize: percent }),
      setLanguage(next) {
        // On the title screen only: a call's lines and the game's texts stay in one language.
        if (next === get().language || !onTitle()) return;
        const entries = get().scenarios.map((e) => languages.localEntry(e, next));
        const scenario = entries.find((e) => e.file === get().setup.file)?.scenario ?? null;
        set({ language: next, catalogue: CATALOGUES[next], scenarios: entries, scenario });
        startSession(scenario);
      },
      openBriefing: () => send({ type: 'openBriefing' }),
      startCall: () => send({ type: 'startCall' }),
      replayRecord: (record) => send({ type: 'replay', record }),
      answer: () => send({ type: 'answer' }),
      proceed: () => send({ type: 'proceed' }),
      propose: (terms) => move({ kind: 'propose', terms }),
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
        move(draftMove(draft));
      },
      canPropose(terms) {
        const call = callSnapshot();
        const playing = session?.getSnapshot().matches({ call: 'playing' }) === true;
        return playing && call !== null && canPropose(call, get().setup.side, terms);
      },
      accept: () => move({ kind: 'accept' }),
      reject: () => move({ kind: 'reject' }),
      speak: (tone) => move({ kind: 'statement', tone }),
      presentEvidence: (id) => move({ kind: 'evidence', id }),
      invokeRedLine: (issue, option) => move({ kind: 'redLine', issue, option }),
      defer: (issue) => move({ kind: 'defer', issue }),
      endCall: () => move({ kind: 'endCall' }),
      skipThinking: () => send({ type: 'skipThinking' }),
      playAgain: () => send({ type: 'playAgain' }),
      switchSides: () => send({ type: 'switchSides' }),
      backToTitle: () => send({ type: 'backToTitle' }),
      showEndingTab: (tab) => set({ endingTab: tab }),
      setSaveStatus(offers, problem, aside) {
        const saveAside = aside === undefined ? {} : { saveAside: aside };
        set({
          savedGames: offers,
          savedGame: offers[0] ?? null,
          saveProblem: problem,
          ...saveAside,
        });
      },
      resumeSavedGame() {
        const offer = get().savedGame;
        if (!offer) return;
        if (offer.entry) actions.addScenario(offer.entry);
        actions.selectScenario(offer.file);
        send({ type: 'resume', record: offer.record });
        // After the replay: the autosave keeps writing this game under the offer's entry.
        const rest = get().savedGames.filter((o) => o !== offer);
        set({ savedGames: rest, savedGame: rest[0] ?? null });
      },
      discardSavedGame() {
        const rest = get().savedGames.slice(1);
        set({ savedGames: rest, savedGame: rest[0] ?? null });
      },
      nextSavedGame() {
        const [head, ...rest] = get().savedGames;
        if (!head || rest.length === 0) return;
        set({ savedGames: [...rest, head], savedGame: rest[0] ?? null });
      },
      dismissSaveProblem: () => set({ saveProblem: null, saveAside: null }),
      resultFor: (student) => handInOf(get(), student),
      dispose: () => session?.stop(),
    };

    return initialState(deps, scenarios, actions);
  });
  // The first scenario's session starts at once: the title screen is its first state.
  if (first) store.getState().actions.selectScenario(first.file);
  return store;
}
