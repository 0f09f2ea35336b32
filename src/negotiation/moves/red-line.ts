// Saying one of the side's red lines out loud, once: the other side now knows
// it, and a standing proposal of theirs that crosses it leaves the table.
import { say, type MoveRule } from './turn.ts';

export const redLine: MoveRule<'redLine'> = {
  problem(scenario, game, side, move) {
    const own = scenario.sides.find((s) => s.id === side)?.redLines ?? [];
    if (!own.some((r) => r.issue === move.issue && r.option === move.option))
      return 'not-your-red-line';
    const said = game.redLinesInvoked.some(
      (r) => r.side === side && r.issue === move.issue && r.option === move.option,
    );
    return said ? 'red-line-said' : null;
  },
  apply(turn, move) {
    const { side, other, standing } = turn;
    say(turn, side, 'redLine', { issue: move.issue, option: move.option });
    turn.redLinesInvoked = [
      ...turn.redLinesInvoked,
      { side, issue: move.issue, option: move.option },
    ];
    if (standing && standing.by === other && standing.terms[move.issue] === move.option)
      turn.standing = null;
  },
};
