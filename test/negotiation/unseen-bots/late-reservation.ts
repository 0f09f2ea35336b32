// Unseen bot: haggles like a fair trader (its best package, politely, conceding
// a little), then in the last minutes asks for the deal the last debrief says
// is just above the computer's reservation, and accepts anything at least as good.
import {
  fixed,
  myUtility,
  plainNegotiator,
  rankedPackages,
  remaining,
  revealedUtility,
  say,
  theirOffer,
  type Bot,
} from '../../../bots/helpers.ts';

export const lateReservation: Bot = {
  name: 'late-reservation',
  readsDebrief: true,
  decide(view, moves, _rng, memory) {
    const reveal = memory.debrief;
    const late = remaining(view) <= 4 * view.call.moveSeconds.propose;
    if (!late || !reveal) return plainNegotiator(view, moves, () => say('respectful'), 0.5);
    const ask = rankedPackages(view, moves).find(
      (t) => revealedUtility(view, reveal, t) >= reveal.reservation + 0.5,
    );
    const offer = theirOffer(view);
    if (offer && ask && fixed(moves, 'accept') && myUtility(view, offer) >= myUtility(view, ask))
      return { kind: 'accept' };
    return ask ? { kind: 'propose', terms: ask } : say('respectful');
  },
};
