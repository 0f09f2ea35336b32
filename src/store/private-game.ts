// What the store must not hold, kept beside it for the few modules that need
// the whole game: the autosave (the record, with its seed, and the scenario it
// saves), the class link (a teacher's scenario, copied into the link) and the
// hot reload. Reached from a store through a WeakMap of this module, so
// nothing a page exposes (`window.standoff.store`) leads to it; the scenes and
// the DOM layer read the store's player view instead.
import type { Scenario } from '../scenario/schema.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import type { ResumeOffer } from './autosave.ts';
import type { GameStore, ScenarioEntry } from './game-types.ts';

export interface PrivateGame {
  /** The scenario files as loaded, whole, in the interface language. */
  entries(): readonly ScenarioEntry[];
  /** The selected scenario, whole. */
  scenario(): Scenario | null;
  /** The game so far, as a replayable record (the same object while nothing in it changed). */
  record(): GameRecord | null;
  /** The saved games on offer, with their records (the store holds only what the title shows). */
  offers(): readonly ResumeOffer[];
  /** The text of a save that could not be resumed (its seed inside), kept for the student to download. */
  saveAside(): string | null;
}

/** The game behind a store's view as the store keeps it: its actions and its session update it. */
export interface HiddenGame {
  entries: ScenarioEntry[];
  scenario: Scenario | null;
  record: GameRecord | null;
  offers: ResumeOffer[];
  aside: string | null;
}

const games = new WeakMap<GameStore, PrivateGame>();

export function keepPrivate(store: GameStore, hidden: HiddenGame): void {
  games.set(store, {
    entries: () => hidden.entries,
    scenario: () => hidden.scenario,
    record: () => hidden.record,
    offers: () => hidden.offers,
    saveAside: () => hidden.aside,
  });
}

/** The whole game behind a store (a programmer error for a store not made by createGameStore). */
export function privateGame(store: GameStore): PrivateGame {
  const game = games.get(store);
  if (!game) throw new Error('not a game store');
  return game;
}
