// Unseen bot: split the difference. It opens with its best package, then
// always proposes the package nearest (in its own utility) the midpoint
// between its last offer and the computer's last one, never below its
// walk-away, and accepts an offer at least as good as that midpoint;
// respectful when its proposal stands.
//
// The mechanism it tries to exploit (src/negotiation/agent/): the agent credits
// the rise of the player's offers in its own utility as reciprocity and
// concedes in step (reciprocityShare in tactics.ts), and of near ties it offers
// the package nearest the player's last proposal (dealScorer in
// choose-move.ts). Meeting it halfway every round hopes to drag its offers
// halfway back each time.
import {
  myUtility,
  say,
  theirProposals,
  type PlayerView,
  type Terms,
} from '../../../bots/helpers.ts';
import { acceptAtLeast, myProposals, rankedPlayer } from './opposed-interests.ts';

/** Halfway (in my utility) between my last offer (my best before any) and theirs, at least my walk-away. */
function midpoint(view: PlayerView, best: Terms): number {
  const mine = myProposals(view).at(-1);
  const theirs = theirProposals(view).at(-1);
  const a = myUtility(view, mine ?? best);
  const b = theirs ? myUtility(view, theirs) : a;
  return Math.max(view.me.walkAway, (a + b) / 2);
}

/** Of the packages (best first) at or above my walk-away, the first nearest `level` in my utility. */
function nearest(view: PlayerView, ranked: Terms[], level: number): Terms | undefined {
  let pick: Terms | undefined;
  let gap = Infinity;
  for (const t of ranked) {
    const u = myUtility(view, t);
    if (u >= view.me.walkAway && Math.abs(u - level) < gap) {
      gap = Math.abs(u - level);
      pick = t;
    }
  }
  return pick;
}

export const splitDifference = rankedPlayer('split-difference', (view, moves, ranked, best) => {
  const mid = midpoint(view, best);
  const take = acceptAtLeast(view, moves, mid);
  if (take) return take;
  if (view.game.standing?.by === view.side) return say('respectful');
  return { kind: 'propose', terms: nearest(view, ranked, mid) ?? best };
});
