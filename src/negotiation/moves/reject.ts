// Rejecting the other side's standing proposal: it leaves the table.
import { say, type MoveRule } from './turn.ts';
import { hasProposalFor } from './accept.ts';

export const reject: MoveRule<'reject'> = {
  problem(_scenario, game, side) {
    return hasProposalFor(game, side) ? null : 'no-proposal-to-answer';
  },
  apply(turn) {
    say(turn, turn.side, 'reject', { terms: turn.standing?.terms ?? {} });
    turn.standing = null;
  },
};
