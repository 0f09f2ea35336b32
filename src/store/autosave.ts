// Saved games: the call in progress is saved after every move, one entry a
// game, so a reload, a crash, a closed tab or a second game tab loses
// nothing; the title screen offers every saved game to resume, and a call
// left for another scenario mid-way is offered again. A save is the game's
// record (scenario + settings + events), versioned (save-format.ts); one that
// cannot be resumed (another version, damaged, a scenario changed since,
// moves the rules refuse: resume-offer.ts) gives a message and is kept aside,
// offered as a file, never deleted. A full or blocked storage gives a
// message; the game goes on.
import { scenarioHash } from '../scenario/hash.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import type { GameStore, Screen, StoreState } from './game-types.ts';
import { privateGame, type PrivateGame } from './private-game.ts';
import { SAVE_FORMAT, SAVE_VERSION, type SavedGame, type SaveProblem } from './save-format.ts';
import { readSave, type ResumeOffer } from './resume-offer.ts';

export type { SaveProblem } from './save-format.ts';
export type { ResumeOffer } from './resume-offer.ts';

export interface StoredSave {
  id: string;
  text: string;
}

export interface SaveStorage {
  /** Every saved game; 'blocked' when storage cannot be read. */
  readAll(): StoredSave[] | 'blocked';
  write(id: string, text: string): 'ok' | 'full' | 'blocked';
  remove(id: string): void;
  /** Keeps a save that cannot be resumed aside, under a key of its own; false when there was no room. */
  keepAside(text: string): boolean;
}

/** A save that cannot be resumed: why, and its text, offered to the player as a file. */
interface SetAside {
  problem: SaveProblem;
  text: string;
}

/** A new game's entry: unlikely to meet another tab's. */
function newGameId(now: number): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Offers the saved games, or says why one cannot be resumed, keeping it aside. */
function offerSavedGames(store: GameStore, storage: SaveStorage, game: PrivateGame): void {
  const actions = store.getState().actions;
  const all = storage.readAll();
  if (all === 'blocked') return actions.setSaveStatus([], 'blocked');
  const offers: ResumeOffer[] = [];
  let aside: SetAside | null = null;
  for (const { id, text } of all) {
    const read = readSave(text, game.entries(), store.getState().catalogue, id);
    if (read.ok) offers.push(read.offer);
    else {
      // Kept aside before it leaves its entry: nothing the player did is ever deleted.
      if (storage.keepAside(text)) storage.remove(id);
      aside ??= { problem: read.problem, text };
    }
  }
  offers.sort((a, b) => b.savedAt - a.savedAt);
  actions.setSaveStatus(offers, aside?.problem ?? null, aside?.text ?? null);
}

/** What the autosave remembers between two changes of the store. */
interface Saving {
  /** The entry of the game being played: a resumed game keeps its own. */
  gameId: string | null;
  gameSettings: unknown;
  lastText: string | null;
  warned: boolean;
  seenRecord: GameRecord | null;
  seenOffers: readonly ResumeOffer[];
}

/** One change of the store, as the autosave sees it. */
interface Change {
  s: StoreState;
  previous: StoreState;
  record: GameRecord | null;
  offers: readonly ResumeOffer[];
  wasRecord: GameRecord | null;
  wasOffers: readonly ResumeOffer[];
}

/** "Start afresh": the offered game is let go (kept aside, as any save that leaves). */
function forgetDroppedOffers(storage: SaveStorage, change: Change): void {
  const { record, offers, wasRecord, wasOffers } = change;
  if (record !== wasRecord) return;
  for (const offer of wasOffers.filter((o) => !offers.includes(o)))
    if (!record || record.settings !== offer.record.settings) storage.remove(offer.id);
}

const ON_A_CALL: readonly Screen[] = ['call', 'handover'];

/** A call left mid-way (another scenario opened, back to the title): offered again. */
function offerLeftCall(store: GameStore, game: PrivateGame, saving: Saving, change: Change): void {
  const { s, previous, offers } = change;
  const left =
    ON_A_CALL.includes(previous.screen) &&
    !ON_A_CALL.includes(s.screen) &&
    s.screen !== 'ending' &&
    !s.ending;
  const { gameId: id, lastText } = saving;
  if (!left || !id || !lastText) return;
  const read = readSave(lastText, game.entries(), s.catalogue, id);
  if (read.ok && !offers.some((o) => o.id === id))
    store.getState().actions.setSaveStatus([read.offer, ...offers], s.saveProblem);
}

/** Saves the game after a move, under its game's own entry; warns once when storage refuses. */
function saveGame(
  store: GameStore,
  storage: SaveStorage,
  game: PrivateGame,
  saving: Saving,
  change: Change,
  now: () => number,
): void {
  const { s, record, wasRecord, wasOffers } = change;
  const scenario = game.scenario();
  if (record === wasRecord || !record || !scenario) return;
  if (record.settings !== saving.gameSettings) {
    saving.gameSettings = record.settings;
    saving.gameId =
      wasOffers.find((o) => o.record.settings === record.settings)?.id ?? newGameId(now());
  }
  const save: SavedGame = {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    savedAt: now(),
    file: s.setup.file,
    scenarioHash: scenarioHash(scenario),
    // A scenario not bundled with the game is saved with the game, even when its file is named like a bundled one.
    ...(s.scenarios.find((e) => e.file === s.setup.file)?.bundled === true ? {} : { scenario }),
    record: record as SavedGame['record'],
  };
  saving.lastText = JSON.stringify(save);
  const written = storage.write(saving.gameId ?? newGameId(now()), saving.lastText);
  if (written !== 'ok' && !saving.warned) {
    saving.warned = true;
    store.getState().actions.setSaveStatus([...game.offers()], written);
  }
}

/**
 * Offers the saved games (or says why one cannot be resumed, keeping it
 * aside), then saves the call after every move under its game's own entry.
 * Returns the function that stops saving.
 */
export function startAutosave(
  store: GameStore,
  storage: SaveStorage,
  now: () => number = () => Date.now(),
): () => void {
  // The records, the whole scenarios and the offers' records are kept beside the store, not in it.
  const game = privateGame(store);
  offerSavedGames(store, storage, game);
  const saving: Saving = {
    gameId: null,
    gameSettings: null,
    lastText: null,
    warned: false,
    seenRecord: game.record(),
    seenOffers: game.offers(),
  };
  return store.subscribe((s, previous) => {
    const change: Change = {
      s,
      previous,
      record: game.record(),
      offers: game.offers(),
      wasRecord: saving.seenRecord,
      wasOffers: saving.seenOffers,
    };
    [saving.seenRecord, saving.seenOffers] = [change.record, change.offers];
    forgetDroppedOffers(storage, change);
    offerLeftCall(store, game, saving, change);
    saveGame(store, storage, game, saving, change, now);
  });
}
