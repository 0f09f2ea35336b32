// Shared by the unseen bots that guess the computer's side: what a player can
// work out without a debrief, taking its interests to be the opposite of their
// own (each issue weighted the same), and the moves built on that guess.
import {
  fixed,
  myUtility,
  packages,
  theirOffer,
  type LegalMoves,
  type Move,
  type PlayerView,
  type Terms,
} from '../../../bots/helpers.ts';

/** The computer's utility of a deal as one side of the call sees it. */
export type TheirUtility = (terms: Terms) => number;

/**
 * The computer's utility of the settled deal plus `terms`, guessed as opposed
 * interests: each issue weighs the same and is worth 100 minus my value of it;
 * an open or deferred issue counts at my walk-away.
 */
export function opposedUtility(view: PlayerView, terms: Terms): number {
  const n = view.issues.length;
  let u = 0;
  for (const issue of view.issues) {
    const s = view.game.settled[issue.id] ?? terms[issue.id];
    const value =
      s === undefined || s === 'deferred'
        ? view.me.walkAway
        : 100 - (view.me.values[issue.id]?.[s] ?? 50);
    u += value / n;
  }
  return u;
}

/** True when the package leaves an issue to the follow-up talks. */
export function defers(terms: Terms): boolean {
  return Object.values(terms).includes('deferred');
}

/** The package (no deferrals, the computer's red lines allowed) worst for the computer: an insult. */
export function insult(moves: LegalMoves, theirs: TheirUtility): Terms | undefined {
  let pick: Terms | undefined;
  let low = Infinity;
  for (const terms of packages(moves)) {
    if (defers(terms)) continue;
    const u = theirs(terms);
    if (u < low) {
      low = u;
      pick = terms;
    }
  }
  return pick;
}

/** Accept the computer's standing offer when it is worth at least `least` and my walk-away to me. */
export function acceptAtLeast(
  view: PlayerView,
  moves: LegalMoves,
  least: number,
): Move | undefined {
  const offer = theirOffer(view);
  if (!offer || !fixed(moves, 'accept')) return undefined;
  const u = myUtility(view, offer);
  return u >= least && u >= view.me.walkAway ? { kind: 'accept' } : undefined;
}

/**
 * True when the package sets off a costly ending for me, as the brief warns:
 * tariffs imposed, or phased in (the 2019 tariff scenario's options).
 */
export function setsOffTariffs(terms: Terms): boolean {
  return Object.values(terms).some((s) => /imposed|phased/.test(s));
}

/** My proposals so far, oldest first. */
export function myProposals(view: PlayerView): Terms[] {
  return view.game.log
    .filter((l) => l.side === view.side && l.move.kind === 'propose')
    .map((l) => (l.move.kind === 'propose' ? l.move.terms : {}));
}

/** Seconds of call time a proposal takes. */
export function proposalSeconds(view: PlayerView): number {
  return view.call.moveSeconds.propose;
}
