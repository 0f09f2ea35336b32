// The moves the checker's searches try from a situation: every fixed move
// (accept, reject, statements, evidence, red lines, hanging up) and every
// single-issue proposal the rules allow. Whole packages are not listed: the
// reachability search tries them as plans, and a package is its issues
// proposed one at a time.
import type { Scenario } from '../../scenario/schema.ts';
import type { GameState, Move, Settlement, SideId } from '../types.ts';
import { DEFERRED } from '../types.ts';
import { fixedMoves, isLegal } from '../moves/index.ts';

export function searchMoves(scenario: Scenario, state: GameState, side: SideId): Move[] {
  const moves: Move[] = fixedMoves(scenario, state, side);
  for (const issue of scenario.issues) {
    if (state.settled[issue.id] !== undefined) continue;
    for (const s of [...issue.options.map((o) => o.id), DEFERRED] as Settlement[]) {
      const move: Move = { kind: 'propose', terms: { [issue.id]: s } };
      if (isLegal(scenario, state, side, move)) moves.push(move);
    }
  }
  return moves;
}
