// The class's charts, as the class page (class.html) and the teacher's live
// page (live/class-results.ts) both draw them from a class summary: how the
// calls ended, and every student's deal on one deal map. Drawing only: the
// summary comes from the class store.
import { t, type Catalogue } from '../../messages/i18n.ts';
import type { ClassSummary } from '../../store/class-store.ts';
import { barChartSvg, classMapSvg } from '../svg-charts.ts';
import { el } from '../dom.ts';

/** How the calls ended: a bar an ending, in its tone. */
export function endingsChart(summary: ClassSummary, catalogue: Catalogue): SVGSVGElement {
  return barChartSvg(
    t(catalogue, 'class.endingsChart'),
    summary.endings.map((e) => ({ label: e.title, value: e.count, tone: e.tone })),
  );
}

/** Every student's deal on the deal map (axes: the two leaders' utilities), with its legend. */
export function dealMapFigure(summary: ClassSummary, catalogue: Catalogue): HTMLElement {
  const [first, second] = summary.sides;
  const leaders = { first: first?.leader ?? '', second: second?.leader ?? '' };
  return el(
    'figure',
    {},
    classMapSvg({
      ...summary.map,
      students: summary.students.map((s) => ({
        point: s.point,
        first: s.side === first?.id,
        name: `${s.name}: ${s.endingTitle}`,
      })),
      labels: {
        title: t(catalogue, 'class.mapLabel', leaders),
        xAxis: leaders.first,
        yAxis: leaders.second,
        nash: t(catalogue, 'ending.nash'),
      },
    }),
    el('figcaption', {}, t(catalogue, 'class.mapLegend', leaders)),
  );
}
