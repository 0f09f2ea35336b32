// Labels painted on a chart: measured where they stand, and shrunk, then cut,
// to the room they have, the way a Phaser Text is fitted (fitOrCut).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitLabel, placeLabel, type MeasureLine } from '../../scenes/widgets/painted-labels.ts';
import { SMALLEST_TEXT } from '../../scenes/widgets/theme.ts';

/** Every letter as wide as 0.6 of the font's size; the font's height 1.2 of it. */
const measure: MeasureLine = (text, font) => {
  const size = Number(/(\d+)px/.exec(font)?.[1]);
  return { width: Math.ceil(text.length * size * 0.6), height: size * 1.2, ascent: size };
};

const spec = (text: string, size = 16) => ({ x: 300, y: 20, text, size, color: '#fff' });

describe('painted labels', () => {
  it('stand left of their x when aligned right', () => {
    const placed = placeLabel({ ...spec('Claudia Sheinbaum'), alignRight: true }, measure);
    expect(placed.x + placed.width).toBe(300);
    expect(placed.alignRight).toBe(false);
  });

  it('keep their size and words when they fit', () => {
    const placed = fitLabel(spec('Donald Trump'), 300, measure);
    expect(placed).toMatchObject({ text: 'Donald Trump', size: 16 });
  });

  it('shrink before they are cut, and are cut at a word with an ellipsis', () => {
    const words = 'Andrés Manuel López Obrador, presidente de México';
    const shrunk = fitLabel(spec(words), Math.ceil(words.length * 13 * 0.6), measure);
    expect(shrunk.text).toBe(words);
    expect(shrunk.size).toBe(13);
    const cut = fitLabel(spec(words), 120, measure);
    expect(cut.size).toBe(SMALLEST_TEXT);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(words.startsWith(cut.text.slice(0, -1))).toBe(true);
  });

  it('never come out wider than their room while a letter is left to cut', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 80 }),
        fc.integer({ min: 12, max: 30 }),
        fc.integer({ min: 30, max: 400 }),
        (text, size, width) => {
          const placed = fitLabel(spec(text, size), width, measure);
          const smallest = Math.min(SMALLEST_TEXT, size);
          expect(placed.size).toBeGreaterThanOrEqual(smallest);
          expect(placed.size).toBeLessThanOrEqual(size);
          // Fits, unless it is already down to its first letters.
          if (placed.width > width) expect(placed.text.length).toBeLessThanOrEqual(3);
        },
      ),
    );
  });
});
