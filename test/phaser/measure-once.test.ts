// A font is measured once for all the texts that use it, each text getting its
// own copy; a new font, test string or baseline is measured anew; a font the
// page loads drops what was kept.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { measuredOnce, type MeasuredStyle } from '../../src/phaser/measure-once.ts';

const style = (font: string, testString = '|MÉqgy'): MeasuredStyle => ({
  _font: font,
  testString,
  baselineX: 1.2,
  baselineY: 1.4,
});

describe("a font's height", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is measured once per font, each text given its own copy', () => {
    const measure = vi.fn((s: MeasuredStyle) => {
      const size = Number(/(\d+)px/.exec(s._font)?.[1] ?? 0);
      return { ascent: size * 0.8, descent: size * 0.2, fontSize: size };
    });
    const once = measuredOnce(measure);
    const a = once(style('16px sans'));
    const b = once(style('16px sans'));
    expect(b).toEqual({ ascent: 12.8, descent: 3.2, fontSize: 16 });
    expect(b).not.toBe(a);
    a.ascent = 0;
    expect(once(style('16px sans')).ascent).toBe(12.8);
    expect(measure).toHaveBeenCalledTimes(1);
    expect(once(style('bold 16px sans')).fontSize).toBe(16);
    expect(once(style('16px sans', 'Ág')).fontSize).toBe(16);
    expect(measure).toHaveBeenCalledTimes(3);
  });

  it('is measured again once the page has loaded a font', () => {
    const listeners: (() => void)[] = [];
    vi.stubGlobal('document', {
      fonts: { addEventListener: (_: string, fn: () => void) => listeners.push(fn) },
    });
    let size = 10;
    const once = measuredOnce(() => ({ ascent: size, descent: 0, fontSize: size }));
    expect(once(style('16px Inter')).ascent).toBe(10);
    size = 12;
    expect(once(style('16px Inter')).ascent).toBe(10);
    for (const fn of listeners) fn();
    expect(once(style('16px Inter')).ascent).toBe(12);
  });
});
