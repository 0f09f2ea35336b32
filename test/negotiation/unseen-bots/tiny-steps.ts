// Unseen bot: concedes in the smallest steps it can — the next package down its
// own ranking each turn — hoping the computer's reciprocity pays for every step
// as if it were a real concession. Accepts an offer at least as good as its own.
import {
  fixed,
  myUtility,
  rankedPackages,
  say,
  theirOffer,
  type Bot,
} from '../../../bots/helpers.ts';

export const tinySteps: Bot = {
  name: 'tiny-steps',
  decide(view, moves) {
    const ranked = rankedPackages(view, moves).filter(
      (t) => myUtility(view, t) >= view.me.walkAway,
    );
    const mine = view.game.log.filter((l) => l.side === view.side && l.move.kind === 'propose');
    const pick = ranked[Math.min(mine.length, ranked.length - 1)];
    const offer = theirOffer(view);
    if (offer && fixed(moves, 'accept') && pick && myUtility(view, offer) >= myUtility(view, pick))
      return { kind: 'accept' };
    return pick ? { kind: 'propose', terms: pick } : say('respectful');
  },
};
