// Unseen bot: the deferral game. It asks to defer every issue whose deferred
// value to it beats its walk-away and comes near its best option there, takes
// a deferral the computer offers when each is worth more than its walk-away,
// asks for its best on the rest with a plain conceding negotiator, and hangs up
// late in the call once what is settled leaves it ahead of its walk-away.
//
// The mechanism it tries to exploit (src/negotiation/agent/): a deferral is a
// partial deal, and the agent takes one when the issues it settles meet its aim
// on their own and the best completion of the rest can still reach it
// (acceptable in choose-move.ts). The completion it counts on never comes: the
// bot hangs up and leaves the rest open, at the walk-away.
import {
  fixed,
  myUtility,
  plainNegotiator,
  say,
  theirOffer,
  timeShare,
  valueOf,
  type Bot,
  type LegalMoves,
  type Move,
  type PlayerView,
} from '../../../bots/helpers.ts';

/** Accept an offer of the computer's that only defers issues, each worth more than my walk-away to me. */
function acceptDeferrals(view: PlayerView, moves: LegalMoves): Move | undefined {
  const offer = theirOffer(view);
  const good =
    offer &&
    Object.entries(offer).every(
      ([issue, s]) => s === 'deferred' && valueOf(view, issue, s) > view.me.walkAway,
    );
  return good && fixed(moves, 'accept') ? { kind: 'accept' } : undefined;
}

/** Share of the call after which it hangs up once ahead. */
const HANG_UP_AFTER = 0.8;

/** Late, with something settled and the deal so far above my walk-away: hang up. */
function hangUpAhead(view: PlayerView): Move | undefined {
  const settled = Object.keys(view.game.settled).length > 0;
  const ahead = myUtility(view, {}) > view.me.walkAway;
  return timeShare(view) > HANG_UP_AFTER && settled && ahead ? { kind: 'endCall' } : undefined;
}

/** True when I have asked to defer the issue before. */
function askedToDefer(view: PlayerView, issue: string): boolean {
  return view.game.log.some(
    (l) => l.side === view.side && l.move.kind === 'defer' && l.move.issue === issue,
  );
}

/** A deferral worth this share of my best option on the issue is worth asking for. */
const DEFER_SHARE = 0.6;

/** True when deferring the issue beats my walk-away and comes near my best option on it. */
function worthDeferring(view: PlayerView, issue: string): boolean {
  const options = view.issues.find((i) => i.id === issue)?.options ?? [];
  const bestHere = Math.max(...options.map((o) => valueOf(view, issue, o.id)));
  const deferred = valueOf(view, issue, 'deferred');
  return deferred > view.me.walkAway && deferred >= DEFER_SHARE * bestHere;
}

/** Ask once to defer each issue worth deferring, unless a proposal of mine stands. */
function askToDefer(view: PlayerView, moves: LegalMoves): Move | undefined {
  if (view.game.standing?.by === view.side) return undefined;
  return fixed(
    moves,
    'defer',
    (m) => !askedToDefer(view, m.issue) && worthDeferring(view, m.issue),
  );
}

/** How much of the way from its best to its walk-away the plain negotiator gives. */
const FLOOR_SHARE = 0.4;

export const deferWalk: Bot = {
  name: 'defer-walk',
  decide(view, moves) {
    return (
      acceptDeferrals(view, moves) ??
      hangUpAhead(view) ??
      askToDefer(view, moves) ??
      plainNegotiator(view, moves, () => say('respectful'), FLOOR_SHARE)
    );
  },
};
