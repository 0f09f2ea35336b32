// Unseen bots that play two packages — their own best and one part of the way
// down to their walk-away — to fake concessions, accepting anything at least as
// good as the second:
// - alternator: alternates the two, so each switch looks like a concession
//   (evidence first, then respect);
// - fake-opening: opens with its best (an insult, by opposed interests), then
//   "concedes" at once to the second and holds it, hoping the jump is credited
//   as reciprocity.
import {
  fixed,
  myUtility,
  say,
  theirOffer,
  type Bot,
  type Move,
  type PlayerView,
  type Terms,
} from '../../../bots/helpers.ts';
import { rankedPlayer } from './opposed-interests.ts';

function twoOffers(
  name: string,
  share: number,
  next: (view: PlayerView, best: Terms, second: Terms, proposed: number) => Move,
): Bot {
  return rankedPlayer(name, (view, moves, ranked, best) => {
    const goal = view.me.walkAway + share * (myUtility(view, best) - view.me.walkAway);
    let second = best;
    for (const t of ranked) if (myUtility(view, t) >= goal) second = t;
    const offer = theirOffer(view);
    if (offer && fixed(moves, 'accept') && myUtility(view, offer) >= myUtility(view, second))
      return { kind: 'accept' };
    const proposed = view.game.log.filter(
      (l) => l.side === view.side && l.move.kind === 'propose',
    ).length;
    return fixed(moves, 'evidence') ?? next(view, best, second, proposed);
  });
}

export const alternator = twoOffers('alternator', 0.5, (_view, best, second, proposed) => ({
  kind: 'propose',
  terms: proposed % 2 === 0 ? best : second,
}));

export const fakeOpening = twoOffers('fake-opening', 0.7, (view, best, second, proposed) =>
  view.game.standing?.by === view.side
    ? say('respectful')
    : { kind: 'propose', terms: proposed > 0 ? second : best },
);
