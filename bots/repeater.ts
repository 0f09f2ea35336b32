// A trick: the same offer every turn — the package nearest 60% of the way from
// its walk-away to its best — accepting anything at least as good.
import { fixed, myUtility, rankedPackages, say, theirOffer, type Bot } from './helpers.ts';

const bot: Bot = {
  name: 'repeater',
  decide(view, moves) {
    const ranked = rankedPackages(view, moves);
    const best = ranked[0];
    if (!best) return fixed(moves, 'reject') ?? say('firm');
    const goal = view.me.walkAway + 0.6 * (myUtility(view, best) - view.me.walkAway);
    let pick = best;
    for (const t of ranked) if (myUtility(view, t) >= goal) pick = t;
    const offer = theirOffer(view);
    if (offer && fixed(moves, 'accept') && myUtility(view, offer) >= myUtility(view, pick))
      return { kind: 'accept' };
    return { kind: 'propose', terms: pick };
  },
};
export default bot;
