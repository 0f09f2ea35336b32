// The game store without its session part: the title screen's state (the
// scenario files' cards, the setup, the preferences) and every action, at
// once. The session part (XState, the machines, the computer player: the
// heaviest JavaScript of the game) is connected when it arrives; until then
// the store's session link queues what the actions send (session-link.ts).
import { createStore } from 'zustand/vanilla';
import type { GameStore, StoreDeps, StoreState } from './game-types.ts';
import type * as SessionPart from './session-port.ts';
import { gameActions } from './game-actions.ts';
import { initialState } from './initial-state.ts';
import { keepPrivate, type HiddenGame } from './private-game.ts';
import { scenarioItem, showScenario } from './scenario-face.ts';
import { scenarioLanguages } from './scenario-language.ts';
import { sessionLink } from './session-link.ts';

export interface OpenStore {
  store: GameStore;
  /** Connects the session part (what was sent before it is applied, in order). */
  connect(part: typeof SessionPart): void;
}

export function openGameStore(deps: StoreDeps): OpenStore {
  const languages = scenarioLanguages();
  const entries = deps.scenarios.map((e) => languages.localEntry(e, deps.language ?? 'en'));
  const first = entries.find((s) => s.scenario);
  // The game behind the view: what the store's state must not hold.
  const hidden: HiddenGame = { entries, scenario: null, record: null, offers: [], aside: null };
  const link = sessionLink();
  const store = createStore<StoreState>()((set, get) => {
    const actions = gameActions({ get, set, hidden, link, languages });
    const firstScenario = first?.scenario && { file: first.file, scenario: first.scenario };
    const face = showScenario(hidden, first?.scenario ?? null);
    return initialState(deps, entries.map(scenarioItem), firstScenario, face, actions);
  });
  keepPrivate(store, hidden);
  // The first scenario's session starts at once: the title screen is its first state.
  if (first) store.getState().actions.selectScenario(first.file);
  return { store, connect: (part) => link.connect(part.sessionPort(store, hidden, deps)) };
}
