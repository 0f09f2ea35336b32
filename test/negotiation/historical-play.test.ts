// The historical play reaches the historical ending: Mexico re-enacts the real
// call of 12 January 2026 (respectful, the three pieces of evidence, the red
// line on strikes, no troops, the rest left to the talks of 22–23 January) in
// a saved playthrough. Its own moves decide the ending, not the computer's:
// the same moves reach it against the computer at every difficulty and seed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asPlaythrough, verifyPlaythrough } from '../../src/negotiation/playthrough.ts';
import { playToEnd } from '../../src/negotiation/replay.ts';
import { DIFFICULTIES, type Move } from '../../src/negotiation/types.ts';
import { DEFAULT_SCENARIO, loadOrThrow, repoPath } from '../helpers.ts';

const FILE = `${DEFAULT_SCENARIO}.playthroughs/historical-re-enactment.json`;

describe('the historical re-enactment', () => {
  const s = loadOrThrow(DEFAULT_SCENARIO);
  const saved = asPlaythrough(JSON.parse(readFileSync(repoPath(FILE), 'utf8')));
  if (!saved) throw new Error(`${FILE} is not a playthrough`);
  const mexico: Move[] = saved.events.flatMap((e) =>
    e.type === 'move' && e.side === 'mexico' ? [e.move] : [],
  );

  it('is the real call: respectful, the three pieces of evidence, the red line on strikes, no threat, nothing agreed', () => {
    const kinds = mexico.map((m) => (m.kind === 'statement' ? m.tone : m.kind));
    expect(kinds).not.toContain('threatening');
    expect(kinds).not.toContain('accept');
    expect(kinds).not.toContain('propose');
    expect(kinds).toContain('respectful');
    expect(mexico.filter((m) => m.kind === 'evidence').map((m) => m.id)).toEqual(
      s.evidence.filter((e) => e.side === 'mexico').map((e) => e.id),
    );
    expect(mexico).toContainEqual({
      kind: 'redLine',
      issue: 'military',
      option: 'unilateral-strikes',
    });
  });

  it('replays to the historical ending', () => {
    expect(saved.expected.ending).toBe('historical');
    expect(verifyPlaythrough(s, saved).differences).toEqual([]);
  });

  it('reaches the historical ending whatever the computer does: every difficulty, many seeds', () => {
    for (const difficulty of DIFFICULTIES)
      for (let seed = 1; seed <= 8; seed++) {
        let next = 0;
        const { game } = playToEnd(
          s,
          { seed, difficulty, controllers: { mexico: 'human', us: 'computer' } },
          () => {
            const move = mexico[next++];
            return move ? { type: 'move', side: 'mexico', move } : undefined;
          },
        );
        expect(game.result?.ending, `${difficulty}, seed ${seed}`).toBe('historical');
        // No US troops: the military issue is open or left to the talks, whatever was proposed.
        expect(['deferred', undefined]).toContain(game.settled.military);
      }
  });
});
