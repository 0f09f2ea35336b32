// The debrief's charts as SVG for the DOM pages (they print sharply and scale):
// the deal map (every deal, the Pareto frontier, the Nash point, walk-away
// lines, the proposals' path and the final deal) and a line chart over the
// call (meters, the computer's aim). Shapes, not only colours, tell marks apart.
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

export interface DealMapData {
  points: [number, number][];
  frontier: [number, number][];
  nash: [number, number] | null;
  walkAway: [number, number];
  made: [number, number];
  path: { point: [number, number]; mine: boolean }[];
  labels: { title: string; xAxis: string; yAxis: string; you: string; nash: string };
}

export function dealMapSvg(d: DealMapData): SVGSVGElement {
  const svg = frame(d.labels.title, d.labels.xAxis, d.labels.yAxis, '');
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
  if (d.path.length > 0) {
    svg.append(
      node('polyline', {
        points: [...d.path.map((p) => p.point), d.made]
          .map(([a, b]) => `${px(a)},${py(b)}`)
          .join(' '),
        class: 'path',
      }),
    );
    for (const { point, mine } of d.path) {
      const [x, y] = [px(point[0]), py(point[1])];
      svg.append(
        node('polygon', {
          points: `${x},${y - 5} ${x + 5},${y} ${x},${y + 5} ${x - 5},${y}`,
          class: mine ? 'mine' : 'theirs',
        }),
      );
    }
  }
  if (d.nash) {
    svg.append(
      node('circle', { cx: px(d.nash[0]), cy: py(d.nash[1]), r: 6, class: 'nash' }),
      node(
        'text',
        { x: px(d.nash[0]) + 8, y: py(d.nash[1]) + 14, class: 'label' },
        `N ${d.labels.nash}`,
      ),
    );
  }
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
  series.forEach((s, i) => {
    svg.append(
      node('polyline', {
        points: s.points.map(([t, v]) => `${tx(t)},${py(v)}`).join(' '),
        class: `series series-${i % 5}`,
        'stroke-dasharray': DASHES[i % DASHES.length] ?? '',
      }),
    );
    const last = s.points[s.points.length - 1];
    if (last)
      svg.append(
        node(
          'text',
          { x: Math.min(tx(last[0]) + 4, WIDTH - 70), y: py(last[1]) - 4 + i * 10, class: 'label' },
          `${s.name} ${Math.round(last[1])}`,
        ),
      );
  });
  return svg;
}
