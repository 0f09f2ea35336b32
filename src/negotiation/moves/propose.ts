// Proposing terms: one settlement (an option, or "deferred") on each issue it
// names. It stands on the table until the other side accepts, rejects or counters.
import type { Scenario } from '../../scenario/schema.ts';
import { DEFERRED, type GameState, type SideId, type Terms } from '../types.ts';
import { sideTable, tablesOf } from '../utility.ts';
import { rememberOwnOffer } from '../agent/opponent-model.ts';
import { observe, say, type MoveRule } from './turn.ts';
import { proposalSituation } from './words.ts';
import type { MoveProblem } from './problems.ts';

/**
 * Why terms may not be proposed now: none at all, then issue by issue in their
 * order (an issue the scenario lacks, one already settled, a deferral without
 * follow-up talks, an option it lacks), then whether they cross the side's own
 * red line; null when they may. One pass over the scenario's compiled tables:
 * the machine asks this before every proposal.
 */
function termsProblem(
  scenario: Scenario,
  game: GameState,
  side: SideId,
  terms: Terms,
): MoveProblem | null {
  const tables = tablesOf(scenario);
  const redLines = sideTable(tables, side).redLines;
  let crosses = false;
  let issues = 0;
  for (const id in terms) {
    issues++;
    const index = tables.issueIndex.get(id);
    if (index === undefined) return 'unknown-issue';
    if (game.settled[id] !== undefined) return 'already-settled';
    const s = terms[id];
    if (s === DEFERRED && scenario.followUpTalks === undefined) return 'no-follow-up-talks';
    const choice = s === undefined ? undefined : tables.choiceIndex[index]?.get(s);
    if (choice === undefined) return 'unknown-option';
    if (redLines[index]?.has(choice)) crosses = true;
  }
  if (issues === 0) return 'empty-proposal';
  return crosses ? 'crosses-own-red-line' : null;
}

/** Whether terms cross one of the side's own red lines. */
export function crossesOwnRedLine(scenario: Scenario, side: SideId, terms: Terms): boolean {
  const tables = tablesOf(scenario);
  const redLines = sideTable(tables, side).redLines;
  for (const id in terms) {
    const index = tables.issueIndex.get(id);
    const s = terms[id];
    if (index === undefined || s === undefined) continue;
    const choice = tables.choiceIndex[index]?.get(s);
    if (choice !== undefined && redLines[index]?.has(choice)) return true;
  }
  return false;
}

export const propose: MoveRule<'propose'> = {
  problem(scenario, game, side, move) {
    return termsProblem(scenario, game, side, move.terms);
  },
  apply(turn, move) {
    const base = turn.standing && turn.standing.by === turn.other ? 'counter' : 'propose';
    const situation = proposalSituation(turn.before, turn.side, move.terms, base);
    say(turn, turn.side, situation, { terms: move.terms }, base);
    turn.standing = { by: turn.side, terms: move.terms };
    turn.models = observe(turn.models, turn.side, rememberOwnOffer);
  },
};
