// The one bridge from the running session to everything that draws or plays
// sound: a Zustand vanilla store. It holds a projection of the session
// machine's snapshot (the call as the viewing player's side sees it) and the
// page's own state (the scenario files' cards, the draft, the saved games, the
// preferences); its game actions only send events to the session actor, which
// owns the flow, the computer's pause and the record. The whole scenarios, the
// record (with its seed) and the saved games' records stay beside the store
// (private-game.ts), never in its state.
//
// This is the store with its session part connected at once (tests, tools);
// the game's page opens it without (store-shell.ts) and connects the session
// part once the title screen is usable.
import * as sessionPart from './session-port.ts';
import { openGameStore } from './store-shell.ts';
import type { GameStore, StoreDeps } from './game-types.ts';

export type * from './game-types.ts';
export { ENDING_TABS } from './game-types.ts';

export function createGameStore(deps: StoreDeps): GameStore {
  const { store, connect } = openGameStore(deps);
  connect(sessionPart);
  return store;
}
