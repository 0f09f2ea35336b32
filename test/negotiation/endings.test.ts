import { describe, expect, it } from 'vitest';
import {
  decideEnding,
  deniedClaims,
  endingTone,
  holds,
  type Outcome,
} from '../../src/negotiation/endings.ts';
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

describe('what an ending claims, and what it means for each side', () => {
  const s = tiny();
  const outcome = (deal: Outcome['deal'], reason: Outcome['reason'] = 'hang-up'): Outcome => ({
    reason,
    deal,
    meters: { pressure: 50, trust: 50 },
    counts,
  });

  it('names each claim a game denies, and none when all hold', () => {
    const claims = {
      agreement: true,
      settled: ['fence'],
      deal: { tree: ['deferred', 'open'] },
      meters: { pressure: { atMost: 60 } },
    };
    expect(deniedClaims(s, claims, outcome({ fence: 'mid' }))).toEqual([]);
    expect(deniedClaims(s, claims, outcome({ fence: 'mid', tree: 'deferred' }))).toEqual([]);
    expect(deniedClaims(s, claims, outcome({ tree: 'trim' }))).toEqual(['settled', 'deal.tree']);
    expect(deniedClaims(s, { agreement: false }, outcome({ tree: 'deferred' }))).toEqual([]);
    expect(deniedClaims(s, { agreement: false }, outcome({ tree: 'keep' }))).toEqual(['agreement']);
    expect(deniedClaims(s, { settled: 'all' }, outcome({ fence: 'low' }))).toEqual(['settled']);
    expect(
      deniedClaims(s, { open: ['tree'], deferred: ['fence'], ended: ['time'] }, outcome({})),
    ).toEqual(['deferred', 'ended']);
    expect(deniedClaims(s, { meters: { trust: { atLeast: 60 } } }, outcome({}))).toEqual([
      'meters.trust',
    ]);
  });

  it('holds "either" when one of its sets of claims does', () => {
    const either = { either: [{ ended: ['threshold' as const] }, { settled: ['fence'] }] };
    expect(deniedClaims(s, either, outcome({ fence: 'low' }))).toEqual([]);
    expect(deniedClaims(s, either, outcome({}, 'threshold'))).toEqual([]);
    expect(deniedClaims(s, either, outcome({}))).toEqual(['either']);
  });

  it('gives each side its own tone; one word still means both sides', () => {
    const [breakdown] = s.endings;
    expect(endingTone(breakdown, 'north')).toBe('bad');
    expect(endingTone(breakdown, 'south')).toBe('bad');
    const split = { id: 'x', title: 'X', summary: 'X.', tone: { north: 'good' as const } };
    expect(endingTone(split, 'north')).toBe('good');
    expect(endingTone(split, 'south')).toBe('mixed');
  });
});
