// The game store for a student in a live class: the same state and actions
// the scenes read, with the session on the server. The server's messages come
// in (`view`, `step`, `end`) and become the state (remote-call.ts); the move
// actions go out as messages (`send`) and change nothing here: the server's
// machine accepts or refuses them, and its next step is what the screen shows.
// The scenario (the game's own copy) stays in this closure, never in the state.
import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../scenario/schema.ts';
import type { Move, Settlement } from '../negotiation/types.ts';
import { resultFileName, resultFileText } from '../negotiation/result.ts';
import { localiseScenario } from '../scenario/localise.ts';
import { scenarioHash } from '../scenario/hash.ts';
import type { CallEnd, CallStep, CallUpdate } from '../net/protocol.ts';
import { applyStep } from '../net/call-steps.ts';
import { draftMove } from './call-view.ts';
import { initialState } from './initial-state.ts';
import { scenarioFace } from './scenario-face.ts';
import { moveSenders, toggledDraft } from './move-actions.ts';
import { listedMove, remoteCallState, remoteDraftWorth, remoteEnding } from './remote-call.ts';
import type { GameActions, GameStore, ScenarioEntry, StoreState } from './game-types.ts';

export interface RemoteDeps {
  /** The game's scenario, in the class's language (remoteScenario finds it). */
  scenario: Scenario;
  language: CallUpdate['scenario']['language'];
  sound?: boolean;
  textSize?: number;
  /** Sends a move to the call room. */
  send: (move: Move) => void;
  /** The player leaves the finished call for the game's title (play again, another scenario). */
  leave?: () => void;
}

/** The store, and where the call room's messages go. */
export interface RemoteCall {
  store: GameStore;
  view(update: CallUpdate): void;
  step(step: CallStep): void;
  end(end: CallEnd): void;
}

/** The game's own copy of the call's scenario, in the class's language; null when it has none of that version. */
export function remoteScenario(
  entries: readonly ScenarioEntry[],
  wanted: CallUpdate['scenario'],
): Scenario | null {
  for (const entry of entries) {
    if (entry.scenario?.id !== wanted.id) continue;
    const scenario = localiseScenario(entry.scenario, wanted.language);
    if (scenarioHash(scenario) === wanted.hash) return scenario;
  }
  return null;
}

const ignore = () => {};

/** What a live call's player cannot do from the game: the title's, the session's and the saved games' actions. */
const NOT_LIVE = {
  selectScenario: ignore,
  addScenario: ignore,
  dismissProblems: ignore,
  selectSide: ignore,
  selectDifficulty: ignore,
  setPlayers: ignore,
  takeOver: ignore,
  setLanguage: ignore,
  openBriefing: ignore,
  startCall: ignore,
  replayRecord: ignore,
  // The server answers the phone and passes the greetings itself, and plays the computer at its pace.
  answer: ignore,
  proceed: ignore,
  skipThinking: ignore,
  setSaveStatus: ignore,
  resumeSavedGame: ignore,
  discardSavedGame: ignore,
  nextSavedGame: ignore,
  dismissSaveProblem: ignore,
} satisfies Partial<GameActions>;

export function createRemoteStore(deps: RemoteDeps): RemoteCall {
  const { scenario } = deps;
  let shown: CallUpdate | null = null;
  let ended: CallEnd | null = null;
  const show = (update: CallUpdate) => {
    shown = update;
    store.setState(remoteCallState(scenario, update, store.getState()));
  };
  const store: GameStore = createStore<StoreState>()((set, get) => {
    const withDraft = (draft: Record<string, Settlement>) =>
      set({ draft, draftWorth: shown && remoteDraftWorth(scenario, shown, draft) });
    const leave = () => deps.leave?.();
    const actions: GameActions = {
      ...NOT_LIVE,
      // The moves go to the room: nothing changes here until the server's step says so.
      ...moveSenders(deps.send),
      setSound: (on) => set({ sound: on }),
      toggleSound: () => set({ sound: !get().sound }),
      setTextSize: (percent) => set({ textSize: percent }),
      setDraft: (issue, settlement) => withDraft(toggledDraft(get().draft, issue, settlement)),
      proposeDraft() {
        const draft = get().draft;
        if (!actions.canPropose(draft)) return;
        withDraft({});
        deps.send(draftMove(draft));
      },
      canPropose: (terms) =>
        get().call?.myTurn === true && shown !== null && listedMove(shown.legal, draftMove(terms)),
      playAgain: leave,
      switchSides: leave,
      backToTitle: leave,
      showEndingTab: (tab) => set({ endingTab: tab }),
      resultFor: () =>
        ended && {
          fileName: resultFileName(ended.result),
          text: resultFileText(ended.result),
          linkParam: ended.link,
        },
      dispose: ignore,
    };
    const language = deps.language;
    const base = { scenarios: [], language, sound: deps.sound, textSize: deps.textSize };
    const first = { file: '', scenario };
    return {
      ...initialState(base, [], first, scenarioFace(scenario), actions),
      screen: 'call',
    };
  });
  return {
    store,
    view: show,
    step: (step) => {
      const next = shown && applyStep(shown, step);
      // A step that does not follow the view shown waits for the whole view (sent on reconnecting).
      if (next) show(next);
    },
    end: (end) => {
      ended = end;
      const ending = remoteEnding(scenario, end, end.result.side, store.getState().catalogue);
      if (ending) store.setState({ ending, endingTab: 'deal', screen: 'ending' });
    },
  };
}
