// A saved game's format: its name, its version and the schema a save's text
// is checked against before it is resumed (one entry a game, see autosave.ts).
import { z } from 'zod';
import { DIFFICULTIES } from '../negotiation/types.ts';

export const SAVE_FORMAT = 'standoff-save';
export const SAVE_VERSION = 1;

const eventSchema = z.union([
  z.object({ type: z.enum(['answer', 'proceed', 'computerMove']) }).strict(),
  z
    .object({ type: z.literal('move'), side: z.string(), move: z.record(z.string(), z.unknown()) })
    .strict(),
]);

export const saveSchema = z
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
