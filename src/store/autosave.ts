// Saved games: the call in progress is saved after every move, one entry a
// game, so a reload, a crash, a closed tab or a second game tab loses
// nothing; the title screen offers every saved game to resume, and a call
// left for another scenario mid-way is offered again. A save is the game's
// record (scenario + settings + events), versioned; one that cannot be
// resumed (another version, damaged, a scenario changed since, moves the
// rules refuse) gives a message and is kept aside, offered as a file, never
// deleted. A full or blocked storage gives a message; the game goes on.
import { z } from 'zod';
import { validScenario } from '../scenario/validate.ts';
import { scenarioHash } from '../scenario/hash.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import { DIFFICULTIES } from '../negotiation/types.ts';
import { moveSchema } from '../negotiation/move-schema.ts';
import { createCallMachine, type CallEvent } from '../negotiation/call-machine.ts';
import { checkMove } from '../negotiation/moves/index.ts';
import { createActor } from 'xstate';
import type { GameStore, ScenarioEntry } from './game-store.ts';
import { privateGame } from './private-game.ts';
import type { Catalogue } from '../messages/i18n.ts';

export const SAVE_FORMAT = 'standoff-save';
export const SAVE_VERSION = 1;

const eventSchema = z.union([
  z.object({ type: z.enum(['answer', 'proceed', 'computerMove']) }).strict(),
  z
    .object({ type: z.literal('move'), side: z.string(), move: z.record(z.string(), z.unknown()) })
    .strict(),
]);

const saveSchema = z
  .object({
    format: z.literal(SAVE_FORMAT),
    version: z.literal(SAVE_VERSION),
    savedAt: z.number(),
    file: z.string().max(300),
    scenarioHash: z.string(),
    /** The scenario itself, when it was opened from a file rather than bundled with the game. */
    scenario: z.unknown().optional(),
    record: z.object({
      scenario: z.string(),
      settings: z.object({
        seed: z.number().int(),
        difficulty: z.enum(DIFFICULTIES),
        controllers: z.record(z.string(), z.enum(['human', 'computer'])),
      }),
      events: z.array(eventSchema).max(5_000),
    }),
  })
  .strict();

export type SavedGame = z.infer<typeof saveSchema>;

/** Why a save could not be used or written: shown to the player once. */
export type SaveProblem =
  | 'damaged'
  | 'old-version'
  | 'newer-version'
  | 'scenario-changed'
  | 'refused-moves'
  | 'full'
  | 'blocked';

/** What the title screen offers: a saved game, ready to resume. */
export interface ResumeOffer {
  /** The save's entry in storage (one a game). */
  id: string;
  file: string;
  title: string;
  leader: string;
  savedAt: number;
  record: GameRecord;
  /** The scenario, when it is not one bundled with the game. */
  entry?: ScenarioEntry;
}

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
export interface SetAside {
  problem: SaveProblem;
  text: string;
}

/**
 * Why a save's events cannot be replayed: a move of the wrong shape, from no
 * side, or one the rules refuse (checked with checkMove before the rules
 * see it), or an event the call would not take. Undefined when all replay.
 */
function replayProblem(scenario: Scenario, record: GameRecord): string | undefined {
  const actor = createActor(createCallMachine(scenario), {
    input: { settings: record.settings },
  });
  try {
    actor.start();
    for (const event of record.events) {
      const snapshot = actor.getSnapshot();
      if (event.type === 'move') {
        const move = moveSchema.safeParse(event.move);
        if (!move.success) return 'a move of an unknown shape';
        if (!scenario.sides.some((s) => s.id === event.side)) return 'a move by no side';
        const problem = checkMove(scenario, snapshot.context.game, event.side, move.data);
        if (problem !== null) return problem;
      }
      // Other events a live call refused (a double click) were recorded too, and are skipped as they were.
      if (snapshot.can(event as CallEvent)) actor.send(event as CallEvent);
      else if (event.type === 'move') return 'a move the call refused';
    }
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : 'the replay failed';
  } finally {
    actor.stop();
  }
}

/** Reads a save against the scenarios the game has; a problem when it cannot be resumed. */
export function readSave(
  raw: string,
  scenarios: readonly ScenarioEntry[],
  catalogue: Catalogue,
  id = '',
): { ok: true; offer: ResumeOffer } | { ok: false; problem: SaveProblem } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if ((data as { format?: unknown } | null)?.format === SAVE_FORMAT && version !== SAVE_VERSION)
    return {
      ok: false,
      problem:
        typeof version === 'number' && version > SAVE_VERSION ? 'newer-version' : 'old-version',
    };
  const parsed = saveSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: 'damaged' };
  const save = parsed.data;
  // The game's scenario of that file, id and content; else the copy the save holds (a teacher's file,
  // even one named like a bundled scenario: its save is keyed by id and hash, not by the file's name).
  const same = (s: Scenario | undefined): s is Scenario =>
    s !== undefined && s.id === save.record.scenario && scenarioHash(s) === save.scenarioHash;
  let scenario: Scenario | undefined =
    scenarios.find((e) => e.file === save.file && same(e.scenario))?.scenario ??
    scenarios.map((e) => e.scenario).find(same);
  let entry: ScenarioEntry | undefined;
  if (!scenario && save.scenario !== undefined) {
    const valid = validScenario(save.file, save.scenario, catalogue);
    if (!valid) return { ok: false, problem: 'damaged' };
    scenario = valid;
    entry = { file: save.file, title: scenario.title, scenario };
  }
  const file = entry
    ? save.file
    : (scenarios.find((e) => e.scenario === scenario)?.file ?? save.file);
  if (
    !scenario ||
    scenario.id !== save.record.scenario ||
    scenarioHash(scenario) !== save.scenarioHash
  )
    return { ok: false, problem: 'scenario-changed' };
  const human = Object.entries(save.record.settings.controllers).find(
    ([, c]) => c === 'human',
  )?.[0];
  const leader = scenario.sides.find((s) => s.id === human)?.leader;
  if (!leader) return { ok: false, problem: 'damaged' };
  if (replayProblem(scenario, save.record as GameRecord) !== undefined)
    return { ok: false, problem: 'refused-moves' };
  return {
    ok: true,
    offer: {
      id,
      file,
      title: scenario.title,
      leader,
      savedAt: save.savedAt,
      record: save.record as GameRecord,
      ...(entry ? { entry } : {}),
    },
  };
}

/** A new game's entry: unlikely to meet another tab's. */
function newGameId(now: number): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
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
  const actions = store.getState().actions;
  // The records, the whole scenarios and the offers' records are kept beside the store, not in it.
  const game = privateGame(store);
  const all = storage.readAll();
  if (all === 'blocked') actions.setSaveStatus([], 'blocked');
  else {
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
  /** The entry of the game being played: a resumed game keeps its own. */
  let gameId: string | null = null;
  let gameSettings: unknown = null;
  let lastText: string | null = null;
  let warned = false;
  let [seenRecord, seenOffers] = [game.record(), game.offers()];
  return store.subscribe((s, previous) => {
    const [record, offers, wasRecord, wasOffers] = [
      game.record(),
      game.offers(),
      seenRecord,
      seenOffers,
    ];
    [seenRecord, seenOffers] = [record, offers];
    // "Start afresh": the offered game is let go (kept aside, as any save that leaves).
    const dropped = wasOffers.filter((o) => !offers.includes(o));
    if (record === wasRecord)
      for (const offer of dropped)
        if (!record || record.settings !== offer.record.settings) storage.remove(offer.id);
    // A call left mid-way (another scenario opened, back to the title): offered again.
    const left =
      (previous.screen === 'call' || previous.screen === 'handover') &&
      s.screen !== 'call' &&
      s.screen !== 'handover' &&
      s.screen !== 'ending' &&
      !s.ending;
    if (left && gameId && lastText) {
      const read = readSave(lastText, game.entries(), s.catalogue, gameId);
      const id = gameId;
      if (read.ok && !offers.some((o) => o.id === id))
        actions.setSaveStatus([read.offer, ...offers], s.saveProblem, s.saveAside);
    }
    const scenario = game.scenario();
    if (record === wasRecord || !record || !scenario) return;
    if (record.settings !== gameSettings) {
      gameSettings = record.settings;
      gameId = wasOffers.find((o) => o.record.settings === record.settings)?.id ?? newGameId(now());
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
    lastText = JSON.stringify(save);
    const written = storage.write(gameId ?? newGameId(now()), lastText);
    if (written !== 'ok' && !warned) {
      warned = true;
      actions.setSaveStatus([...game.offers()], written, store.getState().saveAside);
    }
  });
}
