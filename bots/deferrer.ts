// Leaves everything to the follow-up talks: defers each open issue in turn and
// accepts an offer only when it settles nothing but deferrals.
import { fixed, say, theirOffer, type Bot } from './helpers.ts';

const bot: Bot = {
  name: 'deferrer',
  decide(view, moves) {
    const offer = theirOffer(view);
    if (offer && Object.values(offer).every((s) => s === 'deferred'))
      return fixed(moves, 'accept') ?? say('respectful');
    const mine = view.game.standing?.by === view.side ? view.game.standing.terms : {};
    return (
      fixed(moves, 'defer', (m) => mine[m.issue] === undefined) ??
      fixed(moves, 'reject') ??
      say('respectful')
    );
  },
};
export default bot;
