// The debrief's charts as SVG for the DOM pages (they print sharply and scale):
// the deal map (every deal, the Pareto frontier, the Nash point, walk-away
// lines, the proposals' path and the final deal) and a line chart over the
// call (meters, the computer's aim). Shapes, not only colours, tell marks apart.
import './svg-charts.css';

const SVG = 'http://www.w3.org/2000/svg';

function node<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

const WIDTH = 360;
const HEIGHT = 300;
const PAD = { left: 40, right: 16, top: 16, bottom: 36 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

function frame(label: string, xAxis: string, yAxis: string, xMax: string): SVGSVGElement {
  const svg = node('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-label': label,
    class: 'chart',
  });
  svg.append(
    node('rect', { x: PAD.left, y: PAD.top, width: PLOT_W, height: PLOT_H, class: 'plot' }),
    ...[0.25, 0.5, 0.75].map((f) =>
      node('line', {
        x1: PAD.left,
        x2: PAD.left + PLOT_W,
        y1: PAD.top + PLOT_H * f,
        y2: PAD.top + PLOT_H * f,
        class: 'grid',
      }),
    ),
    node(
      'text',
      { x: PAD.left + PLOT_W, y: HEIGHT - 8, 'text-anchor': 'end', class: 'axis' },
      xAxis,
    ),
    node('text', { x: PAD.left, y: HEIGHT - 8, class: 'axis' }, '0'),
    node(
      'text',
      { x: PAD.left + PLOT_W / 2, y: HEIGHT - 8, 'text-anchor': 'middle', class: 'axis' },
      xMax,
    ),
    node('text', { x: 4, y: PAD.top + 10, class: 'axis' }, yAxis),
  );
  return svg;
}

const px = (u: number) => PAD.left + (PLOT_W * u) / 100;
const py = (u: number) => PAD.top + PLOT_H - (PLOT_H * u) / 100;

/** What every deal map shows: the deals, the frontier, the walk-away lines, the Nash point. */
export interface DealSpace {
  points: [number, number][];
  frontier: [number, number][];
  nash: [number, number] | null;
  walkAway: [number, number];
}

export interface DealMapData extends DealSpace {
  made: [number, number];
  path: { point: [number, number]; mine: boolean }[];
  labels: { title: string; xAxis: string; yAxis: string; you: string; nash: string };
}

function dealSpaceSvg(
  d: DealSpace,
  labels: { title: string; xAxis: string; yAxis: string },
): SVGSVGElement {
  const svg = frame(labels.title, labels.xAxis, labels.yAxis, '');
  svg.append(
    node('line', {
      x1: px(d.walkAway[0]),
      x2: px(d.walkAway[0]),
      y1: PAD.top,
      y2: PAD.top + PLOT_H,
      class: 'walk',
    }),
    node('line', {
      x1: PAD.left,
      x2: PAD.left + PLOT_W,
      y1: py(d.walkAway[1]),
      y2: py(d.walkAway[1]),
      class: 'walk',
    }),
    ...d.points.map(([a, b]) => node('circle', { cx: px(a), cy: py(b), r: 2.5, class: 'deal' })),
    node('polyline', {
      points: d.frontier.map(([a, b]) => `${px(a)},${py(b)}`).join(' '),
      class: 'frontier',
    }),
  );
  return svg;
}

function nashMark(svg: SVGSVGElement, nash: [number, number] | null, label: string): void {
  if (!nash) return;
  svg.append(
    node('circle', { cx: px(nash[0]), cy: py(nash[1]), r: 6, class: 'nash' }),
    node('text', { x: px(nash[0]) + 8, y: py(nash[1]) + 14, class: 'label' }, `N ${label}`),
  );
}

const diamond = (x: number, y: number, r: number) =>
  `${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`;
const triangle = (x: number, y: number, r: number) =>
  `${x},${y - r} ${x + r},${y + r * 0.8} ${x - r},${y + r * 0.8}`;

export function dealMapSvg(d: DealMapData): SVGSVGElement {
  const svg = dealSpaceSvg(d, d.labels);
  if (d.path.length > 0) {
    svg.append(
      node('polyline', {
        points: [...d.path.map((p) => p.point), d.made]
          .map(([a, b]) => `${px(a)},${py(b)}`)
          .join(' '),
        class: 'path',
      }),
    );
    for (const { point, mine } of d.path)
      svg.append(
        node('polygon', {
          points: diamond(px(point[0]), py(point[1]), 5),
          class: mine ? 'mine' : 'theirs',
        }),
      );
  }
  nashMark(svg, d.nash, d.labels.nash);
  svg.append(
    node('circle', { cx: px(d.made[0]), cy: py(d.made[1]), r: 8, class: 'made' }),
    node(
      'text',
      { x: px(d.made[0]) + 10, y: py(d.made[1]) - 10, class: 'label strong' },
      d.labels.you,
    ),
  );
  return svg;
}

export interface ClassMapData extends DealSpace {
  /** Every student's final deal; `first` when they played the scenario's first side. */
  students: { point: [number, number]; first: boolean; name: string }[];
  labels: { title: string; xAxis: string; yAxis: string; nash: string };
}

/** The deal map of a class: every student's final deal, a circle or a triangle by the side played. */
export function classMapSvg(d: ClassMapData): SVGSVGElement {
  const svg = dealSpaceSvg(d, d.labels);
  nashMark(svg, d.nash, d.labels.nash);
  // Students who made the same deal from the same side share one mark, larger, with their number.
  const groups = new Map<string, { point: [number, number]; first: boolean; names: string[] }>();
  for (const s of d.students) {
    const key = `${Math.round(s.point[0])},${Math.round(s.point[1])},${s.first}`;
    const group = groups.get(key) ?? { point: s.point, first: s.first, names: [] };
    group.names.push(s.name);
    groups.set(key, group);
  }
  for (const g of groups.values()) {
    const [x, y] = [px(g.point[0]), py(g.point[1])];
    const r = 5 + Math.min(6, g.names.length - 1);
    const mark = g.first
      ? node('circle', { cx: x, cy: y, r, class: 'student first' })
      : node('polygon', { points: triangle(x, y, r + 1), class: 'student second' });
    mark.setAttribute('data-count', String(g.names.length));
    mark.append(node('title', {}, g.names.join('\n')));
    svg.append(mark);
    if (g.names.length > 1)
      svg.append(
        node('text', { x: x + r + 2, y: y - r, class: 'label strong' }, `×${g.names.length}`),
      );
  }
  return svg;
}

/** Horizontal bars, one per row, each labelled with its count. */
export function barChartSvg(
  title: string,
  bars: { label: string; value: number; tone?: string }[],
): SVGSVGElement {
  const rowHeight = 26;
  const labelWidth = 150;
  const width = WIDTH;
  const height = Math.max(1, bars.length) * rowHeight + 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const svg = node('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': title,
    class: 'chart bars',
  });
  bars.forEach((b, i) => {
    const y = 4 + i * rowHeight;
    const w = ((width - labelWidth - 40) * b.value) / max;
    const name = b.label.length > 24 ? `${b.label.slice(0, 23)}…` : b.label;
    svg.append(
      node('text', { x: labelWidth - 6, y: y + 16, 'text-anchor': 'end', class: 'label' }, name),
      node('rect', {
        x: labelWidth,
        y: y + 3,
        width: Math.max(w, b.value > 0 ? 2 : 0),
        height: rowHeight - 8,
        class: `bar ${b.tone ?? ''}`.trim(),
      }),
      node('text', { x: labelWidth + w + 6, y: y + 16, class: 'label strong' }, String(b.value)),
    );
  });
  return svg;
}

export interface Series {
  name: string;
  points: [number, number][];
}

const DASHES = ['', '6 3', '2 3', '10 3 2 3', '1 2'];

/** Lines over the call (0–100 up, call time across), each labelled at its end and dashed differently. */
export function lineChartSvg(
  title: string,
  seconds: number,
  series: Series[],
  marks: number[] = [],
): SVGSVGElement {
  const svg = frame(title, `${Math.round(seconds / 60)}:00`, '100', '');
  const tx = (s: number) => PAD.left + (PLOT_W * s) / Math.max(1, seconds);
  for (const t of marks)
    svg.append(
      node('line', {
        x1: tx(t),
        x2: tx(t),
        y1: PAD.top + PLOT_H - 6,
        y2: PAD.top + PLOT_H,
        class: 'mark',
      }),
    );
  // Each line's name and last value at the plot's right edge, by its line, never on another label.
  const ends: { y: number; text: string }[] = [];
  series.forEach((s, i) => {
    svg.append(
      node('polyline', {
        points: s.points.map(([t, v]) => `${tx(t)},${py(v)}`).join(' '),
        class: `series series-${i % 5}`,
        'stroke-dasharray': DASHES[i % DASHES.length] ?? '',
      }),
    );
    const last = s.points[s.points.length - 1];
    if (last) ends.push({ y: py(last[1]) - 4, text: `${s.name} ${Math.round(last[1])}` });
  });
  ends.sort((a, b) => a.y - b.y);
  const LINE = 13;
  ends.forEach((e, i) => {
    e.y = Math.max(e.y, PAD.top + 11, i > 0 ? (ends[i - 1]?.y ?? 0) + LINE : 0);
  });
  for (let i = ends.length - 1; i >= 0; i--) {
    const e = ends[i];
    const below = ends[i + 1];
    if (e) e.y = Math.min(e.y, PAD.top + PLOT_H - 4, below ? below.y - LINE : Infinity);
  }
  for (const e of ends)
    svg.append(
      node(
        'text',
        { x: PAD.left + PLOT_W - 3, y: e.y, 'text-anchor': 'end', class: 'label' },
        e.text,
      ),
    );
  return svg;
}
