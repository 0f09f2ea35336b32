// Short one-line labels painted straight onto a baked drawing's canvas (a
// chart's axis names, its points' names). A Phaser Text is a canvas, a texture
// and a style of its own, measured and drawn apart: on a school computer each
// cost the ending 5 ms before its chart could show (issue 15). A label here is
// a few calls on the chart's own canvas. The layout test still sees each one
// (layout-probe.ts); screen readers read the chart's words from the page.
import { FONT, SMALLEST_TEXT } from './theme.ts';

/** A label to paint, in scene coordinates: `x` is its left edge, or its right edge when `alignRight`. */
export interface LabelSpec {
  x: number;
  y: number;
  text: string;
  /** Its font size in game pixels (already scaled by the player's text size). */
  size: number;
  color: string;
  bold?: boolean;
  /** A box behind the words, in this colour. */
  background?: string;
  alignRight?: boolean;
}

/** A label laid out: its words (perhaps cut), its size, and where it is drawn. */
export interface PlacedLabel extends LabelSpec {
  width: number;
  height: number;
  /** From its top to the baseline its words stand on. */
  ascent: number;
}

/** Measures a line of text in a font: what a canvas' measureText tells. */
export type MeasureLine = (
  text: string,
  font: string,
) => { width: number; height: number; ascent: number };

/** The canvas font of a label, as Phaser's Text writes it (its style, size and the game's family). */
function labelFont(size: number, bold: boolean | undefined): string {
  return `${bold ? 'bold' : 'normal'} ${size}px ${FONT}`;
}

/** A label measured where it is, its left edge found from its right when it is aligned right. */
export function placeLabel(spec: LabelSpec, measure: MeasureLine): PlacedLabel {
  const { width, height, ascent } = measure(spec.text, labelFont(spec.size, spec.bold));
  const x = spec.alignRight ? spec.x - width : spec.x;
  return { ...spec, alignRight: false, x, width, height, ascent };
}

/**
 * A label shrunk until it is no wider than `width`, down to the smallest size a
 * student can read; then cut at a word with "…", and a single long word letter
 * by letter (the whole is read out from the page). The same steps as fitOrCut
 * takes for a Phaser Text.
 */
export function fitLabel(spec: LabelSpec, width: number, measure: MeasureLine): PlacedLabel {
  let placed = placeLabel(spec, measure);
  const fits = () => placed.width <= width;
  const redo = (change: Partial<LabelSpec>) => {
    placed = placeLabel({ ...spec, ...change }, measure);
  };
  for (let px = spec.size - 1; !fits() && px >= Math.min(SMALLEST_TEXT, spec.size); px--)
    redo({ size: px });
  const size = placed.size;
  let words = spec.text.split(' ');
  while (!fits() && words.length > 1) {
    words = words.slice(0, -1);
    redo({ size, text: `${words.join(' ')}…` });
  }
  let letters = placed.text.length - 1;
  while (!fits() && letters > 1) {
    letters--;
    redo({ size, text: `${spec.text.slice(0, letters)}…` });
  }
  return placed;
}

/** What Phaser's Text measures a font's height on: its tallest capital and longest descenders. */
const TEST_STRING = '|MÉqgy';

/** A canvas' measure of a line: its advance, and the height of its font as a Text has it. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): MeasureLine {
  return (text, font) => {
    ctx.font = font;
    const width = Math.ceil(ctx.measureText(text).width);
    const m = ctx.measureText(TEST_STRING);
    const ascent = Math.ceil(m.actualBoundingBoxAscent);
    return { width, height: ascent + Math.ceil(m.actualBoundingBoxDescent), ascent };
  };
}

/** Paints laid-out labels on a canvas whose origin is at (`left`, `top`) of the scene. */
export function paintLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly PlacedLabel[],
  left: number,
  top: number,
): void {
  ctx.save();
  ctx.translate(-left, -top);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  for (const l of labels) {
    if (l.background) {
      ctx.fillStyle = l.background;
      ctx.fillRect(l.x, l.y, l.width, l.height);
    }
    ctx.font = labelFont(l.size, l.bold);
    ctx.fillStyle = l.color;
    ctx.fillText(l.text, l.x, l.y + l.ascent);
  }
  ctx.restore();
}
