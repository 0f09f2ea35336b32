// Whether a value a bot returned is a move at all (a bot may be plain
// JavaScript): the kind is known and its fields have the right types, by the
// move schema (move-schema.ts). Fields a move does not have are left out, not
// refused. Whether the move is legal now is checkMove's question, asked after
// this one. The words are for the bot's author (the tournament's error column).
import type { z } from 'zod';
import { TONES } from '../../scenario/schema.ts';
import { moveSchema } from '../move-schema.ts';
import type { Move } from '../types.ts';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** "respectful, firm or threatening" */
const TONE_WORDS = `${TONES.slice(0, -1).join(', ')} or ${TONES[TONES.length - 1] ?? ''}`;

/** A clean copy of a well-shaped move (no extra fields, nothing the bot can change later), or why it is not one. */
export function toMove(value: unknown): { move: Move } | { problem: string } {
  if (!isRecord(value))
    return { problem: 'decide() must return a move object, e.g. { kind: "accept" }' };
  const shape = moveSchema.options.find((o) => o.shape.kind.value === value.kind)?.shape;
  if (!shape) return { problem: `there is no move of kind "${String(value.kind)}"` };
  // Only the kind's own fields: a bot's extra notes on its move are dropped.
  const fields = Object.fromEntries(Object.keys(shape).map((key) => [key, value[key]]));
  const parsed = moveSchema.safeParse(fields);
  if (parsed.success) return { move: parsed.data };
  return { problem: fieldProblem(String(value.kind), value, parsed.error.issues[0]) };
}

/** Why a field of a move of this kind is wrong, in the bot author's words. */
function fieldProblem(
  kind: string,
  value: Record<string, unknown>,
  issue: z.core.$ZodIssue | undefined,
): string {
  const key = String(issue?.path[0] ?? '');
  if (key === 'tone') return `a statement needs a tone: ${TONE_WORDS}`;
  if (key === 'terms' && !isRecord(value.terms))
    return 'a proposal needs terms: { issueId: optionId, … }';
  if (key === 'terms') return 'each term of a proposal is an option id or "deferred"';
  return `a "${kind}" move needs "${key}"`;
}
