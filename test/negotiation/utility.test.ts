import { describe, expect, it } from 'vitest';
import {
  coveredUtility,
  choicesOf,
  crossesRedLine,
  sideTable,
  tablesOf,
  utility,
} from '../../src/negotiation/utility.ts';
import { tiny } from '../helpers.ts';

describe('utility of a deal', () => {
  const s = tiny();

  it('is the weighted mean of the option values', () => {
    expect(utility(s, 'north', { fence: 'mid', tree: 'trim' })).toBeCloseTo(55);
    expect(utility(s, 'south', { fence: 'mid', tree: 'trim' })).toBeCloseTo(60);
    expect(utility(s, 'north', { fence: 'high', tree: 'keep' })).toBeCloseTo(100);
  });

  it('counts an open issue at the walk-away value', () => {
    expect(utility(s, 'north', { fence: 'high' })).toBeCloseTo(0.5 * 100 + 0.5 * 40);
    expect(utility(s, 'south', {})).toBeCloseTo(30);
  });

  it('counts a deferred issue at its deferred value', () => {
    expect(utility(s, 'north', { fence: 'low', tree: 'deferred' })).toBeCloseTo(25);
    expect(utility(s, 'south', { fence: 'low', tree: 'deferred' })).toBeCloseTo(60);
  });

  it('scores a partial package on the issues it covers', () => {
    const t = tablesOf(s);
    expect(coveredUtility(sideTable(t, 'north'), choicesOf(t, { tree: 'trim' }))).toBeCloseTo(60);
    expect(Number.isNaN(coveredUtility(sideTable(t, 'north'), choicesOf(t, {})))).toBe(true);
  });

  it("knows which deals cross a side's red lines", () => {
    const t = tablesOf(s);
    expect(crossesRedLine(sideTable(t, 'north'), choicesOf(t, { tree: 'cut' }))).toBe(true);
    expect(crossesRedLine(sideTable(t, 'south'), choicesOf(t, { tree: 'cut' }))).toBe(false);
  });
});
