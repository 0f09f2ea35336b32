import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng, nextRandom, seedFrom } from '../../src/negotiation/random.ts';

describe('the seeded generator', () => {
  it('gives the same sequence for the same seed', () => {
    const a = new Rng(seedFrom('class-3b'));
    const b = new Rng(seedFrom('class-3b'));
    const xs = Array.from({ length: 20 }, () => a.float());
    expect(Array.from({ length: 20 }, () => b.float())).toEqual(xs);
  });

  it('gives different sequences for different seeds', () => {
    expect(new Rng(seedFrom(1)).float()).not.toEqual(new Rng(seedFrom(2)).float());
  });

  it('always draws in [0, 1) and integers in [0, n)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 50 }),
        (state, n) => {
          const [x, next] = nextRandom(state);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
          expect(Number.isInteger(next) && next >= 0 && next < 2 ** 32).toBe(true);
          const k = new Rng(state).int(n);
          expect(k).toBeGreaterThanOrEqual(0);
          expect(k).toBeLessThan(n);
        },
      ),
    );
  });

  it('spreads draws evenly enough for dialogue picks', () => {
    const rng = new Rng(seedFrom('spread'));
    const buckets = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) {
      const k = rng.int(4);
      buckets[k] = (buckets[k] ?? 0) + 1;
    }
    for (const b of buckets) expect(b).toBeGreaterThan(850);
  });
});
