import { describe, expect, it } from 'vitest';
import {
  balanceFindings,
  balanceVerdict,
  verdictSentence,
  type BalanceSample,
} from '../../src/negotiation/analysis/balance-verdict.ts';
import { tiny } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

const s = tiny(); // endings: breakdown, deal, nothing (the catch-all)
const sample = (endings: Record<string, number>): BalanceSample => ({
  kind: 'check',
  seed: 'check',
  games: Object.values(endings).reduce((a, b) => a + b, 0),
  endings,
});

describe('the balance verdict', () => {
  it('is healthy when every ending was reached, none almost always', () => {
    const v = balanceVerdict(s, sample({ breakdown: 10, deal: 50, nothing: 40 }));
    expect(v.healthy).toBe(true);
    expect(balanceFindings(v, en)).toEqual([]);
    expect(verdictSentence(v, en)).toMatch(/healthy/);
  });

  it('warns about the catch-all ending too when no game reached it, with the figure', () => {
    const v = balanceVerdict(s, sample({ breakdown: 10, deal: 90 }));
    expect(v.healthy).toBe(false);
    const findings = balanceFindings(v, en);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', path: ['endings', 2] });
    expect(findings[0]?.message).toMatch(/last ending "nothing" \(0 of 100 games/);
    expect(verdictSentence(v, en)).not.toMatch(/healthy/);
  });

  it('warns about an ending reached by almost every game', () => {
    const v = balanceVerdict(s, sample({ breakdown: 1, deal: 98, nothing: 1 }));
    expect(v.healthy).toBe(false);
    expect(balanceFindings(v, en).map((f) => f.message)).toEqual([
      expect.stringMatching(/almost every sample game reached the ending "deal" \(98%, 98 of 100/),
    ]);
  });

  it('never says healthy while a finding stands', () => {
    for (const counts of <Record<string, number>[]>[
      { deal: 1 },
      { breakdown: 3, deal: 3 },
      { nothing: 7 },
      { breakdown: 1, deal: 1, nothing: 1 },
      { breakdown: 0, deal: 96, nothing: 4 },
    ]) {
      const v = balanceVerdict(s, sample(counts));
      expect(v.healthy).toBe(balanceFindings(v, en).length === 0);
      expect(/healthy/.test(verdictSentence(v, en))).toBe(v.healthy);
    }
  });
});
