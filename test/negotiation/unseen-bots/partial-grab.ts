// Unseen bot: grab a part, then walk. It asks for its top issue alone at a
// good (not its best) option, then the next issue the same way, each a little
// lower as the call runs; it takes any partial offer that settles issues at or
// above its aim on each, and hangs up as soon as what is settled (the rest at
// the walk-away) is worth a few points more than the walk-away and the computer
// answers with a rejection or a proposal of its own, or late in the call.
//
// The mechanism it tries to exploit (src/negotiation/agent/): the agent takes a
// partial deal when the issues it settles meet its aim on their own and the
// best completion of the rest can still reach it (acceptable in
// choose-move.ts); asking for a good option rather than the best hopes to pass
// that test before the agent's floor (what it holds with the rest open at its
// walk-away) catches it, and hanging up denies the agent its completion.
import {
  myUtility,
  say,
  theirLastMove,
  timeShare,
  valueOf,
  type Bot,
  type LegalMoves,
  type Move,
  type PlayerView,
  type Terms,
} from '../../../bots/helpers.ts';
import { acceptWhen, isKnownRedLine, openByWeight } from './opposed-interests.ts';

/** How much of the way from my best option down to my walk-away I give by the end of the call. */
const GIVE = 0.6;

/** My aim on one issue now: from my best option there toward my walk-away as the call runs. */
function issueAim(view: PlayerView, issue: string): number {
  const options = view.issues.find((i) => i.id === issue)?.options;
  const top = Math.max(...(options?.map((o) => valueOf(view, issue, o.id)) ?? [100]));
  return top - (top - view.me.walkAway) * GIVE * timeShare(view);
}

/** How far above my walk-away what is settled must be before I hang up. */
const AHEAD_BY = 3;
/** Share of the call after which I hang up once ahead. */
const HANG_UP_AFTER = 0.85;

/** Ahead of my walk-away, and the computer turned a partial down or it is late: hang up. */
function walkAway(view: PlayerView): Move | undefined {
  const ahead = myUtility(view, {}) > view.me.walkAway + AHEAD_BY;
  const last = theirLastMove(view)?.kind;
  const cue = last === 'reject' || last === 'propose' || timeShare(view) > HANG_UP_AFTER;
  return ahead && cue ? { kind: 'endCall' } : undefined;
}

/** My top open issue alone, at the option just at my aim on it (outside their known red lines). */
function grab(view: PlayerView, moves: LegalMoves): Move | undefined {
  for (const { issue, choices } of openByWeight(view, moves)) {
    const aim = issueAim(view, issue);
    const ok = choices
      .filter((c) => c !== 'deferred' && !isKnownRedLine(view, issue, c))
      .filter((c) => valueOf(view, issue, c) >= aim)
      .sort((a, b) => valueOf(view, issue, a) - valueOf(view, issue, b));
    if (ok[0]) return { kind: 'propose', terms: { [issue]: ok[0] } };
  }
  return undefined;
}

/** True when the offer settles each of its issues at or above my aim there. */
function settlesWell(view: PlayerView, offer: Terms): boolean {
  return Object.entries(offer).every(([i, s]) => valueOf(view, i, s) >= issueAim(view, i));
}

export const partialGrab: Bot = {
  name: 'partial-grab',
  decide(view, moves) {
    const take = acceptWhen(view, moves, (offer) => settlesWell(view, offer));
    if (take) return take;
    const hangUp = walkAway(view);
    if (hangUp) return hangUp;
    if (view.game.standing?.by === view.side) return say('respectful');
    return grab(view, moves) ?? say('respectful');
  },
};
