// Games against the endings' claims (scenario `claims:`): random legal moves by
// both sides, applied straight by the rules, and computer-against-computer
// calls from the simulator; each game's check is the claims against its final
// deal and meters, no replay. Shared by the unit test (a sample) and
// `npm run bench` (10,000 random games and 300 computer games a scenario).
import { deniedClaims, outcomeOf } from '../../src/negotiation/endings.ts';
import { simulate } from '../../src/negotiation/simulate.ts';
import type { GameState } from '../../src/negotiation/types.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { playRandomDirect } from './random-games.ts';

/** "ending: denied claims" for the first few games that contradict their ending. */
export function contradictions(s: Scenario, games: Iterable<GameState>): string[] {
  const found: string[] = [];
  for (const game of games) {
    const id = game.result?.ending;
    const ending = s.endings.find((e) => e.id === id);
    const denied = deniedClaims(s, ending?.claims, outcomeOf(game));
    if (denied.length > 0 && found.length < 5)
      found.push(`${String(id)}: ${denied.join(', ')} (deal ${JSON.stringify(game.settled)})`);
  }
  return found;
}

/** The first `count` games of random legal moves (seeds 0, 1, 2, …). */
export function* randomGames(s: Scenario, count: number): Generator<GameState> {
  for (let i = 0; i < count; i++) yield playRandomDirect(s, i);
}

/** `count` computer-against-computer calls of the simulator's sample. */
export function computerGames(s: Scenario, count: number): GameState[] {
  const games: GameState[] = [];
  simulate(s, count, 'claims', (g) => games.push(g));
  return games;
}
