// Accepting the other side's standing proposal: its terms are settled, and
// each settled option's effects move the meters.
import type { Effects, Scenario } from '../../scenario/schema.ts';
import {
  DEFERRED,
  type GameState,
  type MeterChange,
  type Settlement,
  type SideId,
  type Terms,
} from '../types.ts';
import { applyEffects } from '../meters.ts';
import { say, type MoveRule } from './turn.ts';
import { crossesOwnRedLine } from './propose.ts';

/** Whether the other side has a proposal on the table for `side` to answer. */
export function hasProposalFor(game: GameState, side: SideId): boolean {
  return game.standing !== null && game.standing.by !== side;
}

export const accept: MoveRule<'accept'> = {
  problem(scenario, game, side) {
    if (!game.standing || !hasProposalFor(game, side)) return 'no-proposal-to-answer';
    return crossesOwnRedLine(scenario, side, game.standing.terms) ? 'crosses-own-red-line' : null;
  },
  apply(turn) {
    const terms = turn.standing?.terms ?? {};
    say(turn, turn.side, 'accept', { terms });
    turn.settled = { ...turn.settled, ...terms };
    turn.meters = applySettlementEffects(turn.scenario, turn.meters, terms, turn.changes);
    turn.standing = null;
  },
};

function applySettlementEffects(
  scenario: Scenario,
  meters: GameState['meters'],
  terms: Terms,
  changes: MeterChange[],
): GameState['meters'] {
  let next = meters;
  for (const issue of scenario.issues) {
    const s: Settlement | undefined = terms[issue.id];
    if (s === undefined) continue;
    const effects: Effects | undefined =
      s === DEFERRED ? issue.deferred?.effects : issue.options.find((o) => o.id === s)?.effects;
    next = applyEffects(next, effects, { kind: 'option', issue: issue.id, option: s }, changes);
  }
  return next;
}
