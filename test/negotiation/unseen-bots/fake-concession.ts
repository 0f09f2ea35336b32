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
  rankedPackages,
  say,
  type Bot,
  type BotMemory,
  type LegalMoves,
  type Move,
  type PlayerView,
} from '../../../bots/helpers.ts';
import {
  acceptAtLeast,
  aimAt,
  fakeConcessionTerms,
  insult,
  myProposals,
  proposalSeconds,
  setsOffTariffs,
  theirBest,
  themOf,
  type Them,
} from './opposed-interests.ts';

/** How far above the computer's floor my last ask goes. */
const MARGIN = 0.6;
/** The mood term assumed in the aim estimate when the debrief has no aim near the clock. */
const MOOD = 0.1;
/** A debrief's aim says nothing about a clock this many seconds after its last turn before it. */
const AIM_STALE_SECONDS = 120;

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
      proposed === 0
        ? insult(moves, them.u)
        : proposed === 1
          ? fakeConcessionTerms(view, moves, them)
          : null;
    return opening ? { kind: 'propose', terms: opening } : holdOn(view, moves, them);
  },
};
