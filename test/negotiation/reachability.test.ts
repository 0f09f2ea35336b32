// The reachability search stops when it has nothing left to find: an ending
// whose condition can never hold is not searched for (before, one such ending
// sent the search to its bound of 60,000 states: seconds on the 6 × 5 fixture).
import { describe, expect, it } from 'vitest';
import { searchEndings } from '../../src/negotiation/analysis/reachability.ts';
import { loadOrThrow } from '../helpers.ts';

describe('the reachability search', () => {
  it('does not search for an ending that can never happen, and finds the others', () => {
    const s = loadOrThrow('test/fixtures/valid/six-by-five.yaml');
    const result = searchEndings(s);
    expect(result.bounded).toBe(false);
    expect(result.statesExplored).toBeLessThan(10_000);
    expect(result.paths.never).toBeUndefined();
    expect(Object.keys(result.paths).sort()).toEqual([
      'breakdown',
      'deal',
      'hard-to-find',
      'nothing',
    ]);
  });

  it('still runs to its bound while a possible ending is missing', () => {
    const s = loadOrThrow('test/fixtures/valid/six-by-five.yaml');
    const result = searchEndings(s, { maxStates: 40, maxPlans: 1 });
    expect(result.bounded).toBe(true);
    expect(result.statesExplored).toBe(40);
  });
});
