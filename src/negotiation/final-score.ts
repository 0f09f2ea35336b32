// A side's score for a finished call, 0–100: what the settled deal is worth to
// it (open issues at its walk-away value, deferred ones at their deferred
// value), plus what the ending costs or gives it (`score:` on the ending, e.g.
// an escalation that hurts both sides), clamped to 0–100. The one definition of
// the score: the ending screen, the debrief, grading, the class summary and the
// result file all read it from here.
import type { Scenario } from '../scenario/schema.ts';
import type { GameState, SideId, Terms } from './types.ts';
import { endingConsequence } from './endings.ts';
import { utility } from './utility.ts';

/** What a finished call scores for a side; `game.result` names the ending. */
export function finalScore(
  scenario: Scenario,
  game: Pick<GameState, 'settled' | 'result'>,
  side: SideId,
): number {
  return scoreOf(scenario, game.settled, game.result?.ending, side);
}

/** The same from the deal and the ending id (for callers that hold no game state). */
function scoreOf(
  scenario: Scenario,
  deal: Terms,
  ending: string | undefined,
  side: SideId,
): number {
  return withConsequence(scenario, utility(scenario, side, deal), ending, side);
}

/** A deal's worth to a side (its utility) with the ending's consequence, clamped to 0–100. */
export function withConsequence(
  scenario: Scenario,
  dealUtility: number,
  ending: string | undefined,
  side: SideId,
): number {
  const consequence = endingConsequence(
    scenario.endings.find((e) => e.id === ending),
    side,
  );
  return Math.min(100, Math.max(0, dealUtility + consequence));
}

/** True when nothing was settled, not even left to the talks: the deal is worth exactly the walk-away value. */
export function noDeal(deal: Terms): boolean {
  return Object.keys(deal).length === 0;
}
