// Bots written against the computer's design, never tuned against (issue 11):
// none beats the principled negotiator by more than 2 points on normal or hard.
// A small sample here; `npm run bench` plays 300 games a cell.
import { describe, expect, it } from 'vitest';
import { benchUnseenBots } from '../../bench/unseen-bots.ts';
import { loadOrThrow } from '../helpers.ts';
import { runTournament } from '../../src/negotiation/bots/tournament.ts';
import { DIFFICULTIES } from '../../src/negotiation/types.ts';
import { OPEN_TRICKS } from './open-tricks/index.ts';

describe('tricks written knowing the computer do not pay', () => {
  for (const file of [
    'scenarios/2026-01-12-sheinbaum-trump-call.yaml',
    'scenarios/2019-06-us-mexico-tariff-migration.yaml',
  ])
    it(`none beats the principled player by more than 2 points: ${file}`, () => {
      const cells = benchUnseenBots(loadOrThrow(file), 2);
      expect(cells).toHaveLength(4);
      for (const c of cells)
        expect({ ...c, margin: Math.round(c.margin * 10) / 10 }).toEqual(
          expect.objectContaining({ margin: expect.toSatisfy((m: number) => m <= 2) }),
        );
    });

  it('the open tricks (reported by the bench, not yet answered) play only legal moves', () => {
    for (const file of [
      'scenarios/2026-01-12-sheinbaum-trump-call.yaml',
      'scenarios/2019-06-us-mexico-tariff-migration.yaml',
    ]) {
      const scenario = loadOrThrow(file);
      const { results, errors } = runTournament(scenario, {
        bots: OPEN_TRICKS,
        sides: scenario.sides.map((side) => side.id),
        difficulties: DIFFICULTIES,
        games: 1,
        seed: 'open',
      });
      expect(errors).toEqual([]);
      expect(results).toHaveLength(OPEN_TRICKS.length * 2 * DIFFICULTIES.length);
    }
  });
});
