// The ending's two charts: the meters over the call (a line each, labelled at
// its end so colour is not needed), and the deal space (every possible deal,
// the Pareto frontier, the Nash point, both walk-away values, the deal made).
// Each chart's lines, dots and labels are baked into one image (baked.ts, with
// the labels painted on it: painted-labels.ts): the ending is drawn again for
// every part it adds and every frame a tween runs, a live drawing replays every
// dot each time, and each Phaser Text is a canvas and texture of its own.
import type * as Phaser from 'phaser';
import { COLORS, SERIES_COLORS, scaledSize } from './theme.ts';
import { bake, bakeAhead, type Drawing, type Painting } from './baked.ts';
import { markPainted } from './layout-probe.ts';
import {
  canvasMeasure,
  fitLabel,
  paintLabels,
  placeLabel,
  type LabelSpec,
  type MeasureLine,
  type PlacedLabel,
} from './painted-labels.ts';

/** The panel's colour behind a line's label, as the canvas writes colours. */
const PANEL_CSS = `#${COLORS.panel.toString(16).padStart(6, '0')}`;

let measuring: CanvasRenderingContext2D | null = null;

/** Measures labels on a small canvas of its own, made once (the chart's canvas is made after they are laid out). */
function measureLine(): MeasureLine {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) throw new Error('This browser has no 2D canvas to measure text on.');
  return canvasMeasure(measuring);
}

export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Measures the charts' label fonts once, before a chart is drawn (in idle
 * time): a font's first measure on a canvas costs several times a later one.
 */
export function measureChartFonts(): void {
  const measure = measureLine();
  for (const style of [nameStyle(false), nameStyle(true), axisStyle()])
    placeLabel({ x: 0, y: 0, text: 'Ag 0:00', color: '', ...style }, measure);
}

/** The meters over the call: a line each (0–100 over `seconds`), and marks under it. */
export interface MeterChartData {
  seconds: number;
  series: { name: string; points: [number, number][] }[];
  /** Call times to mark under the chart (the player's moves). */
  marks?: readonly number[];
}

export function drawMeterChart(scene: Phaser.Scene, box: ChartBox, d: MeterChartData): void {
  showChart(scene, meterChart(box, d));
}

/** A chart laid out and ready to bake: the area its image covers, its labels, its drawing, and its name. */
interface ChartBaking {
  /** Made from everything the chart depends on (a chart baked ahead is shown only for the same). */
  name: string;
  area: ChartBox;
  labels: readonly PlacedLabel[];
  draw: Drawing;
}

/**
 * Bakes the chart `drawDealChart` or `drawMeterChart` will draw with the same
 * box and data, now, in whichever scene runs (in idle time before the ending).
 */
export function bakeChartAhead(scene: Phaser.Scene, box: ChartBox, chart: ChartData): void {
  const c = chart.kind === 'deal' ? dealChart(box, chart.data) : meterChart(box, chart.data);
  bakeAhead(scene, c.name, c.area, c.draw, paintingOf(c));
}

/** Either chart and its data, for baking ahead. */
export type ChartData =
  { kind: 'deal'; data: DealChartData } | { kind: 'meters'; data: MeterChartData };

function meterChart(box: ChartBox, { seconds, series, marks = [] }: MeterChartData): ChartBaking {
  const px = (t: number) => box.x + (box.width * t) / Math.max(1, seconds);
  const py = (v: number) => box.y + box.height - (box.height * v) / 100;
  const measure = measureLine();
  const lineLabels: PlacedLabel[] = [];
  for (const s of series) {
    const last = s.points[s.points.length - 1];
    if (!last) continue;
    // Each line's name and last value inside the chart, at the line's end, never on another label.
    const label = placeLabel(
      {
        x: 0,
        y: py(last[1]),
        text: `${s.name} ${Math.round(last[1])}`,
        ...nameStyle(false),
        color: '#ffffff',
        background: PANEL_CSS,
      },
      measure,
    );
    label.x = Math.max(box.x + 4, Math.min(px(last[0]) + 6, box.x + box.width - label.width - 4));
    label.y -= label.height / 2;
    lineLabels.push(label);
  }
  spreadLabels(lineLabels, box);
  const under = box.y + box.height + 4;
  const times = [
    placeLabel({ x: box.x, y: under, text: '0:00', ...axisStyle() }, measure),
    placeLabel(
      {
        x: box.x + box.width,
        y: under,
        text: `${Math.round(seconds / 60)}:00`,
        ...axisStyle(),
        alignRight: true,
      },
      measure,
    ),
  ];
  return laidOut(
    'meters',
    around(box, 4),
    [...lineLabels, ...times],
    [box, seconds, series, marks],
    (g) => {
      axes(g, box);
      g.lineStyle(2, 0xffffff, 0.9);
      for (const t of marks)
        g.lineBetween(px(t), box.y + box.height - 8, px(t), box.y + box.height);
      series.forEach((s, i) => {
        g.lineStyle(3, SERIES_COLORS[i % SERIES_COLORS.length] ?? 0xffffff, 1);
        g.beginPath();
        s.points.forEach(([t, v], k) =>
          k === 0 ? g.moveTo(px(t), py(v)) : g.lineTo(px(t), py(v)),
        );
        g.strokePath();
      });
    },
  );
}

export interface DealChartData {
  points: [number, number][];
  frontier: [number, number][];
  nash: [number, number] | null;
  walkAway: [number, number];
  made: [number, number];
  /** The proposals made during the call, in order: filled diamonds the player's, hollow the other side's. */
  path?: { point: [number, number]; mine: boolean }[];
  labels: { you: string; nash: string; xAxis: string; yAxis: string };
}

export function drawDealChart(scene: Phaser.Scene, box: ChartBox, d: DealChartData): void {
  showChart(scene, dealChart(box, d));
}

function dealChart(box: ChartBox, d: DealChartData): ChartBaking {
  const px = (u: number) => box.x + (box.width * u) / 100;
  const py = (u: number) => box.y + box.height - (box.height * u) / 100;
  const measure = measureLine();
  const nashLabel = d.nash
    ? placeLabel(
        {
          x: px(d.nash[0]) + 9,
          y: py(d.nash[1]) - 20,
          text: `N ${d.labels.nash}`,
          ...nameStyle(false),
          color: COLORS.goodText,
        },
        measure,
      )
    : undefined;
  const you = placeLabel(
    {
      x: px(d.made[0]) + 12,
      y: py(d.made[1]) - 22,
      text: d.labels.you,
      ...nameStyle(true),
      color: '#ffffff',
    },
    measure,
  );
  placeLabels(box, you, nashLabel, py(d.nash?.[1] ?? 0), py(d.made[1]));
  // The axes are named by the leaders: a long name is cut to the chart's width.
  const xAxis = fitLabel(
    {
      x: box.x + box.width,
      y: box.y + box.height + 4,
      text: d.labels.xAxis,
      ...axisStyle(),
      alignRight: true,
    },
    box.width,
    measure,
  );
  const yAxis = fitLabel(
    { x: box.x - 4, y: box.y - 18, text: d.labels.yAxis, ...axisStyle() },
    box.width,
    measure,
  );
  const labels = [you, ...(nashLabel ? [nashLabel] : []), xAxis, yAxis];
  // Room around the box for the dots, rings and diamonds drawn on its edges.
  return laidOut('deal', around(box, 14), labels, [box, d], (g) => {
    axes(g, box);
    // Walk-away values, dashed.
    g.lineStyle(1, COLORS.chartAxis, 1);
    dashed(g, px(d.walkAway[0]), box.y, px(d.walkAway[0]), box.y + box.height);
    dashed(g, box.x, py(d.walkAway[1]), box.x + box.width, py(d.walkAway[1]));
    // Every deal.
    g.fillStyle(COLORS.chartDot, 0.8);
    for (const [a, b] of d.points) g.fillCircle(px(a), py(b), 3);
    // The frontier.
    g.lineStyle(2, COLORS.accent, 1);
    g.beginPath();
    d.frontier.forEach(([a, b], k) => (k === 0 ? g.moveTo(px(a), py(b)) : g.lineTo(px(a), py(b))));
    g.strokePath();
    if (d.nash) {
      g.fillStyle(COLORS.good, 1);
      g.fillCircle(px(d.nash[0]), py(d.nash[1]), 7);
    }
    drawPath(g, d, px, py);
    // The deal made: a ring, so it reads without colour.
    g.lineStyle(3, 0xffffff, 1);
    g.strokeCircle(px(d.made[0]), py(d.made[1]), 9);
  });
}

/** The size of a point's or a line's name on a chart, bold or not. */
function nameStyle(bold: boolean): Pick<LabelSpec, 'size' | 'bold'> {
  return { size: scaledSize(13), bold };
}

/** The style of an axis' words: small and muted. */
function axisStyle(): Pick<LabelSpec, 'size' | 'color'> {
  return { size: scaledSize(12), color: COLORS.muted };
}

/**
 * A chart's drawing and labels, to bake into one image: the image covers
 * `area` and every label (an axis' name sits outside the chart); its name is
 * made from the kind, the labels and `inputs` (all the drawing depends on).
 */
function laidOut(
  kind: string,
  area: ChartBox,
  labels: readonly PlacedLabel[],
  inputs: unknown,
  draw: Drawing,
): ChartBaking {
  const covered = coverAll(area, labels);
  return { name: JSON.stringify([kind, covered, labels, inputs]), area: covered, labels, draw };
}

/** Paints a chart's labels on its baked canvas (whose corner is the area's). */
function paintingOf(c: ChartBaking): Painting {
  return (ctx) => paintLabels(ctx, c.labels, c.area.x, c.area.y);
}

/** The chart baked (or taken from a bake ahead) and shown; the layout test is told where each label's words are. */
function showChart(scene: Phaser.Scene, c: ChartBaking): void {
  const image = bake(scene, c.area, c.draw, paintingOf(c), c.name);
  markPainted(
    image,
    c.labels.map((l) => ({
      text: l.text,
      bounds: { x: l.x, y: l.y, width: l.width, height: l.height },
      fontSize: l.size,
    })),
  );
}

/** The smallest box in whole pixels holding `area` and every label. */
function coverAll(area: ChartBox, labels: readonly PlacedLabel[]): ChartBox {
  const rects = [area, ...labels];
  const x = Math.floor(Math.min(...rects.map((r) => r.x)));
  const y = Math.floor(Math.min(...rects.map((r) => r.y)));
  const right = Math.ceil(Math.max(...rects.map((r) => r.x + r.width)));
  const bottom = Math.ceil(Math.max(...rects.map((r) => r.y + r.height)));
  return { x, y, width: right - x, height: bottom - y };
}

/** The path of the proposals, ending at the deal made: filled diamonds the player's, hollow the other side's. */
function drawPath(
  g: Phaser.GameObjects.Graphics,
  d: DealChartData,
  px: (u: number) => number,
  py: (u: number) => number,
): void {
  if (!d.path || d.path.length === 0) return;
  g.lineStyle(1, 0xf2b233, 0.7);
  g.beginPath();
  d.path.forEach(({ point: [a, b] }, k) =>
    k === 0 ? g.moveTo(px(a), py(b)) : g.lineTo(px(a), py(b)),
  );
  g.lineTo(px(d.made[0]), py(d.made[1]));
  g.strokePath();
  for (const { point, mine } of d.path) {
    const [x, y] = [px(point[0]), py(point[1])];
    if (mine) {
      g.fillStyle(0xf2b233, 1);
      g.fillTriangle(x - 6, y, x, y - 6, x + 6, y);
      g.fillTriangle(x - 6, y, x, y + 6, x + 6, y);
    } else {
      g.lineStyle(2, 0xf2b233, 1);
      g.beginPath();
      g.moveTo(x, y - 6);
      g.lineTo(x + 6, y);
      g.lineTo(x, y + 6);
      g.lineTo(x - 6, y);
      g.closePath();
      g.strokePath();
    }
  }
}

/** Both labels inside the chart, and "your deal" never over the Nash point's: one goes below its point. */
function placeLabels(
  box: ChartBox,
  you: PlacedLabel,
  nashLabel: PlacedLabel | undefined,
  nashY: number,
  madeY: number,
): void {
  for (const label of [you, nashLabel])
    if (label) label.x = Math.min(label.x, box.x + box.width - label.width - 2);
  if (nashLabel && overlaps(you, nashLabel)) nashLabel.y = nashY + 8;
  if (nashLabel && overlaps(you, nashLabel)) you.y = madeY + 10;
  for (const label of [you, nashLabel])
    if (label)
      label.y = Math.max(box.y + 2, Math.min(label.y, box.y + box.height - label.height - 2));
}

/** Moves labels up or down, in order, until none overlaps the next, keeping them inside the box. */
function spreadLabels(labels: PlacedLabel[], box: ChartBox): void {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  let bottom = box.y + 2;
  for (const l of sorted) {
    l.y = Math.max(l.y, bottom);
    bottom = l.y + l.height + 2;
  }
  let top = box.y + box.height - 2;
  for (const l of sorted.reverse()) {
    l.y = Math.min(l.y, top - l.height);
    top = l.y - 2;
  }
}

function overlaps(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** `box` grown by `margin` on every side. */
function around(box: ChartBox, margin: number): ChartBox {
  return {
    x: box.x - margin,
    y: box.y - margin,
    width: box.width + 2 * margin,
    height: box.height + 2 * margin,
  };
}

function axes(g: Phaser.GameObjects.Graphics, box: ChartBox): void {
  g.fillStyle(COLORS.chart, 1);
  g.fillRect(box.x, box.y, box.width, box.height);
  g.lineStyle(1, COLORS.panelEdge, 1);
  for (const f of [0.25, 0.5, 0.75]) {
    g.lineBetween(box.x, box.y + box.height * f, box.x + box.width, box.y + box.height * f);
  }
  g.lineStyle(2, COLORS.chartAxis, 1);
  g.lineBetween(box.x, box.y + box.height, box.x + box.width, box.y + box.height);
  g.lineBetween(box.x, box.y, box.x, box.y + box.height);
}

function dashed(
  g: Phaser.GameObjects.Graphics,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): void {
  const length = Math.hypot(x2 - x1, y2 - y1);
  const steps = Math.floor(length / 8);
  for (let i = 0; i < steps; i += 2) {
    const a = i / steps;
    const b = Math.min(1, (i + 1) / steps);
    g.lineBetween(x1 + (x2 - x1) * a, y1 + (y2 - y1) * a, x1 + (x2 - x1) * b, y1 + (y2 - y1) * b);
  }
}
