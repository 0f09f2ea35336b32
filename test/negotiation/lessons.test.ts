import { describe, expect, it } from 'vitest';
import { REFERENCE_BOTS } from '../../bots/reference.ts';
import {
  checkLessons,
  LESSON_GAMES,
  LESSON_ROUND,
} from '../../src/negotiation/analysis/lessons.ts';
import { deepCheck } from '../../src/negotiation/analysis/scenario-check.ts';
import { runTournament } from '../../src/negotiation/bots/tournament.ts';
import type { Lesson, Scenario } from '../../src/scenario/schema.ts';
import { en } from '../../src/messages/en.ts';
import { loadOrThrow } from '../helpers.ts';

const call = loadOrThrow('scenarios/2026-01-12-sheinbaum-trump-call.yaml');

/** The bundled call with these lessons only. */
const withLessons = (...lessons: Lesson[]): Scenario => ({ ...call, lessons });

const lesson = (fields: Partial<Lesson>): Lesson => ({
  side: 'mexico',
  better: 'respectful',
  worse: 'threatener',
  by: 10,
  why: 'A lesson.',
  difficulty: 'normal',
  ...fields,
});

/** A player's mean score over its first `games` games, as the tournament plays them. */
function tournamentMean(player: string, side: string, games: number): number | undefined {
  const bot = REFERENCE_BOTS.find((b) => b.name === player);
  if (!bot) throw new Error(`no player ${player}`);
  return runTournament(call, {
    bots: [bot],
    sides: [side],
    difficulties: ['normal'],
    games,
    seed: 'lessons',
  }).results[0]?.meanUtility;
}

describe('lessons checked in play, as many games as the answer needs', () => {
  it('stops after one round when the lesson holds by far, with the tournament’s own figures', () => {
    const [result] = checkLessons(withLessons(lesson({})), REFERENCE_BOTS);
    expect(result?.holds).toBe(true);
    expect(result?.games).toBe(LESSON_ROUND);
    expect(result?.better).toBe(tournamentMean('respectful', 'mexico', LESSON_ROUND));
    expect(result?.worse).toBe(tournamentMean('threatener', 'mexico', LESSON_ROUND));
  });

  it('plays a lesson whose difference sits on its margin to the most games', () => {
    // The same player on both sides of the lesson: the difference is exactly 0, never clear of a margin of 0.
    const [close] = checkLessons(
      withLessons(lesson({ better: 'principled', worse: 'principled', by: 0 })),
      REFERENCE_BOTS,
    );
    expect(close?.games).toBe(LESSON_GAMES);
    expect(close?.holds).toBe(true);
    expect(close?.better).toBe(tournamentMean('principled', 'mexico', LESSON_GAMES));
  });

  it('says how many games a failed lesson was judged on', () => {
    const { findings } = deepCheck(
      withLessons(lesson({ better: 'threatener', worse: 'respectful' })),
      en,
      { players: REFERENCE_BOTS, sampleGames: 0, search: { maxStates: 200, claimDescents: 0 } },
    );
    const failed = findings.find((f) => f.path.join('.') === 'lessons.0');
    expect(failed?.message).toMatch(/does not hold on normal: .*; 10 games each\)$/);
  });

  it('gives the same answers however many lessons share a player, and every time', () => {
    const two = withLessons(lesson({}), lesson({ better: 'evidence-first', by: 5 }));
    const once = checkLessons(two, REFERENCE_BOTS);
    expect(checkLessons(two, REFERENCE_BOTS)).toEqual(once);
    expect(once[0]).toEqual(checkLessons(withLessons(lesson({})), REFERENCE_BOTS)[0]);
  });

  it('shows the one player given when the other is missing, and does not hold', () => {
    const [result] = checkLessons(
      withLessons(lesson({})),
      REFERENCE_BOTS.filter((b) => b.name !== 'threatener'),
    );
    expect(result).toMatchObject({ holds: false, games: LESSON_ROUND });
    expect(result?.worse).toBeUndefined();
    expect(result?.better).toBe(tournamentMean('respectful', 'mexico', LESSON_ROUND));
  });
});
