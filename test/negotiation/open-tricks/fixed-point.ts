// Open trick: the fixed point of the computer's concession formula. With the
// computer's values, reservation and style from the last debrief, it opens
// with the package worst for the computer (a red line of the computer's that
// it has not said is allowed: that offer still counts as its first), says its
// own red lines, builds the computer's mood if it is told to, then stalls; in
// the last two answerable rounds it offers the package best for itself that
// the formula says the computer must take.
//
// The mechanism it exploits (src/negotiation/agent/): the agent accepts an
// offer that meets its target, max(aim, held), where aim is targetUtility
// (tactics.ts) and held is the best the player has offered. Reciprocity credits
// the rise from the player's first offer to its best one, so an insulting
// opening makes any later offer X look like a big concession, and X, being the
// best offer, is its own held floor; late in the call the time concession is
// saturated. So the bot needs only the least X with X >= aim(X), computed on
// the agent's own formula, and asks for the most it can within it.
import {
  fixed,
  myUtility,
  plainNegotiator,
  rankedPackages,
  revealedUtility,
  say,
  theirOffer,
  type Bot,
  type LegalMoves,
  type Move,
  type PlayerView,
  type Terms,
} from '../../../bots/helpers.ts';
import {
  BELOW_WALK_AWAY_CREDIT,
  DIFFICULTY,
  STYLE_EXPONENT,
  targetUtility,
  type Tactic,
} from '../../../src/negotiation/agent/tactics.ts';
import type { Style } from '../../../src/scenario/schema.ts';
import type { StrategyReveal } from '../../../src/negotiation/analysis/debrief.ts';
import { defers, insult, myProposals, proposalSeconds } from '../unseen-bots/opposed-interests.ts';

/** How far above its aim (its utility) my final offer must be for the computer. */
const MARGIN = 0.3;
/** Rounding slack in comparisons of utilities. */
const EPSILON = 1e-9;

interface FixedPointOptions {
  name: string;
  /** Respectful statements to make before stalling (0: none, the bot only waits). */
  statements: number;
  /** Present my evidence before stalling. */
  evidence: boolean;
  /** Share of the way (0 to 0.2) the computer's mood is assumed to give: in the first final round. */
  moodEarly: number;
  /** The same, in the last answerable round. */
  moodLate: number;
}

/** The computer as the last debrief revealed it. */
interface Computer {
  reveal: StrategyReveal;
  tactic: Tactic;
  /** Its utility of the settled deal plus the terms. */
  u: (terms: Terms) => number;
}

function computerOf(view: PlayerView, reveal: StrategyReveal): Computer {
  const d = DIFFICULTY[view.game.settings.difficulty];
  return {
    reveal,
    tactic: {
      ...d,
      // An unknown style concedes linearly.
      exponent: (STYLE_EXPONENT[reveal.style as Style] ?? 1) * d.exponent,
      reservation: reveal.reservation,
    },
    u: (terms) => revealedUtility(view, reveal, terms),
  };
}

function crossesTheirKnownRedLine(view: PlayerView, terms: Terms): boolean {
  return view.them.knownRedLines.some((r) => terms[r.issue] === r.option);
}

/** My red lines that I have said out loud: the computer never offers across them. */
function redLinesISaid(view: PlayerView): { issue: string; option: string }[] {
  return view.game.redLinesInvoked.filter((r) => r.side === view.side);
}

/**
 * The computer's utility of the best package it may offer: on each open issue
 * its favourite option outside my red lines it knows (its utility is a
 * weighted sum, so the best package takes the best of each issue).
 */
function theirBest(view: PlayerView, computer: Computer): number {
  const said = redLinesISaid(view);
  const terms: Record<string, string> = {};
  for (const [i, issue] of view.issues.entries()) {
    if (view.game.settled[issue.id] !== undefined) continue;
    const values = computer.reveal.values[i]?.options ?? [];
    let top = -Infinity;
    for (const [k, option] of issue.options.entries()) {
      const value = values[k]?.value ?? 0;
      const barred = said.some((r) => r.issue === issue.id && r.option === option.id);
      if (barred || value <= top) continue;
      top = value;
      terms[issue.id] = option.id;
    }
    if (top === -Infinity) return -Infinity;
  }
  return computer.u(terms);
}

/** The share of the way reciprocity credits: reciprocityShare in tactics.ts, from my offers' worth. */
function reciprocity(computer: Computer, best: number, first: number, offered: number): number {
  const { reservation } = computer.tactic;
  const gap = best - reservation;
  if (gap <= EPSILON) return 0;
  const above = Math.max(0, offered - Math.max(first, reservation));
  const below = Math.max(0, Math.min(offered, reservation) - first);
  return Math.max(0, Math.min(1, (above + BELOW_WALK_AWAY_CREDIT * below) / gap));
}

/** What the computer remembers of my offers: the worth of the first, and of the best it may take. */
function myOfferRecord(view: PlayerView, computer: Computer): { first: number; offered: number } {
  const mine = myProposals(view);
  const first = mine[0] ? computer.u(mine[0]) : 0;
  let offered = -Infinity;
  for (const terms of mine)
    if (!crossesTheirKnownRedLine(view, terms)) offered = Math.max(offered, computer.u(terms));
  return { first, offered };
}

/**
 * My best package (no deferrals, no known red line of the computer's) that
 * the computer takes when it answers at `answerClock`, its mood giving
 * `moodShare` of the way: its held floor (my best offer, this one included)
 * is not above it, and it is `MARGIN` above the aim this very offer earns.
 */
function fixedPointOffer(
  view: PlayerView,
  moves: LegalMoves,
  computer: Computer,
  moodShare: number,
  answerClock: number,
): Terms | undefined {
  const best = theirBest(view, computer);
  const { first, offered } = myOfferRecord(view, computer);
  const t = Math.min(1, answerClock / view.call.seconds);
  const moodShift = moodShare / computer.tactic.moodGain;
  const takes = (terms: Terms) => {
    const x = computer.u(terms);
    const held = Math.max(offered, x);
    const rise = reciprocity(computer, best, first, held);
    const aim = targetUtility(best, computer.tactic, t, moodShift, rise);
    const heldAbove = Math.min(best, held) > x + EPSILON;
    const belowAim = x < aim + MARGIN;
    return !heldAbove && !belowAim;
  };
  return rankedPackages(view, moves).find((terms) => !defers(terms) && takes(terms));
}

/** Accept the computer's standing offer when my utility of it passes `ok`. */
function acceptWhen(
  view: PlayerView,
  moves: LegalMoves,
  ok: (u: number) => boolean,
): Move | undefined {
  const offer = theirOffer(view);
  return offer && fixed(moves, 'accept') && ok(myUtility(view, offer))
    ? { kind: 'accept' }
    : undefined;
}

function sameTerms(a: Terms, b: Terms): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The last answerable rounds: take an offer as good as my fixed-point offer,
 * or make that offer (unless it already stands); the first of three slots is
 * spent talking, so the computer answers the offer as late as it can.
 */
function finalRounds(
  view: PlayerView,
  moves: LegalMoves,
  computer: Computer,
  o: FixedPointOptions,
): Move {
  const { clock } = view.game;
  const end = view.call.seconds;
  const p = proposalSeconds(view);
  const late = clock >= end - 2 * p;
  const plan = fixedPointOffer(
    view,
    moves,
    computer,
    late ? o.moodLate : o.moodEarly,
    clock + 2 * p,
  );
  const planU = plan ? myUtility(view, plan) : -Infinity;
  const take = acceptWhen(view, moves, (u) => u >= planU - EPSILON && u >= view.me.walkAway);
  if (take) return take;
  const last = myProposals(view).at(-1);
  const stands = last && plan && sameTerms(last, plan) && view.game.standing?.by === view.side;
  if (plan && !stands && (late || clock < end - 3 * p)) return { kind: 'propose', terms: plan };
  const lastChance = clock + 2 * p >= end;
  return (
    (lastChance ? acceptWhen(view, moves, (u) => u > view.me.walkAway) : undefined) ??
    say('respectful')
  );
}

/** My opening: the package worst for the computer (my utility breaks ties), none across its said red lines. */
function opening(view: PlayerView, moves: LegalMoves, computer: Computer): Terms | undefined {
  return insult(moves, (terms) =>
    crossesTheirKnownRedLine(view, terms)
      ? Infinity
      : computer.u(terms) - myUtility(view, terms) / 1000,
  );
}

/** Respectful statements, re-proposing my opening between two so the computer's streak resets. */
function buildMood(view: PlayerView, moves: LegalMoves, o: FixedPointOptions): Move | undefined {
  const mine = view.game.log.filter((l) => l.side === view.side).map((l) => l.move);
  const said = mine.filter((m) => m.kind === 'statement' && m.tone === 'respectful').length;
  if (said >= o.statements) return undefined;
  const first = myProposals(view)[0];
  const repeat =
    mine.at(-1)?.kind === 'statement' &&
    first !== undefined &&
    isProposable(moves, first) &&
    view.game.standing?.by !== view.side;
  return repeat ? { kind: 'propose', terms: first } : say('respectful');
}

function isProposable(moves: LegalMoves, terms: Terms): boolean {
  const issues = Object.keys(terms);
  return (
    issues.length > 0 &&
    issues.every((id) =>
      moves.propose?.some((p) => p.issue === id && p.choices.includes(terms[id] ?? '')),
    )
  );
}

/**
 * Before the final rounds: take an offer as good as the fixed point would
 * bring, say my red lines, open with the insult, present evidence, build the
 * mood, then wait.
 */
function setUp(
  view: PlayerView,
  moves: LegalMoves,
  computer: Computer,
  o: FixedPointOptions,
): Move {
  const take = acceptWhen(view, moves, (u) => {
    const hope = fixedPointOffer(view, moves, computer, o.moodEarly, view.call.seconds);
    return hope !== undefined && u >= myUtility(view, hope);
  });
  if (take) return take;
  const red = fixed(moves, 'redLine');
  if (red) return red;
  const insultTerms = myProposals(view).length === 0 ? opening(view, moves, computer) : undefined;
  if (insultTerms) return { kind: 'propose', terms: insultTerms };
  const evidence = o.evidence ? fixed(moves, 'evidence') : undefined;
  return evidence ?? buildMood(view, moves, o) ?? say('respectful');
}

function fixedPoint(o: FixedPointOptions): Bot {
  return {
    name: o.name,
    readsDebrief: true,
    decide(view, moves, _rng, memory) {
      // No debrief yet (a first game): nothing to compute the fixed point from.
      if (!memory.debrief) return plainNegotiator(view, moves, () => say('respectful'));
      const computer = computerOf(view, memory.debrief);
      const { clock } = view.game;
      const end = view.call.seconds;
      const p = proposalSeconds(view);
      if (clock + p >= end)
        return acceptWhen(view, moves, (u) => u > view.me.walkAway) ?? say('respectful');
      if (clock >= end - 4 * p) return finalRounds(view, moves, computer, o);
      return setUp(view, moves, computer, o);
    },
  };
}

/** The fixed point alone: no statements, no evidence, no mood assumed. */
export const fixedPointQuiet = fixedPoint({
  name: 'fixed-point-quiet',
  statements: 0,
  evidence: false,
  moodEarly: 0,
  moodLate: 0,
});

/** The fixed point after evidence and four respectful statements, counting on the mood they buy in the first final round. */
export const fixedPointRespect = fixedPoint({
  name: 'fixed-point-respect',
  statements: 4,
  evidence: true,
  moodEarly: 0.2,
  moodLate: 0,
});
