// Unseen bot: a fake concession shielded by a red line. It opens with an insult
// (the package worst for the computer), then offers the computer's dream deal
// (guessed by opposed interests) with one red line the computer has made known
// crossed, so it can never be accepted, yet its worth to the computer may still
// count as a concession for its reciprocity. Then it repeats its own best
// package, and in the last minutes takes the computer's offer if it is above its
// walk-away.
import {
  packages,
  rankedPackages,
  say,
  type Bot,
  type LegalMoves,
  type Move,
  type PlayerView,
  type Terms,
} from '../../../bots/helpers.ts';
import {
  acceptAtLeast,
  crossesKnownRedLine,
  defers,
  insult,
  myProposals,
  opposedUtility,
  proposalSeconds,
  setsOffTariffs,
} from './opposed-interests.ts';

/** The package best for the computer (no deferrals) that crosses a red line it has made known. */
function shieldedDream(view: PlayerView, moves: LegalMoves): Terms | undefined {
  let pick: Terms | undefined;
  let high = -Infinity;
  for (const terms of packages(moves)) {
    if (defers(terms)) continue;
    if (!crossesKnownRedLine(view, terms)) continue;
    const u = opposedUtility(view, terms);
    if (u > high) {
      pick = terms;
      high = u;
    }
  }
  return pick;
}

/** My best package, short of one that sets off tariffs. */
function myBest(view: PlayerView, moves: LegalMoves): Terms | undefined {
  return rankedPackages(view, moves).find((t) => !setsOffTariffs(t));
}

/** My best package again, unless it is mine that stands. */
function repeatBest(view: PlayerView, moves: LegalMoves): Move {
  const best = myBest(view, moves);
  return best && view.game.standing?.by !== view.side
    ? { kind: 'propose', terms: best }
    : say('respectful');
}

function sameTerms(a: Terms, b: Terms): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** The last three proposal slots: ask my best again, taking an offer above my walk-away at the end. */
function endGame(view: PlayerView, moves: LegalMoves): Move {
  const { clock } = view.game;
  const end = view.call.seconds;
  const p = proposalSeconds(view);
  // Too late for a proposal of mine to be answered: take what is there.
  if (clock + p >= end) return acceptAtLeast(view, moves, view.me.walkAway) ?? say('respectful');
  // My last answerable proposal: an offer above my walk-away is as good as its counter would be.
  const take = clock + 2 * p >= end ? acceptAtLeast(view, moves, view.me.walkAway + 1) : undefined;
  return take ?? repeatBest(view, moves);
}

export const shieldedOffer: Bot = {
  name: 'shielded-offer',
  decide(view, moves) {
    if (view.game.clock >= view.call.seconds - 3 * proposalSeconds(view))
      return endGame(view, moves);
    const mine = myProposals(view);
    const opening = mine.length === 0 ? insult(moves, (t) => opposedUtility(view, t)) : undefined;
    if (opening) return { kind: 'propose', terms: opening };
    const dream = shieldedDream(view, moves);
    if (dream && !mine.some((t) => sameTerms(t, dream))) return { kind: 'propose', terms: dream };
    return repeatBest(view, moves);
  },
};
