// A trick: stalls with polite talk, then in the last minutes asks for the deal
// best for itself among those the computer's revealed reservation allows — the
// figures the last game's debrief showed (its values, weights and the least it
// would accept). With no debrief yet it asks for its own best.
import {
  fixed,
  myUtility,
  rankedPackages,
  remaining,
  revealedUtility,
  say,
  theirOffer,
  type Bot,
} from './helpers.ts';

const bot: Bot = {
  name: 'last-minute-staller',
  readsDebrief: true,
  decide(view, moves, _rng, memory) {
    const late = remaining(view) <= 3 * view.call.moveSeconds.propose;
    const ranked = rankedPackages(view, moves);
    const reveal = memory.debrief;
    // Half a point above the reservation covers the debrief's rounded weights.
    const ask = reveal
      ? ranked.find((t) => revealedUtility(view, reveal, t) >= reveal.reservation + 0.5)
      : ranked[0];
    const offer = theirOffer(view);
    if (
      late &&
      offer &&
      ask &&
      fixed(moves, 'accept') &&
      myUtility(view, offer) >= myUtility(view, ask)
    )
      return { kind: 'accept' };
    if (!late || !ask) return say('respectful');
    return { kind: 'propose', terms: ask };
  },
};
export default bot;
