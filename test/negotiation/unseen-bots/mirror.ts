// Unseen bot: mirrors the computer — proposes back the computer's last offer
// with the one issue where it hurts most changed to its own best, accepting
// anything at least as good as that mirror. Firm in tone.
import { fixed, myUtility, say, theirOffer, valueOf, type Bot } from '../../../bots/helpers.ts';

export const mirror: Bot = {
  name: 'mirror',
  decide(view, moves) {
    const known = view.game.log
      .filter((l) => l.side !== view.side && l.move.kind === 'propose')
      .map((l) => (l.move.kind === 'propose' ? l.move.terms : {}));
    const theirs = known[known.length - 1];
    const open = moves.propose ?? [];
    if (!theirs || open.length === 0) return fixed(moves, 'reject') ?? say('firm');
    // Their offer on the open issues, with the issue I lose most on set to my best choice there.
    const mirror: Record<string, string> = {};
    let worst: { issue: string; loss: number; best: string } | undefined;
    for (const { issue, choices } of open) {
      const offered = theirs[issue];
      const legal = choices.filter(
        (c) => !view.them.knownRedLines.some((r) => r.issue === issue && r.option === c),
      );
      const best = legal.reduce(
        (a, c) => (valueOf(view, issue, c) > valueOf(view, issue, a) ? c : a),
        legal[0] ?? 'deferred',
      );
      const here = offered !== undefined && legal.includes(offered) ? offered : best;
      mirror[issue] = here;
      const loss =
        (view.me.weights[issue] ?? 0) * (valueOf(view, issue, best) - valueOf(view, issue, here));
      if (!worst || loss > worst.loss) worst = { issue, loss, best };
    }
    if (worst) mirror[worst.issue] = worst.best;
    const offer = theirOffer(view);
    if (
      offer &&
      fixed(moves, 'accept') &&
      myUtility(view, offer) >= Math.max(view.me.walkAway, myUtility(view, mirror))
    )
      return { kind: 'accept' };
    if (view.game.standing?.by === view.side) return say('firm');
    return { kind: 'propose', terms: mirror };
  },
};
