// Proposing to leave one issue to the follow-up talks: a proposal of that
// issue alone, "deferred", which the other side accepts or rejects.
import { DEFERRED, type Terms } from '../types.ts';
import { say, type MoveRule } from './turn.ts';

export const defer: MoveRule<'defer'> = {
  problem(scenario, game, _side, move) {
    if (scenario.followUpTalks === undefined) return 'no-follow-up-talks';
    if (!scenario.issues.some((i) => i.id === move.issue)) return 'unknown-issue';
    return game.settled[move.issue] !== undefined ? 'already-settled' : null;
  },
  apply(turn, move) {
    const terms: Terms = { [move.issue]: DEFERRED };
    say(turn, turn.side, 'defer', { issue: move.issue });
    turn.standing = { by: turn.side, terms };
  },
};
