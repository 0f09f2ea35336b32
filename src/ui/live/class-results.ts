// The whole class's results on the teacher's live page, as class.html shows
// them: the results of the ended calls go into the class page's own store
// (each replayed and checked), and its summary is drawn with the class page's
// charts — how the calls ended, every student's deal on one deal map — with
// the same gradebook CSV. Results are added once each, as their calls end.
import '../svg-charts.css';
import { plural, t, type MessageKey, type Catalogue } from '../../messages/i18n.ts';
import { createClassStore, type ClassSummary } from '../../store/class-store.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { CallSummary } from '../../net/protocol.ts';
import { dealMapFigure, endingsChart } from '../class/class-charts.ts';
import { downloadText, el } from '../dom.ts';

const say = (key: MessageKey, catalogue: Catalogue, params?: Record<string, string | number>) =>
  t(catalogue, key, params);

/** Follows a class's calls; `view` is the results section, redrawn only when a new result has come. */
export function liveClassResults(
  scenarios: readonly Scenario[],
  catalogue: Catalogue,
): {
  view(calls: readonly CallSummary[]): HTMLElement | null;
} {
  const store = createClassStore(scenarios, catalogue);
  const added = new Set<string>();
  let drawn: HTMLElement | null = null;
  const draw = (summary: ClassSummary, count: number, catalogue: Catalogue): HTMLElement => {
    const csv = el(
      'button',
      { type: 'button', class: 'primary' },
      plural(catalogue, 'gradebook.download', count),
    );
    csv.addEventListener('click', () => {
      const file = store.getState().actions.csvFile();
      if (file) downloadText(file.name, file.text, 'text/csv');
    });
    return el(
      'section',
      { class: 'live-class-results' },
      el('h2', {}, say('class.endings', catalogue)),
      endingsChart(summary, catalogue),
      el('h2', {}, say('class.map', catalogue)),
      dealMapFigure(summary, catalogue),
      el('p', {}, csv),
    );
  };
  return {
    view(calls) {
      const fresh = calls.flatMap((c) => Object.values(c.links)).filter((link) => !added.has(link));
      if (fresh.length === 0) return drawn;
      for (const link of fresh) added.add(link);
      store
        .getState()
        .actions.addInputs(
          fresh.map((text, i) => ({ source: `#${added.size - fresh.length + i + 1}`, text })),
        );
      const summary = store.getState().summary;
      if (summary) drawn = draw(summary, summary.count, catalogue);
      return drawn;
    },
  };
}
