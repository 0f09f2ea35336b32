// The teacher's class page (class.html): drop in the students' result files
// or paste their links; each is checked by replaying the game (a tampered or
// foreign file is named and skipped), and the class is pooled: how the calls
// ended, every student's deal on one deal map, average scores by side, the
// most common mistakes, every student with a link to their debrief, and a CSV
// for the gradebook. A teacher's own scenario comes inside its result files,
// or as its .yaml file dropped beside links that do not carry it. Nothing
// leaves the browser.
import './class.css';
import {
  createClassStore,
  type ClassInput,
  type ClassState,
  type ClassSummary,
} from '../../store/class-store.ts';
import { MAX_RESULT_BYTES, resultFragment } from '../../negotiation/result.ts';
import { plural, t, type MessageKey, type Catalogue } from '../../messages/i18n.ts';
import { bundledScenarios } from '../bundled-scenarios.ts';
import { applyLanguage, pageLanguage } from '../language.ts';
import { applyPageTextSize } from '../preferences.ts';
import { downloadText, el } from '../dom.ts';
import { dealMapFigure, endingsChart } from './class-charts.ts';
import type { Scenario } from '../../scenario/schema.ts';

const say = (key: MessageKey, catalogue: Catalogue, params?: Record<string, string | number>) =>
  t(catalogue, key, params);
const percent = (share: number) => `${Math.round(share * 100)}%`;
const score = (u: number) => String(Math.round(u));

function section(title: string, ...children: (Node | string)[]): HTMLElement {
  return el('section', {}, el('h2', {}, title), ...children);
}

function table(head: string[], rows: (Node | string)[][], className = ''): HTMLTableElement {
  return el(
    'table',
    className ? { class: className } : {},
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c) => el('td', {}, c))))),
  );
}

/** A file as input: read as text, unless it is far too large to be a result or cannot be read. */
async function readFile(file: File, catalogue: Catalogue): Promise<ClassInput> {
  if (file.size > MAX_RESULT_BYTES)
    return { source: file.name, text: '', refused: say('class.tooLarge', catalogue) };
  try {
    return { source: file.name, text: await file.text() };
  } catch {
    return { source: file.name, text: '', refused: say('class.unreadable', catalogue) };
  }
}

/** A student's mistakes, each once, with how often: "Hardened the other side (×3)". */
function mistakesOf(mistakes: readonly string[], catalogue: Catalogue): string {
  if (mistakes.length === 0) return '–';
  return [...new Set(mistakes)]
    .map((m) => {
      const n = mistakes.filter((x) => x === m).length;
      const label = say(`mistake.${m}` as MessageKey, catalogue);
      return n > 1 ? `${label} (×${n})` : label;
    })
    .join('; ');
}

/** A student's debrief; for a teacher's own scenario the link carries its copy, so it opens anywhere. */
function debriefHref(linkParam: string, scenarioCopy: string | undefined): string {
  return `debrief.html#${resultFragment(linkParam, scenarioCopy)}`;
}

const isScenarioFile = (file: File) => /\.ya?ml$/i.test(file.name);

/** A teacher's scenario file: read by the same loader as the game's (its YAML parser fetched only now). */
async function readScenarioFile(file: File, catalogue: Catalogue): Promise<Scenario | string> {
  const { loadScenario, MAX_SCENARIO_BYTES } = await import('../../scenario/load.ts');
  if (file.size > MAX_SCENARIO_BYTES) return say('class.tooLarge', catalogue);
  try {
    const loaded = loadScenario(file.name, new Uint8Array(await file.arrayBuffer()), catalogue);
    if (loaded.ok) return loaded.scenario;
    const first = loaded.problems[0];
    return first
      ? `${first.line}:${first.column}: ${first.message}`
      : say('class.unreadable', catalogue);
  } catch {
    return say('class.unreadable', catalogue);
  }
}

/** `loaded`: every result on the page, of every scenario (the CSV holds them all). */
function renderSummary(
  summary: ClassSummary,
  scenarioCopy: string | undefined,
  loaded: number,
  catalogue: Catalogue,
): HTMLElement[] {
  return [
    endingsSection(summary, catalogue),
    section(
      say('class.map', catalogue),
      dealMapFigure(summary, catalogue),
      el('p', {}, say('class.pareto', catalogue, { share: percent(summary.paretoShare) })),
    ),
    averagesSection(summary, catalogue),
    mistakesSection(summary, catalogue),
    studentsSection(summary, scenarioCopy, loaded, catalogue),
  ];
}

function endingsSection(summary: ClassSummary, catalogue: Catalogue): HTMLElement {
  return section(
    say('class.endings', catalogue),
    el(
      'div',
      { class: 'two' },
      endingsChart(summary, catalogue),
      table(
        [
          say('class.ending', catalogue),
          say('class.students', catalogue),
          say('class.share', catalogue),
        ],
        summary.endings.map((e) => [e.title, String(e.count), percent(e.share)]),
      ),
    ),
  );
}

/** Mean scores by the side played. */
function averagesSection(summary: ClassSummary, catalogue: Catalogue): HTMLElement {
  return section(
    say('class.averages', catalogue),
    table(
      [
        say('class.side', catalogue),
        say('class.students', catalogue),
        say('class.own', catalogue),
        say('class.other', catalogue),
      ],
      summary.averages.map((a) => [
        a.leader,
        String(a.students),
        a.students ? score(a.own) : '–',
        a.students ? score(a.other) : '–',
      ]),
    ),
  );
}

/** The most common mistakes, each with how many students made it and how often. */
function mistakesSection(summary: ClassSummary, catalogue: Catalogue): HTMLElement {
  return section(
    say('class.mistakes', catalogue),
    summary.mistakes.length === 0
      ? el('p', {}, say('class.noMistakes', catalogue))
      : el(
          'ol',
          { class: 'mistakes' },
          ...summary.mistakes.map((m) =>
            el(
              'li',
              {},
              say('class.mistakeCount', catalogue, {
                label: m.label,
                students: m.students,
                count: summary.count,
                occurrences: m.occurrences,
              }),
            ),
          ),
        ),
  );
}

/** Every student, with a link to their debrief; then the gradebook's CSV of every result loaded. */
function studentsSection(
  summary: ClassSummary,
  scenarioCopy: string | undefined,
  loaded: number,
  catalogue: Catalogue,
): HTMLElement {
  const csv = el(
    'button',
    { type: 'button', id: 'download-csv', class: 'primary' },
    plural(catalogue, 'gradebook.download', loaded),
  );
  csv.addEventListener('click', () => {
    const file = store.getState().actions.csvFile();
    if (file) downloadText(file.name, file.text, 'text/csv');
  });
  const heads: MessageKey[] = [
    'class.name',
    'class.side',
    'class.difficulty',
    'class.ending',
    'class.score',
    'class.otherScore',
    'class.optimal',
    'class.studentMistakes',
    'class.debrief',
  ];
  return section(
    say('class.everyStudent', catalogue),
    table(
      heads.map((key) => say(key, catalogue)),
      summary.students.map((s) => studentCells(s, scenarioCopy, catalogue)),
      'students',
    ),
    el('p', { class: 'actions' }, csv),
  );
}

function studentCells(
  s: ClassSummary['students'][number],
  scenarioCopy: string | undefined,
  catalogue: Catalogue,
): (Node | string)[] {
  return [
    s.name,
    s.leader,
    say(`title.difficulty.${s.difficulty}` as MessageKey, catalogue),
    s.endingTitle,
    score(s.utility),
    score(s.other),
    say(s.paretoOptimal ? 'class.yes' : 'class.no', catalogue),
    mistakesOf(s.mistakes, catalogue),
    el(
      'a',
      {
        href: debriefHref(s.linkParam, scenarioCopy),
        'aria-label': say('class.debriefOf', catalogue, { name: s.name }),
      },
      say('class.debrief', catalogue),
    ),
  ];
}

/** The results refused, each with its reason. */
function rejectedSection(rejected: ClassState['rejected'], catalogue: Catalogue): HTMLElement {
  return section(
    say('class.rejected', catalogue),
    el(
      'ul',
      { class: 'rejected' },
      ...rejected.map((r) =>
        el(
          'li',
          {},
          say('class.rejectedItem', catalogue, { source: r.source, message: r.message }),
        ),
      ),
    ),
  );
}

/** Which scenario's results are shown: a choice when there are several, else a line naming it. */
function scenarioChoice(
  state: ClassState,
  summary: ClassSummary,
  scenarios: readonly Scenario[],
  catalogue: Catalogue,
): HTMLElement {
  const ids = Object.keys(state.results);
  if (ids.length <= 1)
    return el(
      'p',
      { class: 'who' },
      plural(catalogue, 'class.for', summary.count, { title: summary.scenarioTitle }),
    );
  const titleOf = (id: string) =>
    state.scenarios[id]?.title ?? scenarios.find((s) => s.id === id)?.title ?? id;
  const select = el('select', { id: 'scenario' });
  for (const id of ids)
    select.append(
      el(
        'option',
        { value: id, ...(id === state.selected ? { selected: '' } : {}) },
        say('class.scenarioOption', catalogue, {
          title: titleOf(id),
          count: state.results[id]?.length ?? 0,
        }),
      ),
    );
  select.addEventListener('change', () => store.getState().actions.selectScenario(select.value));
  return el(
    'p',
    {},
    el('label', { for: 'scenario' }, `${say('class.scenario', catalogue)} `),
    select,
  );
}

function renderResults(
  state: ClassState,
  scenarios: readonly Scenario[],
  catalogue: Catalogue,
): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (state.rejected.length > 0) out.push(rejectedSection(state.rejected, catalogue));
  if (state.duplicates.length > 0)
    out.push(
      el(
        'p',
        { class: 'duplicates' },
        say('class.duplicates', catalogue, { sources: state.duplicates.join(', ') }),
      ),
    );
  if (!state.summary) {
    out.push(el('p', { class: 'none' }, say('class.none', catalogue)));
    return out;
  }
  const copy =
    state.selected === null ? undefined : store.getState().actions.copyFor(state.selected);
  out.push(
    el(
      'div',
      { class: 'pooled' },
      scenarioChoice(state, state.summary, scenarios, catalogue),
      ...renderSummary(
        state.summary,
        copy,
        Object.values(state.results).reduce((n, list) => n + list.length, 0),
        catalogue,
      ),
    ),
  );
  return out;
}

const language = pageLanguage();
applyPageTextSize();
const catalogue = applyLanguage(language);
const scenarios = bundledScenarios(language);
const store = createClassStore(scenarios, catalogue);

/** Adds results (read, checked, pooled) and says in `status` how many were added, refused or duplicates. */
function addInputs(inputs: ClassInput[], status: HTMLElement, catalogue: Catalogue): void {
  const { added, refused, duplicates } = store.getState().actions.addInputs(inputs);
  const parts = [plural(catalogue, 'class.added', added)];
  if (refused > 0) parts.push(plural(catalogue, 'class.refused', refused));
  if (duplicates > 0) parts.push(plural(catalogue, 'class.duplicate', duplicates));
  status.textContent = parts.join(' ');
}

/** Dropped or chosen files: scenario files first (the results that need them then pass at once), then results. */
async function addFiles(
  files: FileList | File[],
  status: HTMLElement,
  catalogue: Catalogue,
): Promise<void> {
  const list = [...files];
  const notes: string[] = [];
  for (const file of list.filter(isScenarioFile))
    notes.push(...(await addScenarioFile(file, catalogue)));
  const results = list.filter((f) => !isScenarioFile(f));
  if (results.length > 0)
    addInputs(await Promise.all(results.map((f) => readFile(f, catalogue))), status, catalogue);
  if (notes.length > 0)
    status.textContent = [...notes, results.length > 0 ? (status.textContent ?? '') : '']
      .filter((part) => part !== '')
      .join(' ');
}

/** A teacher's scenario file: added (the notes to say so), or refused among the results with its first problem. */
async function addScenarioFile(file: File, catalogue: Catalogue): Promise<string[]> {
  const scenario = await readScenarioFile(file, catalogue);
  if (typeof scenario === 'string') {
    store.getState().actions.addInputs([
      {
        source: file.name,
        text: '',
        refused: say('class.scenarioRefused', catalogue, { message: scenario }),
      },
    ]);
    return [];
  }
  const { added } = store.getState().actions.addScenario(scenario);
  const notes = [say('class.scenarioAdded', catalogue, { title: scenario.title })];
  if (added > 0) notes.push(plural(catalogue, 'class.added', added));
  return notes;
}

/** Where files are dropped or chosen. */
function dropZone(catalogue: Catalogue): { drop: HTMLElement; fileInput: HTMLInputElement } {
  const fileInput = el('input', {
    type: 'file',
    id: 'result-files',
    multiple: '',
    accept: '.json,application/json,.yaml,.yml',
    class: 'visually-hidden',
  });
  const choose = el(
    'label',
    { for: 'result-files', class: 'button' },
    say('class.choose', catalogue),
  );
  const drop = el(
    'div',
    { class: 'drop', id: 'drop-zone' },
    el('p', {}, el('strong', {}, say('class.drop', catalogue))),
    fileInput,
    choose,
    el('p', { class: 'hint' }, say('class.scenarioHint', catalogue)),
  );
  return { drop, fileInput };
}

/** A file dropped anywhere on the page is taken, never opened by the browser in place of the page. */
function takeDroppedFiles(drop: HTMLElement, take: (files: FileList) => void): void {
  document.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  document.addEventListener('dragleave', (e) => {
    if (e.relatedTarget === null) drop.classList.remove('over');
  });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer?.files.length) take(e.dataTransfer.files);
  });
}

function mount(root: HTMLElement, catalogue: Catalogue): void {
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const { drop, fileInput } = dropZone(catalogue);
  const links = el('textarea', { id: 'result-links', rows: '3', spellcheck: 'false' });
  const addLinks = el(
    'button',
    { type: 'button', id: 'add-links' },
    say('class.addLinks', catalogue),
  );
  const clear = el('button', { type: 'button', id: 'clear' }, say('class.clear', catalogue));
  const results = el('div', { id: 'results' });
  let linkCount = 0;

  fileInput.addEventListener('change', () => {
    if (fileInput.files)
      void addFiles(fileInput.files, status, catalogue).then(() => (fileInput.value = ''));
  });
  takeDroppedFiles(drop, (files) => void addFiles(files, status, catalogue));
  addLinks.addEventListener('click', () => {
    const lines = links.value
      .split(/\s+/)
      .map((l) => l.trim())
      .filter(Boolean);
    addInputs(
      lines.map((text) => ({ source: say('class.link', catalogue, { n: ++linkCount }), text })),
      status,
      catalogue,
    );
    links.value = '';
  });
  clear.addEventListener('click', () => {
    store.getState().actions.clear();
    status.textContent = '';
    linkCount = 0;
  });

  root.replaceChildren(
    el(
      'main',
      {},
      el('h1', {}, say('class.title', catalogue)),
      el('p', { class: 'who' }, say('class.intro', catalogue)),
      el(
        'section',
        { class: 'add' },
        drop,
        el(
          'div',
          { class: 'links' },
          el('label', { for: 'result-links' }, say('class.links', catalogue)),
          links,
          el(
            'p',
            { class: 'actions' },
            addLinks,
            clear,
            el('a', { href: './' }, say('class.back', catalogue)),
          ),
        ),
      ),
      status,
      results,
    ),
  );
  const render = (state: ClassState) => {
    try {
      results.replaceChildren(...renderResults(state, scenarios, catalogue));
    } catch {
      // A bug drawing one result must not hide the others' refusals, nor stop later additions.
      results.replaceChildren(el('p', { role: 'alert' }, say('class.cannotShow', catalogue)));
    }
  };
  store.subscribe(render);
  render(store.getState());
}

const root = document.getElementById('class');
if (root) {
  document.title = `Standoff — ${say('class.title', catalogue)}`;
  mount(root, catalogue);
}
