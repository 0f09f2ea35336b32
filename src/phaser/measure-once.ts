// A font's height measured once per font, not once per text. Phaser measures
// the ascent and descent of a text's font whenever a text is made or its font
// changes (its size fitted to a box, a step at a time): each measure takes a
// canvas from the pool, sets its font and measures a test string. The ending
// screen makes some fifty texts, most in the same few fonts: a quarter of its
// time went to measuring the same fonts again (issue 15). The game's Phaser
// (scripts/phaser-entry-plugin.ts) measures through here: the first measure
// of a font is kept, and handed out as a copy for each text after it. The
// kept measures are dropped when the page loads a font, which may change them.

/** What Phaser's MeasureText reads of a text's style. */
export interface MeasuredStyle {
  _font: string;
  testString: string;
  baselineX: number;
  baselineY: number;
}

export interface FontMetrics {
  ascent: number;
  descent: number;
  fontSize: number;
}

/** Kept measures past this many are dropped (a scenario with many font sizes cannot grow it for ever). */
const KEPT = 256;

/** Phaser's `measure`, measuring each font (with its test string and baselines) once. */
export function measuredOnce(
  measure: (style: MeasuredStyle) => FontMetrics,
): (style: MeasuredStyle) => FontMetrics {
  const kept = new Map<string, FontMetrics>();
  globalThis.document?.fonts?.addEventListener?.('loadingdone', () => kept.clear());
  return function measureOnce(this: unknown, style: MeasuredStyle): FontMetrics {
    const key = `${style._font}\n${style.testString}\n${style.baselineX}\n${style.baselineY}`;
    let metrics = kept.get(key);
    if (!metrics) {
      metrics = measure.call(this, style);
      if (kept.size >= KEPT) kept.clear();
      kept.set(key, metrics);
    }
    return { ...metrics };
  };
}
