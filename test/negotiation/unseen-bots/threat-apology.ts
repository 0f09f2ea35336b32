// Unseen bot: threaten, then apologise. Each proposal of its own is followed by
// a threat and then a respectful statement, hoping the apology's goodwill
// outweighs the threat's pressure; between them a plain conceding negotiator
// makes its offers.
//
// The mechanism it tries to exploit (src/negotiation/agent/): the agent's mood
// sums the meter changes the player's moves cause, weighted by what softens it
// (observeMove in opponent-model.ts), and softens or hardens its aim by it
// (targetUtility in tactics.ts); the bot hopes the pressure of a threat moves
// the agent while the apology right after pays back what it cost in mood.
import {
  plainNegotiator,
  say,
  type Bot,
  type Move,
  type PlayerView,
} from '../../../bots/helpers.ts';

/** How much of the way from its best to its walk-away the plain negotiator gives. */
const FLOOR_SHARE = 0.45;

function isThreat(move: Move | undefined): boolean {
  return move?.kind === 'statement' && move.tone === 'threatening';
}

/** After my proposal, a threat; after the threat, an apology (again, while my proposal stands). */
function threatOrApology(view: PlayerView): Move | undefined {
  const mine = view.game.log.filter((l) => l.side === view.side).map((l) => l.move);
  const last = mine.at(-1);
  if (last?.kind === 'propose') return say('threatening');
  if (isThreat(last)) return say('respectful');
  if (isThreat(mine.at(-2)) && view.game.standing?.by === view.side) return say('respectful');
  return undefined;
}

export const threatApology: Bot = {
  name: 'threat-apology',
  decide(view, moves) {
    return (
      threatOrApology(view) ?? plainNegotiator(view, moves, () => say('respectful'), FLOOR_SHARE)
    );
  },
};
