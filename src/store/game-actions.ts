// The store's actions. Those of the game send events to the session (through
// the link: queued until the session part has loaded); those of the page
// change its own state (preferences, the scenario files, the saved games).
// The whole scenarios, the record and the saved games' records are kept
// beside the store (private-game.ts), never in its state.
import type { SessionEvent } from '../session/session-machine.ts';
import { CATALOGUES } from '../messages/catalogues.ts';
import type { GameActions, StoreState } from './game-types.ts';
import type { HiddenGame } from './private-game.ts';
import { moveSenders, toggledDraft, type MoveAction } from './move-actions.ts';
import { canResume, showOffers } from './saved-offers.ts';
import type { ResumeOffer } from './autosave.ts';
import { scenarioItem, showScenario } from './scenario-face.ts';
import type { ScenarioLanguages } from './scenario-language.ts';
import type { SessionLink } from './session-link.ts';

/** What the actions work on: the store's state, the game kept beside it, and the session. */
export interface ActionContext {
  get(): StoreState;
  set(partial: Partial<StoreState>): void;
  hidden: HiddenGame;
  link: SessionLink;
  languages: ScenarioLanguages;
}

type Actions<K extends keyof GameActions> = Pick<GameActions, K>;

/** The scenario files: selecting one (a session on it), adding one, the language of all. */
function scenarioActions(
  c: ActionContext,
  all: () => GameActions,
): Actions<'selectScenario' | 'addScenario' | 'dismissProblems' | 'setLanguage'> {
  const { get, set, hidden, link, languages } = c;
  // With no scenario loaded yet there is no session: the page shows the problems itself.
  const withDismiss = (dismissProblems: boolean) => ({ can: { ...get().can, dismissProblems } });
  const showProblems = (problems: NonNullable<StoreState['problems']>) =>
    link.running()
      ? link.send({ type: 'showProblems', ...problems })
      : set({ screen: 'problems', problems, ...withDismiss(true) });
  return {
    selectScenario(file) {
      const scenario = hidden.entries.find((s) => s.file === file)?.scenario ?? null;
      const same = scenario === hidden.scenario && link.running();
      set({ setup: { ...get().setup, file }, scenario: showScenario(hidden, scenario) });
      if (!same) link.start(scenario);
    },
    addScenario(added) {
      languages.forget(added.file);
      const entry = languages.localEntry(added, get().language);
      hidden.entries = [...hidden.entries.filter((e) => e.file !== entry.file), entry];
      set({ scenarios: hidden.entries.map(scenarioItem) });
      if (entry.scenario) all().selectScenario(entry.file);
      else showProblems({ file: entry.file, problems: entry.problems ?? [] });
    },
    dismissProblems: () =>
      link.running()
        ? link.send({ type: 'dismissProblems' })
        : set({ screen: 'title', problems: null, ...withDismiss(false) }),
    setLanguage(next) {
      // On the title screen only: a call's lines and the game's texts stay in one language.
      if (next === get().language || !link.onTitle()) return;
      hidden.entries = hidden.entries.map((e) => languages.localEntry(e, next));
      const scenario = hidden.entries.find((e) => e.file === get().setup.file)?.scenario ?? null;
      const [catalogue, scenarios] = [CATALOGUES[next], hidden.entries.map(scenarioItem)];
      set({ language: next, catalogue, scenarios, scenario: showScenario(hidden, scenario) });
      link.start(scenario);
    },
  };
}

/** The session's own events, sent as they are. */
function sessionActions(
  send: (event: SessionEvent) => void,
): Actions<
  | 'selectSide'
  | 'selectDifficulty'
  | 'setPlayers'
  | 'takeOver'
  | 'openBriefing'
  | 'startCall'
  | 'replayRecord'
  | 'answer'
  | 'proceed'
  | 'skipThinking'
  | 'playAgain'
  | 'switchSides'
  | 'backToTitle'
> {
  return {
    selectSide: (side) => send({ type: 'selectSide', side }),
    selectDifficulty: (difficulty) => send({ type: 'selectDifficulty', difficulty }),
    setPlayers: (players) => send({ type: 'setPlayers', players }),
    takeOver: () => send({ type: 'takeOver' }),
    openBriefing: () => send({ type: 'openBriefing' }),
    startCall: () => send({ type: 'startCall' }),
    replayRecord: (record) => send({ type: 'replay', record }),
    answer: () => send({ type: 'answer' }),
    proceed: () => send({ type: 'proceed' }),
    skipThinking: () => send({ type: 'skipThinking' }),
    playAgain: () => send({ type: 'playAgain' }),
    switchSides: () => send({ type: 'switchSides' }),
    backToTitle: () => send({ type: 'backToTitle' }),
  };
}

/** The player's moves on the call, and the draft proposal they build issue by issue. */
function moveActions(
  c: ActionContext,
): Actions<'setDraft' | 'proposeDraft' | 'canPropose' | MoveAction> {
  const withDraft = (draft: StoreState['draft']) => ({
    draft,
    draftWorth: c.link.draftWorth(draft),
  });
  return {
    ...moveSenders((m) => c.link.send({ type: 'move', move: m })),
    setDraft: (issue, settlement) =>
      c.set(withDraft(toggledDraft(c.get().draft, issue, settlement))),
    proposeDraft() {
      const draft = c.get().draft;
      if (!c.link.canPropose(draft)) return;
      c.set(withDraft({}));
      c.link.proposeDraft(draft);
    },
    canPropose: (terms) => c.link.canPropose(terms),
  };
}

/** The saved games the autosave offers, and resuming one. */
function savedGameActions(
  c: ActionContext,
  all: () => GameActions,
): Actions<
  'setSaveStatus' | 'resumeSavedGame' | 'discardSavedGame' | 'nextSavedGame' | 'dismissSaveProblem'
> {
  const { get, set, hidden } = c;
  // The offers, and whether the session would resume the first one now.
  const offered = (offers: ResumeOffer[]) => {
    const shown = showOffers(hidden, offers);
    return { ...shown, can: { ...get().can, resume: canResume(hidden, c.link) } };
  };
  return {
    setSaveStatus(offers, problem, aside) {
      if (aside !== undefined) hidden.aside = aside;
      set({ ...offered(offers), saveProblem: problem, saveAside: hidden.aside !== null });
    },
    resumeSavedGame() {
      const offer = hidden.offers[0];
      // A refused resume keeps the offer (the session is not on its title screen).
      if (!offer || !get().can.resume) return;
      if (offer.entry) all().addScenario(offer.entry);
      all().selectScenario(offer.file);
      c.link.send({ type: 'resume', record: offer.record });
      // After the replay: the autosave keeps writing this game under the offer's entry.
      set(offered(hidden.offers.filter((o) => o !== offer)));
    },
    discardSavedGame: () => set(offered(hidden.offers.slice(1))),
    nextSavedGame() {
      const [head, ...rest] = hidden.offers;
      if (head && rest.length > 0) set(offered([...rest, head]));
    },
    dismissSaveProblem() {
      hidden.aside = null;
      set({ saveProblem: null, saveAside: false });
    },
  };
}

/** The page's preferences and screens of its own, the hand-in, and letting the store go. */
function pageActions(
  c: ActionContext,
): Actions<'setSound' | 'toggleSound' | 'setTextSize' | 'showEndingTab' | 'resultFor' | 'dispose'> {
  return {
    setSound: (on) => c.set({ sound: on }),
    toggleSound: () => c.set({ sound: !c.get().sound }),
    setTextSize: (percent) => c.set({ textSize: percent }),
    showEndingTab: (tab) => c.set({ endingTab: tab }),
    resultFor: (student) => c.link.resultFor(student),
    dispose: () => c.link.stop(),
  };
}

export function gameActions(c: ActionContext): GameActions {
  const all = (): GameActions => actions;
  const actions: GameActions = {
    ...scenarioActions(c, all),
    ...sessionActions((event) => c.link.send(event)),
    ...moveActions(c),
    ...savedGameActions(c, all),
    ...pageActions(c),
  };
  return actions;
}
