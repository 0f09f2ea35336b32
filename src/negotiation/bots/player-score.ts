// The player's score of a finished game, as the tournament ranks it: the same
// score the ending screen, the debrief and the class page show (the deal's
// utility to the player's side, open issues at its walk-away, plus what the
// ending costs or gives that side).
import type { Scenario } from '../../scenario/schema.ts';
import type { GameState, SideId } from '../types.ts';
import { finalScore } from '../final-score.ts';

export function playerScore(scenario: Scenario, game: GameState, side: SideId): number {
  return finalScore(scenario, game, side);
}
