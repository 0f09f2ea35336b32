// The player's score of a finished game, as the tournament ranks it: for now
// the utility (0–100) of the settled deal to the player's side, an open issue
// counting at the side's walk-away value. One function, so a richer score
// (endings with consequences) can replace it in one place.
import type { Scenario } from '../../scenario/schema.ts';
import type { GameState, SideId } from '../types.ts';
import { utility } from '../utility.ts';

export function playerScore(scenario: Scenario, game: GameState, side: SideId): number {
  return utility(scenario, side, game.settled);
}
