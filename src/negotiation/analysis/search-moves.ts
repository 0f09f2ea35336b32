// The moves the checker's searches try from a situation: every legal move
// other than a proposal (accept, reject, statements, evidence, red lines,
// hanging up) and every legal single-issue proposal, as `legalMoves` lists
// them for a player's menu. Whole packages are not listed: the reachability
// search tries them as plans, and a package is its issues proposed one at a time.
import type { Scenario } from '../../scenario/schema.ts';
import type { GameState, Move, SideId } from '../types.ts';
import { legalMoves } from '../legal-moves.ts';

export function searchMoves(scenario: Scenario, state: GameState, side: SideId): Move[] {
  const { fixed, propose } = legalMoves(scenario, state, side);
  const moves: Move[] = [...fixed];
  for (const { issue, choices } of propose ?? [])
    for (const settlement of choices)
      moves.push({ kind: 'propose', terms: { [issue]: settlement } });
  return moves;
}
