// The printable debrief (debrief.html#r=…): opened from the end of a game, a
// hand-in link or QR code, or the class page. It checks the result, then shows
// the ending, the deal map with the proposals' path, every move graded beside
// the meters chart, the computer's strategy, what really happened, and a
// replay of the call move by move from either leader's point of view. It
// prints on one page (the replay controls are left out of the print). A
// teacher's own scenario rides in the link (#r=…&s=…) or the result file; a
// link without it asks for the scenario's file.
import './debrief.css';
import { bundledScenarios } from '../bundled-scenarios.ts';
import { applyLanguage, pageLanguage } from '../language.ts';
import { applyPageTextSize } from '../preferences.ts';
import { el } from '../dom.ts';
import type { Scenario } from '../../scenario/schema.ts';
import {
  loadDebriefPage,
  type DebriefPage,
  type PointOfView,
  type ReplayFrame,
} from '../../store/debrief-report.ts';
import { dealSpaceOf, scoreSentences, type EndingView } from '../../store/ending-view.ts';
import type { MoveLine } from '../../store/debrief-view.ts';
import { t, type MessageKey, type Catalogue } from '../../messages/i18n.ts';
import { dealMapSvg, lineChartSvg } from '../svg-charts.ts';
import { glossaryList } from './glossary-list.ts';

function section(title: string, ...children: (Node | string)[]): HTMLElement {
  return el('section', {}, el('h2', {}, title), ...children);
}

/** A teacher's scenario file, read by the game's loader (its YAML parser fetched only now); null when it does not load. */
async function scenarioFrom(file: File, catalogue: Catalogue): Promise<Scenario | null> {
  try {
    const { loadScenario, MAX_SCENARIO_BYTES } = await import('../../scenario/load.ts');
    if (file.size > MAX_SCENARIO_BYTES) return null;
    const loaded = loadScenario(file.name, new Uint8Array(await file.arrayBuffer()), catalogue);
    return loaded.ok ? loaded.scenario : null;
  } catch {
    // Unreadable (or the loader could not be fetched): the result is tried again without it, and says why.
    return null;
  }
}

/**
 * A message (no result, or one that cannot be opened) and a way to open a
 * result file instead; with a result that could not be opened, also a way to
 * open its scenario's file (a teacher's own scenario, from a link without it).
 */
function renderFailure(
  root: HTMLElement,
  text: string,
  scenarios: readonly Scenario[],
  catalogue: Catalogue,
  tried?: string,
): void {
  const input = el('input', { type: 'file', accept: '.json,application/json', hidden: '' });
  const open = el(
    'button',
    { type: 'button', id: 'open-result' },
    t(catalogue, 'debriefPage.open'),
  );
  open.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void file.text().then((content) => show(root, content, scenarios, catalogue));
  });
  const scenarioInput = el('input', { type: 'file', accept: '.yaml,.yml,.json', hidden: '' });
  const openScenario = el(
    'button',
    { type: 'button', id: 'open-scenario' },
    t(catalogue, 'debriefPage.openScenario'),
  );
  openScenario.addEventListener('click', () => scenarioInput.click());
  scenarioInput.addEventListener('change', () => {
    const file = scenarioInput.files?.[0];
    if (file && tried !== undefined)
      void scenarioFrom(file, catalogue).then((scenario) =>
        show(root, tried, scenario ? [...scenarios, scenario] : scenarios, catalogue),
      );
  });
  root.replaceChildren(
    el(
      'main',
      { class: 'failure' },
      el('h1', {}, 'Standoff'),
      el('p', { role: 'alert' }, text),
      el(
        'p',
        { class: 'actions' },
        open,
        input,
        ...(tried === undefined ? [] : [openScenario, scenarioInput]),
        el('a', { href: './index.html' }, t(catalogue, 'debriefPage.back')),
      ),
    ),
  );
}

/** Shows the debrief of a result (a link's parameter, or a result file's text). */
function show(
  root: HTMLElement,
  input: string,
  scenarios: readonly Scenario[],
  catalogue: Catalogue,
): void {
  const cannotOpen = (message: string) =>
    renderFailure(
      root,
      t(catalogue, 'debriefPage.cannotOpen', { message }),
      scenarios,
      catalogue,
      input,
    );
  try {
    const loaded = loadDebriefPage(input, scenarios, catalogue);
    if (loaded.ok) renderPage(root, loaded.page, catalogue);
    else cannotOpen(loaded.message);
  } catch {
    // The reader refuses any input in words (property-tested); a bug drawing the page still leaves a way on.
    cannotOpen(t(catalogue, 'result.invalid'));
  }
}

function pageHeader(page: DebriefPage, catalogue: Catalogue): HTMLElement {
  const { ending: e, result, scenario } = page;
  const print = el('button', { type: 'button', id: 'print' }, t(catalogue, 'debriefPage.print'));
  print.addEventListener('click', () => window.print());
  return el(
    'header',
    {},
    el('h1', {}, t(catalogue, 'debriefPage.title', { scenario: scenario.title })),
    el(
      'p',
      { class: 'who' },
      t(catalogue, 'debriefPage.who', {
        student: result.student || t(catalogue, 'debriefPage.anonymous'),
        leader: page.leader,
        otherLeader: page.otherLeader,
        difficulty: t(catalogue, `title.difficulty.${result.difficulty}` as MessageKey),
      }),
    ),
    el('p', { class: `ending ${e.tone}` }, el('strong', {}, e.title), ` — ${e.summary}`),
    el(
      'div',
      { class: 'actions no-print' },
      print,
      el('a', { href: './index.html' }, t(catalogue, 'debriefPage.back')),
    ),
  );
}

function mapSection(page: DebriefPage, catalogue: Catalogue): HTMLElement {
  const { ending: e } = page;
  const deal = e.deal === '' ? t(catalogue, 'end.noDeal') : e.deal;
  const standing = scoreSentences(e, page.otherLeader, catalogue);
  return section(
    t(catalogue, 'debriefPage.map'),
    el(
      'div',
      { class: 'two' },
      el(
        'figure',
        {},
        dealMapSvg({
          ...dealSpaceOf(e),
          labels: {
            title: t(catalogue, 'debriefPage.mapLabel', {
              leader: page.leader,
              otherLeader: page.otherLeader,
            }),
            xAxis: page.leader,
            yAxis: page.otherLeader,
            you: t(catalogue, 'ending.yours'),
            nash: t(catalogue, 'ending.nash'),
          },
        }),
        el(
          'figcaption',
          {},
          `${t(catalogue, 'ending.spaceHelp', { leader: page.otherLeader })} ◆ ${t(catalogue, 'ending.path')}.`,
        ),
      ),
      el(
        'div',
        {},
        el('p', {}, el('strong', {}, t(catalogue, 'ending.deal')), ` ${deal}`),
        el('p', {}, standing),
        el(
          'p',
          { class: 'gap' },
          el('strong', {}, t(catalogue, 'ending.gap')),
          ` ${e.debrief?.gap ?? ''}`,
        ),
        el('h3', { class: 'no-print' }, t(catalogue, 'glossary.title')),
        glossaryList(['pareto', 'nash', 'walkAway'], catalogue),
      ),
    ),
  );
}

function movesTable(moves: readonly MoveLine[], catalogue: Catalogue): HTMLElement {
  const heads = [
    'debriefPage.time',
    'debriefPage.move',
    'debriefPage.step',
    'debriefPage.meters',
    'debriefPage.advice',
  ] as const;
  return el(
    'table',
    { class: 'moves' },
    el('thead', {}, el('tr', {}, ...heads.map((k) => el('th', { scope: 'col' }, t(catalogue, k))))),
    el(
      'tbody',
      {},
      ...moves.map((m) =>
        el(
          'tr',
          { class: `${m.mine ? 'mine' : 'theirs'}${m.mistake ? ' mistake' : ''}` },
          el('td', {}, m.time),
          el('td', {}, m.text),
          el('td', {}, m.step),
          el('td', {}, m.meters),
          el('td', {}, m.mistake ? `✗ ${m.mistake}. ${m.advice}` : m.advice),
        ),
      ),
    ),
  );
}

function movesSection(e: EndingView, catalogue: Catalogue): HTMLElement {
  const moves = e.debrief?.moves ?? [];
  const myClocks = moves.filter((m) => m.mine).map((m) => m.clock);
  const part = section(
    t(catalogue, 'debriefPage.moves'),
    el(
      'div',
      { class: 'two' },
      el(
        'figure',
        {},
        lineChartSvg(
          t(catalogue, 'debriefPage.metersChart'),
          e.callSeconds,
          e.meterSeries,
          myClocks,
        ),
      ),
      movesTable(moves, catalogue),
    ),
  );
  part.classList.add('moves-section');
  return part;
}

function strategySection(e: EndingView, catalogue: Catalogue): HTMLElement {
  const s = e.debrief?.strategy;
  if (!s)
    return section(
      t(catalogue, 'ending.tab.strategy'),
      el('p', {}, t(catalogue, 'ending.noStrategy')),
    );
  return section(
    t(catalogue, 'ending.strategyTitle', { leader: s.leader }),
    el(
      'div',
      { class: 'two' },
      el(
        'div',
        {},
        el('p', {}, s.tactic),
        glossaryList(['boulware', 'linear', 'conceder'], catalogue),
        el('p', {}, s.limits),
        el('h3', {}, t(catalogue, 'ending.strategyValues', { leader: s.leader })),
        el('ul', {}, ...s.values.map((v) => el('li', {}, v))),
      ),
      el(
        'div',
        {},
        el(
          'figure',
          {},
          lineChartSvg(t(catalogue, 'ending.strategyAims', { leader: s.leader }), e.callSeconds, [
            { name: s.leader, points: s.aims },
          ]),
        ),
        el('h3', {}, t(catalogue, 'ending.strategyMoments', { leader: s.leader })),
        el('ul', {}, ...s.moments.map((m) => el('li', {}, m))),
      ),
    ),
  );
}

function historySection(e: EndingView, catalogue: Catalogue): HTMLElement {
  return section(
    t(catalogue, 'ending.history'),
    el('p', {}, e.whatHappened),
    el('h3', {}, t(catalogue, 'ending.questions')),
    el('ol', {}, ...e.questions.map((q) => el('li', {}, q))),
    el('h3', {}, t(catalogue, 'briefing.sources')),
    el('ul', { class: 'sources' }, ...e.sources.map((x) => el('li', {}, x))),
  );
}

function renderPage(root: HTMLElement, page: DebriefPage, catalogue: Catalogue): void {
  const { ending: e, result, scenario } = page;
  document.title = `${t(catalogue, 'debriefPage.title', { scenario: scenario.title })} — ${result.student || t(catalogue, 'debriefPage.anonymous')}`;
  root.replaceChildren(
    el(
      'main',
      {},
      pageHeader(page, catalogue),
      mapSection(page, catalogue),
      movesSection(e, catalogue),
      strategySection(e, catalogue),
      historySection(e, catalogue),
      replaySection(page, catalogue),
    ),
  );
}

function povPanel(v: PointOfView, catalogue: Catalogue): HTMLElement {
  const list = (items: string[]) =>
    items.length === 0
      ? el('p', {}, t(catalogue, 'debriefPage.none'))
      : el('ul', {}, ...items.map((i) => el('li', {}, i)));
  return el(
    'div',
    { class: 'pov' },
    el('h3', {}, `${v.leader} (${v.country})`),
    el(
      'p',
      {},
      v.tableWorth === null
        ? t(catalogue, 'debriefPage.noTable')
        : t(catalogue, 'debriefPage.tableWorth', { worth: v.tableWorth, walkAway: v.walkAway }),
    ),
    ...(v.aim === null
      ? []
      : [el('p', {}, t(catalogue, 'debriefPage.aim', { aim: v.aim, leader: v.leader }))]),
    el('h4', {}, t(catalogue, 'debriefPage.goals')),
    list(v.goals),
    el('h4', {}, t(catalogue, 'debriefPage.ownRedLines')),
    list(v.redLines),
    el('h4', {}, t(catalogue, 'debriefPage.knownRedLines')),
    list(v.knownRedLines),
    el('h4', {}, t(catalogue, 'debriefPage.brief')),
    el('p', {}, v.brief),
  );
}

/** The parts of the replay that show one frame, and the function that draws a frame in them. */
function framePanel(catalogue: Catalogue) {
  const status = el('p', { class: 'status', 'aria-live': 'polite' });
  const meters = el('ul', { class: 'meters' });
  const table = el('p', {});
  const transcript = el('ol', { class: 'transcript' });
  const pov = el('div', {});
  const draw = (frame: ReplayFrame, index: number, count: number, viewer: number) => {
    status.textContent = `${frame.time} — ${index === 0 ? t(catalogue, 'debriefPage.start') : `${t(catalogue, 'debriefPage.step.of', { n: index, count })}: ${frame.move}`}`;
    meters.replaceChildren(
      ...frame.meters.map((m) =>
        el(
          'li',
          {},
          el('span', {}, m.name),
          el('meter', { min: '0', max: '100', value: String(m.value) }),
          ` ${m.value}`,
        ),
      ),
    );
    table.textContent = [
      frame.settled ? t(catalogue, 'debriefPage.settled', { deal: frame.settled }) : '',
      frame.table
        ? `${t(catalogue, 'call.table')}: ${frame.table}`
        : t(catalogue, 'debriefPage.noTable'),
    ]
      .filter((x) => x !== '')
      .join(' · ');
    transcript.replaceChildren(
      ...frame.transcript.map((l) =>
        el('li', { class: l.kind }, l.speaker ? el('strong', {}, `${l.speaker}: `) : '', l.text),
      ),
    );
    pov.replaceChildren(povPanel(frame.views[viewer === 1 ? 1 : 0], catalogue));
  };
  const body = el(
    'div',
    { class: 'two' },
    el('div', {}, meters, table, el('h3', {}, t(catalogue, 'debriefPage.transcript')), transcript),
    pov,
  );
  return { status, body, draw };
}

function replayButton(label: string, onClick: () => void, id: string): HTMLButtonElement {
  const b = el('button', { type: 'button', id }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** The replay: step through the frames, seen by either leader. */
function replaySection(page: DebriefPage, catalogue: Catalogue): HTMLElement {
  const frames = page.frames;
  const last = frames.length - 1;
  let index = last;
  let viewer = page.scenario.sides.findIndex((x) => x.id === page.result.side);
  const panel = framePanel(catalogue);
  const slider = el('input', {
    type: 'range',
    min: '0',
    max: String(last),
    value: String(index),
    'aria-label': t(catalogue, 'debriefPage.replay'),
  });
  const viewButtons = page.scenario.sides.map((side, i) =>
    replayButton(
      t(catalogue, 'debriefPage.asLeader', { leader: side.leader }),
      () => {
        viewer = i;
        render();
      },
      `view-${side.id}`,
    ),
  );
  const render = () => {
    const frame = frames[index];
    if (!frame) return;
    slider.value = String(index);
    viewButtons.forEach((b, i) => b.setAttribute('aria-pressed', String(i === viewer)));
    panel.draw(frame, index, last, viewer);
  };
  const go = (to: number) => {
    index = Math.max(0, Math.min(last, to));
    render();
  };
  slider.addEventListener('input', () => go(Number(slider.value)));
  const controls = el(
    'div',
    { class: 'controls' },
    replayButton(t(catalogue, 'debriefPage.first'), () => go(0), 'replay-first'),
    replayButton(t(catalogue, 'debriefPage.previous'), () => go(index - 1), 'replay-previous'),
    slider,
    replayButton(t(catalogue, 'debriefPage.next'), () => go(index + 1), 'replay-next'),
    replayButton(t(catalogue, 'debriefPage.last'), () => go(last), 'replay-last'),
  );
  render();
  return el(
    'section',
    { class: 'replay no-print', id: 'replay' },
    el('h2', {}, t(catalogue, 'debriefPage.replay')),
    el('p', {}, t(catalogue, 'debriefPage.replayHelp')),
    controls,
    panel.status,
    el(
      'div',
      { class: 'views', role: 'group', 'aria-label': t(catalogue, 'debriefPage.replay') },
      ...viewButtons,
    ),
    panel.body,
  );
}

const root = document.getElementById('debrief');
if (root) {
  const language = pageLanguage();
  applyPageTextSize();
  const catalogue = applyLanguage(language);
  const scenarios = bundledScenarios(language);
  // #r=… (kept out of every server's logs; with &s=… a teacher's scenario), or ?r=… from links made before.
  const fragment = window.location.hash;
  const param = new URLSearchParams(fragment.slice(1)).get('r')
    ? fragment
    : new URLSearchParams(window.location.search).get('r');
  // Another result's link opened in this tab changes only the fragment: show that one.
  window.addEventListener('hashchange', () => window.location.reload());
  if (param) show(root, param, scenarios, catalogue);
  else renderFailure(root, t(catalogue, 'debriefPage.noLink'), scenarios, catalogue);
}
