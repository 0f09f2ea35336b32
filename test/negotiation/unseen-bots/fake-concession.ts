// Unseen bot: one big fake concession, timed by the published concession
// formulas. It opens with an insult (the package worst for the computer), then
// at once "concedes" to a package just under the aim the computer will have
// when it answers, so a holding-out computer cannot take it yet but may credit
// the jump as reciprocity. Then it talks respectfully until the last proposal
// slots, where it asks for its own best package just above the computer's
// reservation, or the aim it had then, as the previous game's debrief revealed
// them; it takes an offer as good as that ask. Without a debrief (its first
// game) it guesses the computer's side by opposed interests.
import {
  myUtility,
  packages,
  rankedPackages,
  revealedUtility,
  say,
  type Bot,
  type BotMemory,
  type LegalMoves,
  type Move,
  type PlayerView,
  type Terms,
} from '../../../bots/helpers.ts';
import type { Difficulty } from '../../../src/negotiation/types.ts';
import {
  acceptAtLeast,
  defers,
  insult,
  myProposals,
  opposedUtility,
  proposalSeconds,
  setsOffTariffs,
} from './opposed-interests.ts';

/** The computer's tactic by difficulty, as a student reading the design knows it. */
const TACTIC: Record<
  Difficulty,
  { exponent: number; reservation: number; unconditional: number; reciprocity: number }
> = {
  easy: { exponent: 2, reservation: -6, unconditional: 0.55, reciprocity: 0.95 },
  normal: { exponent: 1, reservation: 0, unconditional: 0.35, reciprocity: 0.75 },
  hard: { exponent: 0.6, reservation: 5, unconditional: 0.2, reciprocity: 0.55 },
};
/** The concession exponent of each style (an unknown style concedes like a Boulware). */
const STYLE_EXPONENT: Record<string, number> = { boulware: 0.3, linear: 1, conceder: 3 };
/** How far above the computer's floor my last ask goes. */
const MARGIN = 0.6;
/** The mood term assumed in the aim estimate when the debrief has no aim near the clock. */
const MOOD = 0.1;
/** A debrief's aim says nothing about a clock this many seconds after its last turn before it. */
const AIM_STALE_SECONDS = 120;

/** What I believe of the computer's side. */
interface Them {
  /** Its utility of the settled deal plus the terms. */
  u: (terms: Terms) => number;
  /** The least it accepts. */
  reservation: number;
  style: string;
}

/** The computer as the last debrief revealed it or, in my first game, guessed by opposed interests. */
function themOf(view: PlayerView, memory: BotMemory): Them {
  const reveal = memory.debrief;
  if (reveal)
    return {
      u: (t) => revealedUtility(view, reveal, t),
      reservation: reveal.reservation,
      style: /boulware|hold/i.test(reveal.style) ? 'boulware' : reveal.style,
    };
  return {
    u: (t) => opposedUtility(view, t),
    reservation: view.me.walkAway + TACTIC[view.game.settings.difficulty].reservation,
    style: 'boulware',
  };
}

function crossesKnownRedLine(view: PlayerView, terms: Terms): boolean {
  return view.them.knownRedLines.some((r) => terms[r.issue] === r.option);
}

/** The computer's best deal among those I may propose and it may accept. */
function theirBest(view: PlayerView, moves: LegalMoves, them: Them): number {
  let best = -Infinity;
  for (const t of packages(moves))
    if (!crossesKnownRedLine(view, t)) best = Math.max(best, them.u(t));
  return best;
}

/** The computer's aim at `clock` by the formulas, given the reciprocity it credits and a mood term. */
function aimAt(view: PlayerView, them: Them, best: number, clock: number, r: number, mood: number) {
  const tactic = TACTIC[view.game.settings.difficulty];
  const e = (STYLE_EXPONENT[them.style] ?? 0.3) * tactic.exponent;
  const t = Math.max(0, Math.min(1, clock / view.call.seconds));
  const earned = Math.min(1, tactic.unconditional + tactic.reciprocity * r);
  const conceded = Math.max(0, Math.min(1, Math.min(Math.pow(t, 1 / e), earned) + mood));
  const floor = Math.min(best, them.reservation);
  return best - (best - floor) * conceded;
}

/** The share of the way to its reservation the computer credits me for conceding (its utility). */
function reciprocityShare(view: PlayerView, them: Them, best: number): number {
  const offered = myProposals(view).map((t) => them.u(t));
  const first = offered[0];
  const gap = best - them.reservation;
  if (first === undefined || gap <= 0) return 0;
  const most = Math.max(...offered);
  const above = Math.max(0, most - Math.max(first, them.reservation));
  const below = Math.max(0, Math.min(most, them.reservation) - first);
  return Math.max(0, Math.min(1, (above + 0.5 * below) / gap));
}

/** The computer's aim at its last turn at or before `clock` in the last debrief, if that is near. */
function debriefAim(memory: BotMemory, clock: number): number | undefined {
  let last: { clock: number; aim: number } | undefined;
  for (const a of memory.debrief?.aims ?? []) if (a.clock <= clock) last = a;
  return last && last.clock >= clock - AIM_STALE_SECONDS ? last.aim : undefined;
}

/** My best package (short of tariffs) worth at least `floor` to the computer. */
function askAbove(view: PlayerView, moves: LegalMoves, them: Them, floor: number) {
  return rankedPackages(view, moves).find((t) => !setsOffTariffs(t) && them.u(t) >= floor);
}

/**
 * Of the packages (no deferrals, no known red line) worth at most `level` to
 * the computer, those within `band` of the highest; of them, the best for me.
 */
function nearLevel(view: PlayerView, moves: LegalMoves, them: Them, level: number, band = 3) {
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

/** My ask in the last slots: my best package above the computer's reservation, or its aim when it answers. */
function lastAsk(view: PlayerView, moves: LegalMoves, them: Them, memory: BotMemory) {
  const p = proposalSeconds(view);
  const answerAt = view.game.clock + p;
  const prev = debriefAim(memory, answerAt);
  const best = theirBest(view, moves, them);
  const aim =
    prev ?? aimAt(view, them, best, answerAt + p, reciprocityShare(view, them, best), MOOD);
  return askAbove(view, moves, them, Math.max(them.reservation, aim) + MARGIN);
}

/** The last three proposal slots: take an offer as good as my ask, or make it. */
function endGame(view: PlayerView, moves: LegalMoves, them: Them, memory: BotMemory): Move {
  const { clock } = view.game;
  const end = view.call.seconds;
  const p = proposalSeconds(view);
  // Too late for a proposal of mine to be answered: take what is there.
  if (clock + p >= end) return acceptAtLeast(view, moves, view.me.walkAway) ?? say('respectful');
  const ask = lastAsk(view, moves, them, memory);
  const askU = ask ? myUtility(view, ask) : view.me.walkAway;
  const take = acceptAtLeast(view, moves, askU);
  if (take) return take;
  // My last answerable proposal: take a fair share of my ask if it is on the table.
  const share = view.me.walkAway + 0.6 * (askU - view.me.walkAway);
  const last = clock + 2 * p >= end ? acceptAtLeast(view, moves, share) : undefined;
  return last ?? (ask ? { kind: 'propose', terms: ask } : say('respectful'));
}

/** The fake concession: just under the computer's aim when it answers, its mood fully softened. */
function bigStep(view: PlayerView, moves: LegalMoves, them: Them): Terms | undefined {
  const best = theirBest(view, moves, them);
  const answerAt = view.game.clock + 2 * proposalSeconds(view);
  return nearLevel(view, moves, them, aimAt(view, them, best, answerAt, 1, 0.2) - 4);
}

/** Between the fake concession and the end: take an offer as good as the best the end could bring. */
function holdOn(view: PlayerView, moves: LegalMoves, them: Them): Move {
  const dream = askAbove(view, moves, them, them.reservation + MARGIN);
  const take = acceptAtLeast(view, moves, dream ? myUtility(view, dream) : Infinity);
  return take ?? say('respectful');
}

export const fakeConcession: Bot = {
  name: 'fake-concession',
  readsDebrief: true,
  decide(view, moves, _rng, memory) {
    const them = themOf(view, memory);
    if (view.game.clock >= view.call.seconds - 3 * proposalSeconds(view))
      return endGame(view, moves, them, memory);
    const proposed = myProposals(view).length;
    const opening =
      proposed === 0 ? insult(moves, them.u) : proposed === 1 ? bigStep(view, moves, them) : null;
    return opening ? { kind: 'propose', terms: opening } : holdOn(view, moves, them);
  },
};
