// Every move a side may make now, as the machine would accept it: the fixed
// moves (accept, reject, statements, evidence, red lines, deferrals, hanging up)
// listed whole, and proposals as the settlements open on each issue, so a bot
// (or a menu) can build any legal proposal and no illegal one. Pure: reads the
// game, never changes it, and lists only what checkMove allows.
import type { Scenario } from '../scenario/schema.ts';
import type { GameState, IssueId, Move, Settlement, SideId } from './types.ts';
import { DEFERRED } from './types.ts';
import { fixedMoves } from './moves/index.ts';

/** The settlements one open issue may take in a proposal: options outside the side's own red lines, then "deferred" (when the scenario has follow-up talks). */
export interface IssueChoices {
  issue: IssueId;
  choices: Settlement[];
}

export interface LegalMoves {
  /** Every legal move other than a proposal. */
  fixed: Move[];
  /**
   * Per open issue, what a proposal may put on it; null when no proposal is
   * possible (not this side's turn, or the call is over). A proposal is any
   * non-empty choice of these issues, one settlement each.
   */
  propose: IssueChoices[] | null;
}

export function legalMoves(scenario: Scenario, game: GameState, side: SideId): LegalMoves {
  if (game.result || game.turn !== side) return { fixed: [], propose: null };
  const own = scenario.sides.find((s) => s.id === side)?.redLines ?? [];
  const propose: IssueChoices[] = [];
  for (const issue of scenario.issues) {
    if (game.settled[issue.id] !== undefined) continue;
    const choices: Settlement[] = [];
    for (const o of issue.options)
      if (!own.some((r) => r.issue === issue.id && r.option === o.id)) choices.push(o.id);
    if (scenario.followUpTalks !== undefined) choices.push(DEFERRED);
    propose.push({ issue: issue.id, choices });
  }
  return {
    fixed: fixedMoves(scenario, game, side),
    propose: propose.length > 0 ? propose : null,
  };
}
