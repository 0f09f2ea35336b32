// The theme's colours against WCAG AA: every text colour on every surface it
// is drawn on reaches 4.5:1, and every graphic that carries meaning (the focus
// ring, meter bars and their limit marks, chart lines) 3:1 against what is
// behind it. The text size setting scales small text, never large headings.
import { afterEach, describe, expect, it } from 'vitest';
import {
  COLORS,
  SERIES_COLORS,
  scaledSize,
  setTextScale,
  smallerSizes,
} from '../../scenes/widgets/theme.ts';

const rgb = (color: string | number): number =>
  typeof color === 'number' ? color : Number.parseInt(color.replace('#', ''), 16);

/** Relative luminance, as WCAG 2 defines it. */
function luminance(color: string | number): number {
  const c = rgb(color);
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((c >> 16) & 0xff) +
    0.7152 * channel((c >> 8) & 0xff) +
    0.0722 * channel(c & 0xff)
  );
}

function contrast(a: string | number, b: string | number): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** [what, foreground, background]: text the scenes draw, on what it is drawn on. */
const TEXT: [string, string | number, string | number][] = [
  ['text on the background', COLORS.text, COLORS.background],
  ['text on a panel', COLORS.text, COLORS.panel],
  ['muted text on the background', COLORS.muted, COLORS.background],
  ['muted text on a panel', COLORS.muted, COLORS.panel],
  ['muted text on a chart', COLORS.muted, COLORS.chart],
  ['accent text on the background', COLORS.accentText, COLORS.background],
  ['accent text on a panel', COLORS.accentText, COLORS.panel],
  ['a button label', COLORS.text, COLORS.button],
  ['a hovered button label', COLORS.text, COLORS.buttonHover],
  ['a pressed button label', COLORS.text, COLORS.buttonPressed],
  ['a primary button label', COLORS.onAccent, COLORS.accent],
  ['a hovered primary button label', COLORS.onAccent, COLORS.primaryHover],
  ['a danger button label', COLORS.text, COLORS.danger],
  ['a hovered danger button label', COLORS.text, COLORS.dangerHover],
  ['the player’s own lines', COLORS.mineText, COLORS.panel],
  ['a good ending’s title', COLORS.goodText, COLORS.background],
  ['a bad ending’s title', COLORS.badText, COLORS.background],
  ['a meter note', COLORS.text, COLORS.panel],
];

/** [what, graphic, background]: shapes that carry meaning, on what they are drawn on. */
const GRAPHICS: [string, string | number, string | number][] = [
  ['the focus ring on the background', COLORS.focus, COLORS.background],
  ['the focus ring on a panel', COLORS.focus, COLORS.panel],
  ['a pressed button’s outline', COLORS.accent, COLORS.background],
  ['a meter bar on its track', COLORS.accent, COLORS.panelEdge],
  ['a meter bar near a limit on its track', COLORS.bad, COLORS.panelEdge],
  ['a meter bar on the background', COLORS.accent, COLORS.background],
  ['a meter bar near a limit on the background', COLORS.bad, COLORS.background],
  ['a limit mark on a meter track', COLORS.limitMark, COLORS.panelEdge],
  ['a chart axis', COLORS.chartAxis, COLORS.chart],
  ['a possible deal on the deal map', COLORS.chartDot, COLORS.chart],
  ...SERIES_COLORS.map((c, i): [string, number, number] => [
    `chart line ${i + 1}`,
    c,
    COLORS.chart,
  ]),
];

describe('the theme’s colours', () => {
  it('computes contrast as WCAG does (white on black is 21:1, a colour on itself 1:1)', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast(COLORS.panel, COLORS.panel)).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(TEXT)('%s reaches 4.5:1', (_what, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(GRAPHICS)('%s reaches 3:1', (_what, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(3);
  });
});

describe('the text size setting', () => {
  afterEach(() => setTextScale(1));

  it('leaves every size as it is at 100%', () => {
    for (const size of [12, 15, 16, 20, 28, 64]) expect(scaledSize(size)).toBe(size);
    expect(smallerSizes(16, 13)).toEqual([15, 14, 13]);
  });

  it('grows small text up to large-text size, and leaves large headings alone', () => {
    setTextScale(1.5);
    expect(scaledSize(12)).toBe(18);
    expect(scaledSize(16)).toBe(24);
    expect(scaledSize(20)).toBe(24);
    expect(scaledSize(28)).toBe(28);
    setTextScale(1.25);
    expect(scaledSize(16)).toBe(20);
  });

  it('offers smaller sizes to fit from the scaled size down to the floor', () => {
    setTextScale(1.5);
    expect(smallerSizes(16, 20)).toEqual([23, 22, 21, 20]);
  });
});
