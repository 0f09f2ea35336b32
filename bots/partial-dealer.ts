// A trick: proposes one issue at a time, its best option on it, and accepts an
// offer when every issue it settles is at least its walk-away value to it.
import { fixed, say, theirOffer, valueOf, type Bot } from './helpers.ts';

const bot: Bot = {
  name: 'partial-dealer',
  decide(view, moves) {
    const offer = theirOffer(view);
    if (
      offer &&
      fixed(moves, 'accept') &&
      Object.entries(offer).every(([issue, s]) => valueOf(view, issue, s) >= view.me.walkAway)
    )
      return { kind: 'accept' };
    const first = moves.propose?.[0];
    if (!first) return fixed(moves, 'reject') ?? say('firm');
    let best = first.choices[0] ?? 'deferred';
    for (const c of first.choices)
      if (valueOf(view, first.issue, c) > valueOf(view, first.issue, best)) best = c;
    return { kind: 'propose', terms: { [first.issue]: best } };
  },
};
export default bot;
