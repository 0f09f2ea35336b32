// What the title screen offers of a saved game, and the reading of a save's
// text into one: against the scenarios the game has (or the copy the save
// holds of a teacher's file), its version, its schema and its moves. A save
// that cannot be resumed is a problem, worded to the player once.
import type { Scenario } from '../scenario/schema.ts';
import { validScenario } from '../scenario/validate.ts';
import { scenarioHash } from '../scenario/hash.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import type { Catalogue } from '../messages/i18n.ts';
import type { ScenarioEntry } from './game-types.ts';
import {
  SAVE_FORMAT,
  SAVE_VERSION,
  saveSchema,
  type SavedGame,
  type SaveProblem,
} from './save-format.ts';
import { replayProblem } from './save-replay.ts';

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

type Read<T> = ({ ok: true } & T) | { ok: false; problem: SaveProblem };

/** The save a text holds, or why it holds none of this version. */
function parseSave(raw: string): Read<{ save: SavedGame }> {
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
  return parsed.success ? { ok: true, save: parsed.data } : { ok: false, problem: 'damaged' };
}

/**
 * The scenario a save was played on: the game's scenario of that file, id and content; else the
 * copy the save holds (a teacher's file, even one named like a bundled scenario: its save is keyed
 * by id and hash, not by the file's name), with the entry to add to the game.
 */
function savedScenario(
  save: SavedGame,
  scenarios: readonly ScenarioEntry[],
  catalogue: Catalogue,
): Read<{ scenario: Scenario; file: string; entry?: ScenarioEntry }> {
  const same = (s: Scenario | undefined): s is Scenario =>
    s !== undefined && s.id === save.record.scenario && scenarioHash(s) === save.scenarioHash;
  const known =
    scenarios.find((e) => e.file === save.file && same(e.scenario))?.scenario ??
    scenarios.map((e) => e.scenario).find(same);
  if (known) {
    const file = scenarios.find((e) => e.scenario === known)?.file ?? save.file;
    return { ok: true, scenario: known, file };
  }
  if (save.scenario === undefined) return { ok: false, problem: 'scenario-changed' };
  const valid = validScenario(save.file, save.scenario, catalogue);
  if (!valid) return { ok: false, problem: 'damaged' };
  if (!same(valid)) return { ok: false, problem: 'scenario-changed' };
  const entry = { file: save.file, title: valid.title, scenario: valid };
  return { ok: true, scenario: valid, file: save.file, entry };
}

/** Reads a save against the scenarios the game has; a problem when it cannot be resumed. */
export function readSave(
  raw: string,
  scenarios: readonly ScenarioEntry[],
  catalogue: Catalogue,
  id = '',
): { ok: true; offer: ResumeOffer } | { ok: false; problem: SaveProblem } {
  const parsed = parseSave(raw);
  if (!parsed.ok) return parsed;
  const save = parsed.save;
  const found = savedScenario(save, scenarios, catalogue);
  if (!found.ok) return found;
  const { scenario, file, entry } = found;
  const human = Object.entries(save.record.settings.controllers).find(
    ([, c]) => c === 'human',
  )?.[0];
  const leader = scenario.sides.find((s) => s.id === human)?.leader;
  if (!leader) return { ok: false, problem: 'damaged' };
  const record = save.record as GameRecord;
  if (replayProblem(scenario, record) !== undefined) return { ok: false, problem: 'refused-moves' };
  const offer = { id, file, title: scenario.title, leader, savedAt: save.savedAt, record };
  return { ok: true, offer: entry ? { ...offer, entry } : offer };
}
