// Endings tell the truth: no game of a bundled scenario reaches an ending whose
// claims (scenario `claims:`) it contradicts. Games come two ways: random legal
// moves by both sides, applied straight by the rules (fast, and they wander
// into corners no sensible player visits), and computer-against-computer calls
// from the simulator (the games a class mostly sees). A seeded sample here;
// `npm run bench` plays 10,000 random games and 300 computer games a scenario.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, loadOrThrow } from '../helpers.ts';
import { computerGames, contradictions, randomGames } from './ending-claims.ts';

const BUNDLED = [DEFAULT_SCENARIO, 'scenarios/2019-06-us-mexico-tariff-migration.yaml'];
/** Random-move games per scenario; STANDOFF_CLAIM_GAMES raises or lowers both counts. */
const RANDOM_GAMES = Number(process.env.STANDOFF_CLAIM_GAMES ?? 1000);
/** Computer-against-computer games per scenario (the agent is slower: about 8 ms a game). */
const COMPUTER_GAMES = Number(process.env.STANDOFF_CLAIM_GAMES ?? 100);

describe.each(BUNDLED)('the endings of %s', (file) => {
  const s = loadOrThrow(file);

  it('every ending says what it claims about the game', () => {
    for (const ending of s.endings) expect(ending.claims, ending.id).toBeDefined();
  });

  it(`no game of random legal moves reaches an ending its claims deny (${RANDOM_GAMES} games)`, () => {
    expect(contradictions(s, randomGames(s, RANDOM_GAMES))).toEqual([]);
  });

  it(`no computer-against-computer game reaches an ending its claims deny (${COMPUTER_GAMES} games)`, () => {
    expect(contradictions(s, computerGames(s, COMPUTER_GAMES))).toEqual([]);
  });
});
