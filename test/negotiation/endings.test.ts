import { describe, expect, it } from 'vitest';
import { decideEnding, holds, type Outcome } from '../../src/negotiation/endings.ts';
import { tiny } from '../helpers.ts';

const counts = {
  north: {
    propose: 2,
    accept: 1,
    reject: 0,
    respectful: 1,
    firm: 0,
    threatening: 2,
    evidence: 0,
    redLine: 0,
    defer: 0,
  },
  south: {
    propose: 1,
    accept: 0,
    reject: 1,
    respectful: 0,
    firm: 0,
    threatening: 1,
    evidence: 0,
    redLine: 0,
    defer: 0,
  },
};
const outcome = (o: Partial<Outcome> = {}): Outcome => ({
  reason: 'agreement',
  deal: { fence: 'mid', tree: 'deferred' },
  meters: { pressure: 40, trust: 60 },
  counts,
  ...o,
});

describe('ending conditions', () => {
  it('test meters against ranges', () => {
    expect(holds({ meter: 'pressure', atLeast: 40 }, outcome())).toBe(true);
    expect(holds({ meter: 'pressure', atMost: 39 }, outcome())).toBe(false);
  });

  it('test the settlement of an issue, including "deferred" and "open"', () => {
    expect(holds({ issue: 'fence', is: ['mid', 'high'] }, outcome())).toBe(true);
    expect(holds({ issue: 'tree', is: ['deferred'] }, outcome())).toBe(true);
    expect(holds({ issue: 'tree', is: ['open'] }, outcome({ deal: { fence: 'low' } }))).toBe(true);
  });

  it('count moves, by one side or both', () => {
    expect(holds({ moves: 'threatening', atLeast: 3 }, outcome())).toBe(true);
    expect(holds({ moves: 'threatening', by: 'south', atLeast: 2 }, outcome())).toBe(false);
  });

  it('count agreed issues without the deferred ones', () => {
    expect(holds({ agreed: { atLeast: 2 } }, outcome())).toBe(false);
    expect(holds({ agreed: { atLeast: 1, atMost: 1 } }, outcome())).toBe(true);
  });

  it('combine with all, any and not', () => {
    expect(
      holds(
        { all: [{ ended: ['agreement'] }, { not: { meter: 'trust', atMost: 10 } }] },
        outcome(),
      ),
    ).toBe(true);
    expect(holds({ any: [{ ended: ['time'] }, { issue: 'fence', is: ['low'] }] }, outcome())).toBe(
      false,
    );
  });

  it('pick the first ending that holds, else the last', () => {
    const s = tiny();
    expect(decideEnding(s, outcome())).toBe('deal');
    expect(decideEnding(s, outcome({ reason: 'threshold' }))).toBe('breakdown');
    expect(decideEnding(s, outcome({ reason: 'time' }))).toBe('nothing');
  });
});
