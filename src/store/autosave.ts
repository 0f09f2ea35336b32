// Saved games: the call in progress is saved after every move, so a reload, a
// crash or a closed tab loses nothing; the next visit offers to resume it. A
// save is the game's record (scenario + settings + events), versioned; a
// save from another version, a damaged save, a scenario changed since, a
// full or blocked storage each give the player a message and a fresh start,
// never a blank page. A damaged save is copied aside, not silently dropped.
import { z } from 'zod';
import { validScenario } from '../scenario/validate.ts';
import { scenarioHash } from '../scenario/hash.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import { DIFFICULTIES } from '../negotiation/types.ts';
import type { GameStore, ScenarioEntry } from './game-store.ts';

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
export type SaveProblem = 'damaged' | 'old-version' | 'scenario-changed' | 'full' | 'blocked';

/** What the title screen offers: the saved game, ready to resume. */
export interface ResumeOffer {
  file: string;
  title: string;
  leader: string;
  savedAt: number;
  record: GameRecord;
  /** The scenario, when it is not one bundled with the game. */
  entry?: ScenarioEntry;
}

export interface SaveStorage {
  /** The saved text; null when there is none; 'blocked' when storage cannot be read. */
  read(): string | null | 'blocked';
  write(text: string): 'ok' | 'full' | 'blocked';
  remove(): void;
  /** Keeps a damaged save aside, so nothing the player did is lost silently. */
  keepDamaged(text: string): void;
}

/** Reads a save against the scenarios the game has; a problem when it cannot be resumed. */
export function readSave(
  raw: string,
  scenarios: readonly ScenarioEntry[],
): { ok: true; offer: ResumeOffer } | { ok: false; problem: SaveProblem } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if ((data as { format?: unknown } | null)?.format === SAVE_FORMAT && version !== SAVE_VERSION)
    return { ok: false, problem: 'old-version' };
  const parsed = saveSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: 'damaged' };
  const save = parsed.data;
  let scenario: Scenario | undefined = scenarios.find((s) => s.file === save.file)?.scenario;
  let entry: ScenarioEntry | undefined;
  if (!scenario && save.scenario !== undefined) {
    const valid = validScenario(save.file, save.scenario);
    if (!valid) return { ok: false, problem: 'damaged' };
    scenario = valid;
    entry = { file: save.file, title: scenario.title, scenario };
  }
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
  return {
    ok: true,
    offer: {
      file: save.file,
      title: scenario.title,
      leader,
      savedAt: save.savedAt,
      record: save.record as GameRecord,
      ...(entry ? { entry } : {}),
    },
  };
}

/**
 * Offers the saved game (or says why it cannot be resumed), then saves the
 * call after every move. Returns the function that stops saving.
 */
export function startAutosave(
  store: GameStore,
  storage: SaveStorage,
  now: () => number = () => Date.now(),
): () => void {
  const bundled = new Set(store.getState().scenarios.map((s) => s.file));
  const raw = storage.read();
  if (raw === 'blocked') store.getState().actions.setSaveStatus(null, 'blocked');
  else if (raw !== null) {
    const read = readSave(raw, store.getState().scenarios);
    if (read.ok) store.getState().actions.setSaveStatus(read.offer, null);
    else {
      if (read.problem === 'damaged') storage.keepDamaged(raw);
      storage.remove();
      store.getState().actions.setSaveStatus(null, read.problem);
    }
  }
  let warned = false;
  return store.subscribe((s, previous) => {
    // "Start afresh": the offered game is let go.
    if (previous.savedGame && !s.savedGame && s.record === previous.record) storage.remove();
    if (s.record === previous.record || !s.record || !s.scenario) return;
    const save: SavedGame = {
      format: SAVE_FORMAT,
      version: SAVE_VERSION,
      savedAt: now(),
      file: s.setup.file,
      scenarioHash: scenarioHash(s.scenario),
      ...(bundled.has(s.setup.file) ? {} : { scenario: s.scenario }),
      record: s.record as SavedGame['record'],
    };
    const written = storage.write(JSON.stringify(save));
    if (written !== 'ok' && !warned) {
      warned = true;
      store.getState().actions.setSaveStatus(store.getState().savedGame, written);
    }
  });
}
