import { describe, expect, it } from 'vitest';
import { closest, editDistance, unknownIdFix } from '../../src/scenario/suggest.ts';
import { en } from '../../src/messages/en.ts';

describe('did you mean', () => {
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('suggests the closest id only when it is close enough to be a typo', () => {
    expect(closest('presure', ['pressure', 'trust'])).toBe('pressure');
    expect(closest('Pressure', ['pressure'])).toBe('pressure');
    expect(closest('zzzzzz', ['pressure', 'trust'])).toBeUndefined();
  });

  it('lists the known ids when there is no close one', () => {
    expect(unknownIdFix('meter', 'zzz', ['pressure', 'trust'], en)).toBe(
      'use one of the meter ids: "pressure", "trust".',
    );
    expect(unknownIdFix('meter', 'trst', ['pressure', 'trust'], en)).toMatch(
      /^did you mean "trust"\?/,
    );
  });
});
