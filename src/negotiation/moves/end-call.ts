// Hanging up: always allowed on one's turn, costs no time, ends the call.
import { say, type MoveRule } from './turn.ts';

export const endCall: MoveRule<'endCall'> = {
  problem() {
    return null;
  },
  apply(turn) {
    say(turn, turn.side, 'hangUp', {});
    turn.result = { reason: 'hang-up', by: turn.side, ending: '' };
  },
};
