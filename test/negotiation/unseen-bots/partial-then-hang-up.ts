// Unseen bot: asks for its best option on its most important issue alone; once
// something is settled it asks for the next issue the same way, and hangs up as
// soon as the computer turns down a partial deal, keeping what it has. Late in
// the call it hangs up whatever happens.
import {
  fixed,
  say,
  theirLastMove,
  theirOffer,
  timeShare,
  valueOf,
  type Bot,
} from '../../../bots/helpers.ts';

export const partialThenHangUp: Bot = {
  name: 'partial-then-hang-up',
  decide(view, moves) {
    const offer = theirOffer(view);
    if (
      offer &&
      fixed(moves, 'accept') &&
      Object.entries(offer).every(([i, s]) => valueOf(view, i, s) >= view.me.walkAway)
    )
      return { kind: 'accept' };
    const settled = Object.keys(view.game.settled).length > 0;
    const last = theirLastMove(view);
    if (
      (settled && (last?.kind === 'reject' || last?.kind === 'propose')) ||
      timeShare(view) > 0.85
    )
      return { kind: 'endCall' };
    const open = [...(moves.propose ?? [])].sort(
      (a, b) => (view.me.weights[b.issue] ?? 0) - (view.me.weights[a.issue] ?? 0),
    );
    const first = open[0];
    if (!first || view.game.standing?.by === view.side) return say('respectful');
    const legal = first.choices.filter(
      (c) => !view.them.knownRedLines.some((r) => r.issue === first.issue && r.option === c),
    );
    const best = legal.reduce(
      (a, c) => (valueOf(view, first.issue, c) > valueOf(view, first.issue, a) ? c : a),
      legal[0] ?? 'deferred',
    );
    return { kind: 'propose', terms: { [first.issue]: best } };
  },
};
