import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  conditionGap,
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

describe("a condition's gap: how far a game is from it (what the claims search aims by)", () => {
  const game = (
    o: Partial<Outcome> & { standing?: { by: string; terms: Record<string, string> } },
  ) => ({
    meters: o.meters ?? outcome().meters,
    settled: o.deal ?? outcome().deal,
    counts: o.counts ?? counts,
    standing: o.standing ?? null,
  });

  it('is the meter points out of range, and 20 for each agreement, move or option missing', () => {
    expect(conditionGap({ meter: 'pressure', atLeast: 55 }, game({}))).toBe(15);
    expect(conditionGap({ meter: 'trust', atMost: 50 }, game({}))).toBe(10);
    expect(conditionGap({ agreed: { atLeast: 3 } }, game({}))).toBe(40);
    expect(conditionGap({ moves: 'respectful', by: 'south', atLeast: 1 }, game({}))).toBe(20);
    expect(conditionGap({ issue: 'fence', is: ['low'] }, game({}))).toBe(20);
  });

  it('is half an option when the standing offer has it', () => {
    const offered = game({ deal: {}, standing: { by: 'north', terms: { fence: 'low' } } });
    expect(conditionGap({ issue: 'fence', is: ['low'] }, offered)).toBe(10);
  });

  it('adds up over all, and takes the nearest of any', () => {
    const low = { meter: 'pressure', atLeast: 55 } as const;
    const high = { meter: 'trust', atMost: 50 } as const;
    expect(conditionGap({ all: [low, high] }, game({}))).toBe(25);
    expect(conditionGap({ any: [low, high] }, game({}))).toBe(10);
  });

  it('is 0 exactly when the condition holds (property)', () => {
    const range = fc.record({
      atLeast: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      atMost: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        range,
        fc.integer({ min: 0, max: 3 }),
        range.map((r) => ({
          atLeast: r.atLeast && r.atLeast % 4,
          atMost: r.atMost && r.atMost % 4,
        })),
        (pressure, meterRange, agreedIssues, agreedRange) => {
          const deal = Object.fromEntries(
            ['a', 'b', 'c'].slice(0, agreedIssues).map((i) => [i, 'x']),
          );
          const o = outcome({ meters: { pressure, trust: 60 }, deal });
          const conditions = [
            { meter: 'pressure', ...meterRange },
            { agreed: agreedRange },
            { all: [{ meter: 'pressure', ...meterRange }, { agreed: agreedRange }] },
            { any: [{ meter: 'pressure', ...meterRange }, { agreed: agreedRange }] },
          ];
          for (const c of conditions)
            expect(conditionGap(c, game({ meters: o.meters, deal })) === 0).toBe(holds(c, o));
        },
      ),
    );
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
