// Endings tell the truth: no game of a bundled scenario reaches an ending whose
// claims (scenario `claims:`) it contradicts. Games come two ways: random legal
// moves by both sides, applied straight by the rules (fast, and they wander
// into corners no sensible player visits), and computer-against-computer calls
// from the simulator (the games a class mostly sees). Each game's check is
// cheap: the claims against the final deal and meters, no replay.
import { describe, expect, it } from 'vitest';
import { deniedClaims, outcomeOf } from '../../src/negotiation/endings.ts';
import { simulate } from '../../src/negotiation/simulate.ts';
import type { GameState } from '../../src/negotiation/types.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { DEFAULT_SCENARIO, loadOrThrow } from '../helpers.ts';
import { playRandomDirect } from './random-games.ts';

const BUNDLED = [DEFAULT_SCENARIO, 'scenarios/2019-06-us-mexico-tariff-migration.yaml'];
/** Random-move games per scenario; STANDOFF_CLAIM_GAMES raises or lowers both counts. */
const RANDOM_GAMES = Number(process.env.STANDOFF_CLAIM_GAMES ?? 10_000);
/** Computer-against-computer games per scenario (the agent is slower: about 8 ms a game). */
const COMPUTER_GAMES = Number(process.env.STANDOFF_CLAIM_GAMES ?? 300);

/** "ending: denied claims" for the first few games that contradict their ending. */
function contradictions(s: Scenario, games: Iterable<GameState>): string[] {
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

function* randomGames(s: Scenario, count: number): Generator<GameState> {
  for (let i = 0; i < count; i++) yield playRandomDirect(s, i);
}

describe.each(BUNDLED)('the endings of %s', (file) => {
  const s = loadOrThrow(file);

  it('every ending says what it claims about the game', () => {
    for (const ending of s.endings) expect(ending.claims, ending.id).toBeDefined();
  });

  it(`no game of random legal moves reaches an ending its claims deny (${RANDOM_GAMES} games)`, () => {
    expect(contradictions(s, randomGames(s, RANDOM_GAMES))).toEqual([]);
  });

  it(`no computer-against-computer game reaches an ending its claims deny (${COMPUTER_GAMES} games)`, () => {
    const games: GameState[] = [];
    simulate(s, COMPUTER_GAMES, 'claims', (g) => games.push(g));
    expect(contradictions(s, games)).toEqual([]);
  });
});
