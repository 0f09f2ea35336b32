// A statement in a tone (respectful, firm, threatening): words and the tone's
// meter effects only. A statement after a threat answers the threat.
import type { GameState, Move } from '../types.ts';
import { listOf } from '../history.ts';
import { say, type MoveRule } from './turn.ts';

export const statement: MoveRule<'statement'> = {
  problem() {
    return null;
  },
  apply(turn, move) {
    const last = lastMove(turn.before);
    const answersThreat = last?.kind === 'statement' && last.tone === 'threatening';
    say(turn, turn.side, answersThreat ? 'answerThreat' : move.tone, {});
  },
};

/** The last move made on the call. */
export function lastMove(state: GameState): Move | undefined {
  const log = listOf(state, 'log');
  return log.at(log.length - 1)?.move;
}
