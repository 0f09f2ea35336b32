// Spare texts are kept for the styles a scene used most recently, keyed by the
// style's data; a style with a callback in it is never matched to another.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RecentStyles, styleKey } from '../../scenes/widgets/spare-texts.ts';

describe('spare texts', () => {
  it('key a style by its data, equal styles alike, and refuse one with a function', () => {
    const a = { fontSize: '17px', color: '#fff', wordWrap: { width: 400 } };
    expect(styleKey(a)).toBe(styleKey({ ...a, wordWrap: { width: 400 } }));
    expect(styleKey(a)).not.toBe(styleKey({ ...a, wordWrap: { width: 401 } }));
    expect(styleKey({ ...a, wordWrap: { width: 400, callback: () => 'x' } })).toBeNull();
  });

  it('keep the styles used last, newest first, never more than they may', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        (uses, kept) => {
          const recent = new RecentStyles(kept);
          for (const u of uses) recent.use(String(u), { fontSize: `${u}px` });
          const expected: string[] = [];
          for (const u of [...uses].reverse())
            if (!expected.includes(String(u))) expected.push(String(u));
          expect(recent.entries().map(([k]) => k)).toEqual(expected.slice(0, kept));
        },
      ),
    );
  });
});
