// Shared by the unseen bots that guess the computer's side: what a player can
// work out without a debrief, taking its interests to be the opposite of their
// own (each issue weighted the same), the computer's aim by its published
// concession formulas (from the last debrief when there is one), the moves
// built on that guess, and small pieces of the player's own view they share.
import {
  fixed,
  myUtility,
  packages,
  rankedPackages,
  revealedUtility,
  say,
  theirOffer,
  type Bot,
  type BotMemory,
  type LegalMoves,
  type Move,
  type PlayerView,
  type Terms,
} from '../../../bots/helpers.ts';
import { DIFFICULTY, STYLE_EXPONENT } from '../../../src/negotiation/agent/tactics.ts';
import type { Style } from '../../../src/scenario/schema.ts';

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

/** Accept the computer's standing offer when `ok` says yes to it. */
export function acceptWhen(
  view: PlayerView,
  moves: LegalMoves,
  ok: (offer: Terms) => boolean,
): Move | undefined {
  const offer = theirOffer(view);
  return offer && fixed(moves, 'accept') && ok(offer) ? { kind: 'accept' } : undefined;
}

/** Accept the computer's standing offer when it is worth at least `least` and my walk-away to me. */
export function acceptAtLeast(
  view: PlayerView,
  moves: LegalMoves,
  least: number,
): Move | undefined {
  return acceptWhen(view, moves, (offer) => {
    const u = myUtility(view, offer);
    return u >= least && u >= view.me.walkAway;
  });
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

/** True when the computer has made known (public, or said) that it never takes `option` on `issue`. */
export function isKnownRedLine(view: PlayerView, issue: string, option: string): boolean {
  return view.them.knownRedLines.some((r) => r.issue === issue && r.option === option);
}

/** True when the package crosses a red line the computer has made known. */
export function crossesKnownRedLine(view: PlayerView, terms: Terms): boolean {
  return view.them.knownRedLines.some((r) => terms[r.issue] === r.option);
}

/** The issues I may still propose on, the one I care most about first (ties keep the scenario's order). */
export function openByWeight(
  view: PlayerView,
  moves: LegalMoves,
): NonNullable<LegalMoves['propose']> {
  return [...(moves.propose ?? [])].sort(
    (a, b) => (view.me.weights[b.issue] ?? 0) - (view.me.weights[a.issue] ?? 0),
  );
}

/** What I believe of the computer's side. */
export interface Them {
  /** Its utility of the settled deal plus the terms. */
  u: TheirUtility;
  /** The least it accepts. */
  reservation: number;
  style: string;
}

/** The computer as the last debrief revealed it or, in my first game, guessed by opposed interests. */
export function themOf(view: PlayerView, memory: BotMemory): Them {
  const reveal = memory.debrief;
  if (reveal)
    return {
      u: (t) => revealedUtility(view, reveal, t),
      reservation: reveal.reservation,
      style: /boulware|hold/i.test(reveal.style) ? 'boulware' : reveal.style,
    };
  return {
    u: (t) => opposedUtility(view, t),
    reservation: view.me.walkAway + DIFFICULTY[view.game.settings.difficulty].reservation,
    style: 'boulware',
  };
}

/** The computer's best deal among those I may propose and it may accept. */
export function theirBest(view: PlayerView, moves: LegalMoves, them: Them): number {
  let best = -Infinity;
  for (const t of packages(moves))
    if (!crossesKnownRedLine(view, t)) best = Math.max(best, them.u(t));
  return best;
}

/** The computer's aim at `clock` by the formulas, given the reciprocity it credits and a mood term. */
export function aimAt(
  view: PlayerView,
  them: Them,
  best: number,
  clock: number,
  r: number,
  mood: number,
): number {
  const tactic = DIFFICULTY[view.game.settings.difficulty];
  // An unknown style concedes like a Boulware.
  const e = (STYLE_EXPONENT[them.style as Style] ?? 0.3) * tactic.exponent;
  const t = Math.max(0, Math.min(1, clock / view.call.seconds));
  const earned = Math.min(1, tactic.unconditional + tactic.reciprocity * r);
  const conceded = Math.max(0, Math.min(1, Math.min(Math.pow(t, 1 / e), earned) + mood));
  const floor = Math.min(best, them.reservation);
  return best - (best - floor) * conceded;
}

/**
 * Of the packages (no deferrals, no known red line) worth at most `level` to
 * the computer, those within `band` of the highest; of them, the best for me.
 */
export function nearLevel(
  view: PlayerView,
  moves: LegalMoves,
  them: Them,
  level: number,
  band = 3,
): Terms | undefined {
  const under = packages(moves).filter(
    (t) => !crossesKnownRedLine(view, t) && !defers(t) && them.u(t) <= level,
  );
  const top = Math.max(...under.map((t) => them.u(t)));
  let pick: Terms | undefined;
  let pickU = -Infinity;
  for (const t of under) {
    const u = myUtility(view, t);
    if (them.u(t) >= top - band && u > pickU) {
      pick = t;
      pickU = u;
    }
  }
  return pick;
}

/**
 * A fake concession after an insulting opening: the package just under the
 * aim the computer will have when it answers, its mood fully softened, so it
 * cannot take it yet but may credit the jump as reciprocity.
 */
export function fakeConcessionTerms(
  view: PlayerView,
  moves: LegalMoves,
  them: Them,
): Terms | undefined {
  const best = theirBest(view, moves, them);
  const answerAt = view.game.clock + 2 * proposalSeconds(view);
  return nearLevel(view, moves, them, aimAt(view, them, best, answerAt, 1, 0.2) - 4);
}

/**
 * A bot that plays from my packages, best for me first; with none left to
 * propose, it turns the computer's offer down, or talks respectfully.
 */
export function rankedPlayer(
  name: string,
  play: (view: PlayerView, moves: LegalMoves, ranked: Terms[], best: Terms) => Move,
): Bot {
  return {
    name,
    decide(view, moves) {
      const ranked = rankedPackages(view, moves);
      const best = ranked[0];
      if (!best) return fixed(moves, 'reject') ?? say('respectful');
      return play(view, moves, ranked, best);
    },
  };
}
