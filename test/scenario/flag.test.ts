// A side's flag: a list of colours (older files) still loads and is drawn as
// bands laid out as the portrait says; a pattern with an emblem draws Mexico's
// eagle or the US stars and stripes; both bundled scenarios use the patterns.
import { describe, expect, it } from 'vitest';
import { flagSchema } from '../../src/scenario/schema.ts';
import { flagView } from '../../src/negotiation/player-view.ts';
import { DEFAULT_SCENARIO, loadOrThrow } from '../helpers.ts';

describe('a flag', () => {
  it('given as a list of colours still loads, as bands', () => {
    const old = flagSchema.parse(['#006847', '#ffffff', '#ce1126']);
    expect(flagView(old, 'vertical')).toEqual({
      pattern: 'vertical-bands',
      colours: ['#006847', '#ffffff', '#ce1126'],
      emblem: 'none',
    });
    expect(flagView(old, 'horizontal').pattern).toBe('horizontal-bands');
  });

  it('given as a pattern keeps its emblem, and refuses a pattern it does not know', () => {
    const mexico = flagSchema.parse({
      pattern: 'vertical-bands',
      colours: ['#006847'],
      emblem: 'eagle',
    });
    expect(flagView(mexico, 'horizontal')).toMatchObject({
      pattern: 'vertical-bands',
      emblem: 'eagle',
    });
    expect(flagSchema.safeParse({ pattern: 'checks', colours: ['#000000'] }).success).toBe(false);
  });

  it('is drawn as stars and stripes and as a tricolour with the eagle in the default scenario', () => {
    const scenario = loadOrThrow(DEFAULT_SCENARIO);
    const flags = scenario.sides.map((s) => flagView(s.flag, 'vertical'));
    expect(flags).toEqual([
      expect.objectContaining({ pattern: 'vertical-bands', emblem: 'eagle' }),
      expect.objectContaining({ pattern: 'stripes-and-canton' }),
    ]);
  });
});
