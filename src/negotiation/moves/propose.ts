// Proposing terms: one settlement (an option, or "deferred") on each issue it
// names. It stands on the table until the other side accepts, rejects or counters.
import type { Scenario } from '../../scenario/schema.ts';
import { DEFERRED, type GameState, type Settlement, type SideId, type Terms } from '../types.ts';
import { choicesOf, crossesRedLine, sideTable, tablesOf } from '../utility.ts';
import { rememberOwnOffer } from '../agent/opponent-model.ts';
import { observe, say, type MoveRule } from './turn.ts';
import { proposalSituation } from './words.ts';
import type { MoveProblem } from './problems.ts';

/** Why a settlement may not be put on an issue now; null when it may. */
function termProblem(
  scenario: Scenario,
  game: GameState,
  id: string,
  s: Settlement | undefined,
): MoveProblem | null {
  const issue = scenario.issues.find((i) => i.id === id);
  if (!issue) return 'unknown-issue';
  if (game.settled[id] !== undefined) return 'already-settled';
  if (s === DEFERRED) return scenario.followUpTalks === undefined ? 'no-follow-up-talks' : null;
  return issue.options.some((o) => o.id === s) ? null : 'unknown-option';
}

/** Whether terms cross one of the side's own red lines. */
export function crossesOwnRedLine(scenario: Scenario, side: SideId, terms: Terms): boolean {
  const tables = tablesOf(scenario);
  return crossesRedLine(sideTable(tables, side), choicesOf(tables, terms));
}

export const propose: MoveRule<'propose'> = {
  problem(scenario, game, side, move) {
    const ids = Object.keys(move.terms);
    if (ids.length === 0) return 'empty-proposal';
    for (const id of ids) {
      const problem = termProblem(scenario, game, id, move.terms[id]);
      if (problem) return problem;
    }
    return crossesOwnRedLine(scenario, side, move.terms) ? 'crosses-own-red-line' : null;
  },
  apply(turn, move) {
    const base = turn.standing && turn.standing.by === turn.other ? 'counter' : 'propose';
    const situation = proposalSituation(turn.before, turn.side, move.terms, base);
    say(turn, turn.side, situation, { terms: move.terms }, base);
    turn.standing = { by: turn.side, terms: move.terms };
    turn.models = observe(turn.models, turn.side, rememberOwnOffer);
  },
};
