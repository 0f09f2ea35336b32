// A meter near the limit that ends the call says so without colour: the same
// rule turns its bar red, puts a ⚠ by its number and words its screen-reader text.
import { describe, expect, it } from 'vitest';
import { nearLimit } from '../../scenes/widgets/meter.ts';

describe('a meter near a limit', () => {
  it('names the limit within 20 of a high threshold (pressure at 100)', () => {
    expect(nearLimit(79, [100])).toBeUndefined();
    expect(nearLimit(80, [100])).toBe(100);
  });

  it('names the limit within 20 of a low threshold (sovereignty at 10)', () => {
    expect(nearLimit(31, [10])).toBeUndefined();
    expect(nearLimit(30, [10])).toBe(10);
  });

  it('is never near when the meter has no limit', () => {
    expect(nearLimit(100, [])).toBeUndefined();
  });
});
