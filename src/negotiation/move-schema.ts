// A move's shape, once: the zod schema the `Move` type is inferred from
// (types.ts), that a saved game's moves are checked against (store/autosave.ts)
// and a bot's returned value (bots/bot-move.ts). Only the shape: whether a move
// is legal now is checkMove's question, asked after this one.
import { z } from 'zod';
import { TONES } from '../scenario/schema.ts';

/** Every kind of move with exactly its fields (a field more or less, or of another type, is no move). */
export const moveSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('propose'), terms: z.record(z.string(), z.string()) }),
  z.strictObject({ kind: z.literal('accept') }),
  z.strictObject({ kind: z.literal('reject') }),
  z.strictObject({ kind: z.literal('statement'), tone: z.enum(TONES) }),
  z.strictObject({ kind: z.literal('evidence'), id: z.string() }),
  z.strictObject({ kind: z.literal('redLine'), issue: z.string(), option: z.string() }),
  z.strictObject({ kind: z.literal('defer'), issue: z.string() }),
  z.strictObject({ kind: z.literal('endCall') }),
]);
