// The one bridge from the running session to everything that draws or plays
// sound: a Zustand vanilla store. It holds a projection of the session
// machine's snapshot (the call as the viewing player's side sees it) and the
// page's own state (the scenario files' cards, the draft, the saved games, the
// preferences); its game actions only send events to the session actor, which
// owns the flow, the computer's pause and the record. The whole scenarios, the
// record (with its seed) and the saved games' records stay beside the store
// (private-game.ts), never in its state.
import { createStore } from 'zustand/vanilla';
import { createActor, type Actor } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import type { Move, Settlement } from '../negotiation/types.ts';
import type { GameRecord } from '../negotiation/replay.ts';
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
import { handInOf, initialState, recordOf, sessionView } from './session-view.ts';
import { scenarioCard, scenarioFace } from './scenario-face.ts';
import { keepPrivate } from './private-game.ts';
import type { ResumeOffer } from './autosave.ts';
import type {
  GameActions,
  StoreState,
  GameStore,
  SavedGameCard,
  ScenarioEntry,
  ScenarioItem,
  Scheduler,
  StoreDeps,
} from './game-types.ts';

export type * from './game-types.ts';
export { ENDING_TABS } from './game-types.ts';

const itemOf = ({ scenario, ...entry }: ScenarioEntry): ScenarioItem =>
  scenario ? { ...entry, scenario: scenarioCard(scenario) } : entry;
const cardOf = ({ record: _record, entry: _entry, ...card }: ResumeOffer): SavedGameCard => card;

const browserScheduler: Scheduler = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createGameStore(deps: StoreDeps): GameStore {
  const clock = deps.scheduler ?? browserScheduler;
  const newSeed = deps.newSeed ?? (() => Math.floor(Math.random() * 2 ** 31));
  const languages = scenarioLanguages();
  const language = deps.language ?? 'en';
  const entries = deps.scenarios.map((e) => languages.localEntry(e, language));
  const first = entries.find((s) => s.scenario);
  // The game behind the view: what the store's state must not hold.
  const hidden = {
    entries,
    scenario: first?.scenario ?? null,
    record: null as GameRecord | null,
    offers: [] as ResumeOffer[],
  };
  const store = createStore<StoreState>()((set, get) => {
    let session: Actor<SessionMachine> | undefined;
    const send = (event: SessionEvent) => session?.send(event);
    const startSession = (scenario: Scenario | null) => {
      session?.stop();
      session = undefined;
      if (!scenario) return;
      const { side, difficulty, players } = get().setup;
      const viewer = scenario.sides.some((s) => s.id === side) ? side : sidesOf(scenario)[0].id;
      const other = otherSide(scenario, viewer);
      const machine = createSessionMachine(scenario).provide({
        delays: { think: deps.thinkMs ?? THINK_MS },
      });
      const input = {
        side: viewer,
        players: { [viewer]: 'human', [other]: players === 2 ? 'human' : 'computer' } as const,
        difficulty,
        seed: deps.seed ?? null,
        newSeed,
      };
      const actor = createActor(machine, { clock, input });
      session = actor;
      actor.subscribe((snapshot) => {
        const record = recordOf(scenario, snapshot, hidden.record);
        const newGame = record?.settings !== hidden.record?.settings;
        hidden.record = record;
        set(sessionView(scenario, snapshot, get(), record, newGame));
      });
      actor.start();
    };
    const callSnapshot = () => session?.getSnapshot().context.call ?? null;
    const withDraft = (draft: Record<string, Settlement>) => {
      const [scenario, call] = [hidden.scenario, callSnapshot()];
      const worth = scenario && call ? draftWorth(scenario, call, get().setup.side, draft) : null;
      return { draft, draftWorth: worth };
    };
    const move = (m: Move) => send({ type: 'move', move: m });
    // With no scenario loaded yet there is no session: the page shows the problems itself.
    const showProblems = (problems: NonNullable<StoreState['problems']>) =>
      session ? send({ type: 'showProblems', ...problems }) : set({ screen: 'problems', problems });
    const onTitle = () => !session || session.getSnapshot().matches('title');
    const showScenario = (scenario: Scenario | null) => {
      hidden.scenario = scenario;
      return scenario && scenarioFace(scenario);
    };
    const showOffers = (offers: ResumeOffer[]) => {
      hidden.offers = offers;
      const cards = offers.map(cardOf);
      return { savedGames: cards, savedGame: cards[0] ?? null };
    };

    const actions: GameActions = {
      selectScenario(file) {
        const scenario = hidden.entries.find((s) => s.file === file)?.scenario ?? null;
        const same = scenario === hidden.scenario && session !== undefined;
        set({ setup: { ...get().setup, file }, scenario: showScenario(scenario) });
        if (!same) startSession(scenario);
      },
      addScenario(added) {
        languages.forget(added.file);
        const entry = languages.localEntry(added, get().language);
        hidden.entries = [...hidden.entries.filter((e) => e.file !== entry.file), entry];
        set({ scenarios: hidden.entries.map(itemOf) });
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
        hidden.entries = hidden.entries.map((e) => languages.localEntry(e, next));
        const scenario = hidden.entries.find((e) => e.file === get().setup.file)?.scenario ?? null;
        const [catalogue, scenarios] = [CATALOGUES[next], hidden.entries.map(itemOf)];
        set({ language: next, catalogue, scenarios, scenario: showScenario(scenario) });
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
        set({ ...showOffers(offers), saveProblem: problem, ...saveAside });
      },
      resumeSavedGame() {
        const offer = hidden.offers[0];
        if (!offer) return;
        if (offer.entry) actions.addScenario(offer.entry);
        actions.selectScenario(offer.file);
        send({ type: 'resume', record: offer.record });
        // After the replay: the autosave keeps writing this game under the offer's entry.
        set(showOffers(hidden.offers.filter((o) => o !== offer)));
      },
      discardSavedGame: () => set(showOffers(hidden.offers.slice(1))),
      nextSavedGame() {
        const [head, ...rest] = hidden.offers;
        if (head && rest.length > 0) set(showOffers([...rest, head]));
      },
      dismissSaveProblem: () => set({ saveProblem: null, saveAside: null }),
      resultFor: (student) => handInOf(hidden.scenario, hidden.record, get(), student),
      dispose: () => session?.stop(),
    };

    const firstScenario = first?.scenario && { file: first.file, scenario: first.scenario };
    const items = hidden.entries.map(itemOf);
    return initialState(deps, items, firstScenario, showScenario(hidden.scenario), actions);
  });
  keepPrivate(store, {
    entries: () => hidden.entries,
    scenario: () => hidden.scenario,
    record: () => hidden.record,
    offers: () => hidden.offers,
  });
  // The first scenario's session starts at once: the title screen is its first state.
  if (first) store.getState().actions.selectScenario(first.file);
  return store;
}
