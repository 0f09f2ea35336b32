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
import { loadDebriefPage, type DebriefPage, type PointOfView } from '../../store/debrief-page.ts';
import { scoreSentences } from '../../store/ending-view.ts';
import { t, type MessageKey, type Catalogue } from '../../messages/i18n.ts';
import { dealMapSvg, lineChartSvg } from '../svg-charts.ts';
import { glossaryList } from './glossary.ts';

const say = (key: MessageKey, catalogue: Catalogue, params?: Record<string, string | number>) =>
  t(catalogue, key, params);

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
    say('debriefPage.open', catalogue),
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
    say('debriefPage.openScenario', catalogue),
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
        el('a', { href: './index.html' }, say('debriefPage.back', catalogue)),
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
      say('debriefPage.cannotOpen', catalogue, { message }),
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
    cannotOpen(say('result.invalid', catalogue));
  }
}

function renderPage(root: HTMLElement, page: DebriefPage, catalogue: Catalogue): void {
  const { ending: e, result, scenario } = page;
  const debrief = e.debrief;
  document.title = `${say('debriefPage.title', catalogue, { scenario: scenario.title })} — ${result.student || say('debriefPage.anonymous', catalogue)}`;
  const header = el(
    'header',
    {},
    el('h1', {}, say('debriefPage.title', catalogue, { scenario: scenario.title })),
    el(
      'p',
      { class: 'who' },
      say('debriefPage.who', catalogue, {
        student: result.student || say('debriefPage.anonymous', catalogue),
        leader: page.leader,
        otherLeader: page.otherLeader,
        difficulty: say(`title.difficulty.${result.difficulty}` as MessageKey, catalogue),
      }),
    ),
    el('p', { class: `ending ${e.tone}` }, el('strong', {}, e.title), ` — ${e.summary}`),
    el(
      'div',
      { class: 'actions no-print' },
      (() => {
        const b = el(
          'button',
          { type: 'button', id: 'print' },
          say('debriefPage.print', catalogue),
        );
        b.addEventListener('click', () => window.print());
        return b;
      })(),
      el('a', { href: './index.html' }, say('debriefPage.back', catalogue)),
    ),
  );

  const deal = e.deal === '' ? say('end.noDeal', catalogue) : e.deal;
  const standing = scoreSentences(e, page.otherLeader, catalogue);
  const map = section(
    say('debriefPage.map', catalogue),
    el(
      'div',
      { class: 'two' },
      el(
        'figure',
        {},
        dealMapSvg({
          points: e.points,
          frontier: e.frontier,
          nash: e.nash?.point ?? null,
          walkAway: e.walkAway,
          made: e.made,
          path: debrief?.path ?? [],
          labels: {
            title: say('debriefPage.mapLabel', catalogue, {
              leader: page.leader,
              otherLeader: page.otherLeader,
            }),
            xAxis: page.leader,
            yAxis: page.otherLeader,
            you: say('ending.yours', catalogue),
            nash: say('ending.nash', catalogue),
          },
        }),
        el(
          'figcaption',
          {},
          `${say('ending.spaceHelp', catalogue, { leader: page.otherLeader })} ◆ ${say('ending.path', catalogue)}.`,
        ),
      ),
      el(
        'div',
        {},
        el('p', {}, el('strong', {}, say('ending.deal', catalogue)), ` ${deal}`),
        el('p', {}, standing),
        el(
          'p',
          { class: 'gap' },
          el('strong', {}, say('ending.gap', catalogue)),
          ` ${debrief?.gap ?? ''}`,
        ),
        el('h3', { class: 'no-print' }, say('glossary.title', catalogue)),
        glossaryList(['pareto', 'nash', 'walkAway'], catalogue),
      ),
    ),
  );

  const myClocks = (debrief?.moves ?? []).filter((m) => m.mine).map((m) => m.clock);
  const table = el(
    'table',
    { class: 'moves' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ...(
          [
            'debriefPage.time',
            'debriefPage.move',
            'debriefPage.step',
            'debriefPage.meters',
            'debriefPage.advice',
          ] as const
        ).map((k) => el('th', { scope: 'col' }, say(k, catalogue))),
      ),
    ),
    el(
      'tbody',
      {},
      ...(debrief?.moves ?? []).map((m) =>
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
  const moves = section(
    say('debriefPage.moves', catalogue),
    el(
      'div',
      { class: 'two' },
      el(
        'figure',
        {},
        lineChartSvg(
          say('debriefPage.metersChart', catalogue),
          e.callSeconds,
          e.meterSeries,
          myClocks,
        ),
      ),
      table,
    ),
  );

  const s = debrief?.strategy;
  const strategy = s
    ? section(
        say('ending.strategyTitle', catalogue, { leader: s.leader }),
        el(
          'div',
          { class: 'two' },
          el(
            'div',
            {},
            el('p', {}, s.tactic),
            glossaryList(['boulware', 'linear', 'conceder'], catalogue),
            el('p', {}, s.limits),
            el('h3', {}, say('ending.strategyValues', catalogue, { leader: s.leader })),
            el('ul', {}, ...s.values.map((v) => el('li', {}, v))),
          ),
          el(
            'div',
            {},
            el(
              'figure',
              {},
              lineChartSvg(
                say('ending.strategyAims', catalogue, { leader: s.leader }),
                e.callSeconds,
                [{ name: s.leader, points: s.aims }],
              ),
            ),
            el('h3', {}, say('ending.strategyMoments', catalogue, { leader: s.leader })),
            el('ul', {}, ...s.moments.map((m) => el('li', {}, m))),
          ),
        ),
      )
    : section(
        say('ending.tab.strategy', catalogue),
        el('p', {}, say('ending.noStrategy', catalogue)),
      );

  const history = section(
    say('ending.history', catalogue),
    el('p', {}, e.whatHappened),
    el('h3', {}, say('ending.questions', catalogue)),
    el('ol', {}, ...e.questions.map((q) => el('li', {}, q))),
    el('h3', {}, say('briefing.sources', catalogue)),
    el('ul', { class: 'sources' }, ...e.sources.map((x) => el('li', {}, x))),
  );

  moves.classList.add('moves-section');
  root.replaceChildren(
    el('main', {}, header, map, moves, strategy, history, replaySection(page, catalogue)),
  );
}

function povPanel(v: PointOfView, catalogue: Catalogue): HTMLElement {
  const list = (items: string[], catalogue: Catalogue) =>
    items.length === 0
      ? el('p', {}, say('debriefPage.none', catalogue))
      : el('ul', {}, ...items.map((i) => el('li', {}, i)));
  return el(
    'div',
    { class: 'pov' },
    el('h3', {}, `${v.leader} (${v.country})`),
    el(
      'p',
      {},
      v.tableWorth === null
        ? say('debriefPage.noTable', catalogue)
        : say('debriefPage.tableWorth', catalogue, { worth: v.tableWorth, walkAway: v.walkAway }),
    ),
    ...(v.aim === null
      ? []
      : [el('p', {}, say('debriefPage.aim', catalogue, { aim: v.aim, leader: v.leader }))]),
    el('h4', {}, say('debriefPage.goals', catalogue)),
    list(v.goals, catalogue),
    el('h4', {}, say('debriefPage.ownRedLines', catalogue)),
    list(v.redLines, catalogue),
    el('h4', {}, say('debriefPage.knownRedLines', catalogue)),
    list(v.knownRedLines, catalogue),
    el('h4', {}, say('debriefPage.brief', catalogue)),
    el('p', {}, v.brief),
  );
}

/** The replay: step through the frames, seen by either leader. */
function replaySection(page: DebriefPage, catalogue: Catalogue): HTMLElement {
  const frames = page.frames;
  let index = frames.length - 1;
  let viewer = page.scenario.sides.findIndex((x) => x.id === page.result.side);
  const status = el('p', { class: 'status', 'aria-live': 'polite' });
  const meters = el('ul', { class: 'meters' });
  const table = el('p', {});
  const transcript = el('ol', { class: 'transcript' });
  const pov = el('div', {});
  const button = (label: string, onClick: () => void, id: string) => {
    const b = el('button', { type: 'button', id }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  const slider = el('input', {
    type: 'range',
    min: '0',
    max: String(frames.length - 1),
    value: String(index),
    'aria-label': say('debriefPage.replay', catalogue),
  });
  const viewButtons = page.scenario.sides.map((side, i) => {
    const b = button(
      say('debriefPage.asLeader', catalogue, { leader: side.leader }),
      () => {
        viewer = i;
        render(catalogue);
      },
      `view-${side.id}`,
    );
    return b;
  });
  const render = (catalogue: Catalogue) => {
    const frame = frames[index];
    if (!frame) return;
    slider.value = String(index);
    status.textContent = `${frame.time} — ${index === 0 ? say('debriefPage.start', catalogue) : `${say('debriefPage.step.of', catalogue, { n: index, count: frames.length - 1 })}: ${frame.move}`}`;
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
      frame.settled ? say('debriefPage.settled', catalogue, { deal: frame.settled }) : '',
      frame.table
        ? `${say('call.table', catalogue)}: ${frame.table}`
        : say('debriefPage.noTable', catalogue),
    ]
      .filter((x) => x !== '')
      .join(' · ');
    transcript.replaceChildren(
      ...frame.transcript.map((l) =>
        el('li', { class: l.kind }, l.speaker ? el('strong', {}, `${l.speaker}: `) : '', l.text),
      ),
    );
    viewButtons.forEach((b, i) => b.setAttribute('aria-pressed', String(i === viewer)));
    const v = frame.views[viewer === 1 ? 1 : 0];
    pov.replaceChildren(povPanel(v, catalogue));
  };
  slider.addEventListener('input', () => {
    index = Number(slider.value);
    render(catalogue);
  });
  const go = (to: number) => () => {
    index = Math.max(0, Math.min(frames.length - 1, to));
    render(catalogue);
  };
  const controls = el(
    'div',
    { class: 'controls' },
    button(say('debriefPage.first', catalogue), () => go(0)(), 'replay-first'),
    button(say('debriefPage.previous', catalogue), () => go(index - 1)(), 'replay-previous'),
    slider,
    button(say('debriefPage.next', catalogue), () => go(index + 1)(), 'replay-next'),
    button(say('debriefPage.last', catalogue), () => go(frames.length - 1)(), 'replay-last'),
  );
  render(catalogue);
  return el(
    'section',
    { class: 'replay no-print', id: 'replay' },
    el('h2', {}, say('debriefPage.replay', catalogue)),
    el('p', {}, say('debriefPage.replayHelp', catalogue)),
    controls,
    status,
    el(
      'div',
      { class: 'views', role: 'group', 'aria-label': say('debriefPage.replay', catalogue) },
      ...viewButtons,
    ),
    el(
      'div',
      { class: 'two' },
      el(
        'div',
        {},
        meters,
        table,
        el('h3', {}, say('debriefPage.transcript', catalogue)),
        transcript,
      ),
      pov,
    ),
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
  else renderFailure(root, say('debriefPage.noLink', catalogue), scenarios, catalogue);
}
