// Tit for tat: opens with its best package, then concedes (in its own
// utility) as much as the other side's last offer conceded to it, answers a
// tone with the same tone, and accepts an offer at least as good as its next.
import {
  fixed,
  myUtility,
  rankedPackages,
  say,
  theirLastMove,
  theirOffer,
  theirProposals,
  type Bot,
  type PlayerView,
  type Terms,
} from './helpers.ts';

function lastOwnOffer(view: PlayerView): Terms | undefined {
  for (let i = view.game.log.length - 1; i >= 0; i--) {
    const entry = view.game.log[i];
    if (entry?.side === view.side && entry.move.kind === 'propose') return entry.move.terms;
  }
  return undefined;
}

const bot: Bot = {
  name: 'tit-for-tat',
  decide(view, moves) {
    const last = theirLastMove(view);
    if (last?.kind === 'statement') return say(last.tone);
    const ranked = rankedPackages(view, moves);
    const best = ranked[0];
    if (!best) return fixed(moves, 'reject') ?? say('respectful');
    const theirs = theirProposals(view);
    const [before, latest] = [theirs[theirs.length - 2], theirs[theirs.length - 1]];
    const gave =
      before && latest ? Math.max(0, myUtility(view, latest) - myUtility(view, before)) : 0;
    const own = lastOwnOffer(view);
    const aim = Math.max(
      view.me.walkAway,
      (own ? myUtility(view, own) : myUtility(view, best)) - gave,
    );
    const offer = theirOffer(view);
    if (offer && fixed(moves, 'accept') && myUtility(view, offer) >= aim) return { kind: 'accept' };
    let pick = best;
    for (const terms of ranked) if (myUtility(view, terms) >= aim) pick = terms;
    return { kind: 'propose', terms: pick };
  },
};
export default bot;
