// A trick: a new proposal every turn, alternating between the two packages
// nearest its aim (the plain negotiator's aim, see helpers.ts).
import {
  fixed,
  myUtility,
  rankedPackages,
  say,
  theirOffer,
  timeShare,
  type Bot,
} from './helpers.ts';

const bot: Bot = {
  name: 'flooder',
  decide(view, moves) {
    const ranked = rankedPackages(view, moves);
    const bestU = ranked[0] ? myUtility(view, ranked[0]) : view.me.walkAway;
    const aim = bestU - 0.75 * (bestU - view.me.walkAway) * timeShare(view);
    const offer = theirOffer(view);
    if (offer && fixed(moves, 'accept') && myUtility(view, offer) >= aim) return { kind: 'accept' };
    const atAim = ranked.filter((t) => myUtility(view, t) >= aim);
    const pair = atAim.slice(-2);
    const turn = view.game.log.filter((l) => l.side === view.side).length;
    const pick = pair[turn % pair.length];
    return pick ? { kind: 'propose', terms: pick } : say('firm');
  },
};
export default bot;
