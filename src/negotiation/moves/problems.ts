// Why a side may not make a move now, as a typed code (chessops' typed errors):
// the rules answer with a code, the catalogue words it ('moveProblem.<code>' in
// src/messages), so no English sentence lives in the rules and tests assert codes.
import type { MessageKey } from '../../messages/i18n.ts';

export const MOVE_PROBLEMS = [
  /** The call has ended. */
  'call-over',
  /** It is the other side's turn. */
  'not-your-turn',
  /** A proposal must settle at least one issue. */
  'empty-proposal',
  /** The move names an issue the scenario does not have. */
  'unknown-issue',
  /** The issue is already settled. */
  'already-settled',
  /** A proposal names an option the issue does not have. */
  'unknown-option',
  /** Leaving an issue to follow-up talks, when the scenario has none. */
  'no-follow-up-talks',
  /** The terms cross one of the moving side's own red lines. */
  'crosses-own-red-line',
  /** Accepting or rejecting when the other side has nothing on the table. */
  'no-proposal-to-answer',
  /** Evidence the side does not have. */
  'no-such-evidence',
  /** Evidence already presented. */
  'evidence-used',
  /** A red line the side does not have. */
  'not-your-red-line',
  /** A red line the side has already said out loud. */
  'red-line-said',
] as const;

export type MoveProblem = (typeof MOVE_PROBLEMS)[number];

/** The catalogue key that words a problem: it fails to compile while a code has no message. */
export function problemKey(problem: MoveProblem): MessageKey {
  const key: `moveProblem.${MoveProblem}` = `moveProblem.${problem}`;
  return key;
}
