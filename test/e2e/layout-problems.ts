// What is wrong with the canvas' texts, from window.standoff.layout() (the
// words drawn and their bounds): a text off the screen, out of its button or
// panel, over another text or a button, or smaller than a student should read.
// Shared by the overflow test (every screen, two languages, three screens) and
// the longest-texts test (every screen with the longest texts a file allows).
import type { DrawnLayout } from '../../scenes/widgets/layout-probe.ts';
import type { Rect } from '../../src/ui/overlay.ts';

/** The smallest text a student should have to read, in CSS pixels. */
export const SMALLEST = 9.5;

const overlapOf = (a: Rect, b: Rect) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1.5 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1.5;
const inside = (a: Rect, box: Rect, slack = 1.5) =>
  a.x >= box.x - slack &&
  a.y >= box.y - slack &&
  a.x + a.width <= box.x + box.width + slack &&
  a.y + a.height <= box.y + box.height + slack;
const contains = (box: Rect, x: number, y: number) =>
  x >= box.x && y >= box.y && x <= box.x + box.width && y <= box.y + box.height;
const SCREEN: Rect = { x: 0, y: 0, width: 1280, height: 720 };

/** What is wrong with the canvas' texts: each a sentence naming the text. */
export function canvasProblems(layout: DrawnLayout): string[] {
  const found: string[] = [];
  const q = (s: string) => `"${s.replace(/\s+/g, ' ').slice(0, 40)}"`;
  const buttons = layout.texts.flatMap((t) => (t.box ? [t.box] : []));
  layout.texts.forEach((t, i) => {
    const b = t.bounds;
    if (!inside(b, SCREEN)) found.push(`${q(t.text)} runs off the screen`);
    if (t.fontSize * layout.scale < SMALLEST)
      found.push(`${q(t.text)} is ${(t.fontSize * layout.scale).toFixed(1)} px`);
    if (t.box) {
      if (!inside(b, t.box)) found.push(`${q(t.text)} runs out of its button`);
    } else {
      // The smallest panel the text starts in is its box; any other panel it enters, it overlaps.
      const home = layout.panels
        .filter((p) => contains(p.rect, b.x + 1, b.y + 1))
        .sort((p, r) => p.rect.width * p.rect.height - r.rect.width * r.rect.height)[0];
      if (home && !inside(b, home.rect)) found.push(`${q(t.text)} runs out of its panel`);
      for (const p of layout.panels)
        if (p !== home && !(home && inside(home.rect, p.rect, 0)) && overlapOf(b, p.rect))
          found.push(`${q(t.text)} runs into a panel`);
      for (const box of buttons)
        if (overlapOf(b, box)) found.push(`${q(t.text)} is covered by a button`);
    }
    for (const other of layout.texts.slice(i + 1))
      if (overlapOf(b, other.bounds)) found.push(`${q(t.text)} overlaps ${q(other.text)}`);
  });
  return [...new Set(found)];
}
