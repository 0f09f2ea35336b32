// The editor page (editor.html): a teacher writes or changes a scenario in the
// browser, sees every problem underlined as they type with the same messages
// as `npm run scenario -- check`, and plays it in the game. The work is saved
// in this browser as they type. This module builds the page and wires the
// editor store to it; the checks and the drafts live in the store.
import './editor.css';
import {
  createEditorStore,
  type BundledScenario,
  type EditorState,
} from '../../store/editor-store.ts';
import { MAX_SCENARIO_BYTES } from '../../scenario/load.ts';
import { plural, t, type Catalogue } from '../../messages/i18n.ts';
import { browserDraftStorage } from './draft-storage.ts';
import { createWorkerChecker } from './worker-checker.ts';
import { createYamlEditor } from './yaml-editor.ts';
import { handToGame, PLAY_FROM_EDITOR } from '../play-handoff.ts';
import { applyLanguage, pageLanguage } from '../language.ts';
import { applyPageTextSize } from '../preferences.ts';
import { downloadText, el } from '../dom.ts';
import { titleOf } from '../../store/editor-copy.ts';

// The bundled files' own text: the editor starts a teacher's copy from it.
const scenarioFiles = import.meta.glob('../../../scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function bundledForEditor(): BundledScenario[] {
  return Object.entries(scenarioFiles)
    .map(([path, text]) => {
      const file = path.split('/').pop() ?? path;
      // Read as YAML: a quoted title shows without its quotes.
      const title = titleOf(text) ?? file;
      return { file, title, text };
    })
    .sort((a, b) => b.file.localeCompare(a.file));
}

function timeOf(ms: number): string {
  return new Date(ms).toLocaleTimeString([], {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

export function startEditorPage(root: HTMLElement, catalogue: Catalogue): void {
  let checker;
  try {
    checker = createWorkerChecker(catalogue);
  } catch {
    checker = undefined;
  }
  const store = createEditorStore(
    {
      storage: browserDraftStorage(),
      checker: checker ?? {
        check: () => Promise.reject(new Error('workers are blocked')),
        dispose() {},
      },
      bundled: bundledForEditor(),
    },
    catalogue,
  );
  const actions = store.getState().actions;

  // Header: what to start from, open, download, play, back to the game.
  const startSelect = el(
    'select',
    { id: 'start-from', 'aria-label': t(catalogue, 'editor.startFrom') },
    el('option', { value: '' }, t(catalogue, 'editor.choose')),
    el('option', { value: 'starter' }, t(catalogue, 'editor.starter')),
    ...store
      .getState()
      .bundled.map((b) =>
        el('option', { value: b.file }, t(catalogue, 'editor.copyOf', { title: b.title })),
      ),
  );
  startSelect.addEventListener('change', () => {
    if (startSelect.value !== '') actions.startFrom(startSelect.value);
    startSelect.value = '';
  });
  const fileInput = el('input', {
    type: 'file',
    accept: '.yaml,.yml,.json,text/yaml,application/json',
    hidden: '',
    id: 'open-file-input',
  });
  const openButton = el('button', { type: 'button', id: 'open-file' }, t(catalogue, 'editor.open'));
  openButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    if (file.size > MAX_SCENARIO_BYTES) {
      showNotice(t(catalogue, 'editor.tooBig', { file: file.name }));
      return;
    }
    file.text().then(
      (text) => actions.openFile(file.name, text),
      () => showNotice(t(catalogue, 'editor.unreadable', { file: file.name })),
    );
  });
  const downloadButton = el(
    'button',
    { type: 'button', id: 'download' },
    t(catalogue, 'editor.download'),
  );
  downloadButton.addEventListener('click', () => {
    const { current } = store.getState();
    downloadText(current.name, current.text, 'text/yaml');
  });
  const playButton = el(
    'button',
    { type: 'button', id: 'play', class: 'primary' },
    t(catalogue, 'editor.play'),
  );
  playButton.addEventListener('click', () => {
    actions.flush();
    const { current } = store.getState();
    if (!handToGame({ name: current.name, text: current.text })) {
      showNotice(t(catalogue, 'editor.playBlocked'));
      return;
    }
    const url = `./index.html?play=${PLAY_FROM_EDITOR}`;
    if (!window.open(url, 'standoff-game')) window.location.href = url;
  });
  const backLink = el('a', { href: './index.html', id: 'back' }, t(catalogue, 'editor.back'));

  const header = el(
    'header',
    {},
    el('h1', {}, t(catalogue, 'editor.title')),
    el(
      'div',
      { class: 'toolbar', role: 'toolbar', 'aria-label': t(catalogue, 'editor.title') },
      el('label', { for: 'start-from' }, t(catalogue, 'editor.startFrom')),
      startSelect,
      openButton,
      fileInput,
      downloadButton,
      playButton,
      backLink,
    ),
  );

  const notice = el('div', { class: 'notice', role: 'status', hidden: '' });
  const noticeText = el('p', {});
  const noticeDownload = el(
    'button',
    { type: 'button', id: 'notice-download', hidden: '' },
    t(catalogue, 'editor.downloadNow'),
  );
  const noticeButton = el('button', { type: 'button' }, t(catalogue, 'editor.dismiss'));
  notice.append(noticeText, noticeDownload, noticeButton);
  noticeButton.addEventListener('click', () => {
    notice.hidden = true;
    actions.dismissNotice();
  });
  noticeDownload.addEventListener('click', () => {
    const { current } = store.getState();
    downloadText(current.name, current.text, 'text/yaml');
  });
  function showNotice(text: string, offerDownload = false): void {
    noticeText.textContent = text;
    noticeDownload.hidden = !offerDownload;
    notice.hidden = false;
  }

  const fileName = el('h2', { id: 'file-name' });
  const editorHost = el('div', { id: 'editor' });
  const savedLine = el('p', { id: 'saved', role: 'status', 'aria-live': 'polite' });
  const editorSection = el('section', { class: 'source' }, fileName, editorHost, savedLine);

  const summary = el('p', { id: 'check-summary', role: 'status', 'aria-live': 'polite' });
  const problemList = el('ol', { id: 'problems' });
  const endingsHeading = el('h3', {}, t(catalogue, 'editor.endings'));
  const endingList = el('ul', { id: 'endings' });
  const verdictLine = el('p', { id: 'balance-verdict' });
  const fieldHelp = el('p', { id: 'field-help' }, t(catalogue, 'editor.fieldHint'));
  const draftList = el('ul', { id: 'drafts' });
  const aside = el(
    'aside',
    {},
    el('h2', {}, t(catalogue, 'editor.checks')),
    summary,
    problemList,
    endingsHeading,
    endingList,
    verdictLine,
    el('h2', {}, t(catalogue, 'editor.field')),
    fieldHelp,
    el('h2', {}, t(catalogue, 'editor.drafts')),
    draftList,
  );

  root.append(header, notice, el('main', {}, editorSection, aside));

  /** The text as last typed here: the store handing it back is no reason to redraw the editor. */
  let typed = '';
  const editor = createYamlEditor({
    parent: editorHost,
    text: store.getState().current.text,
    label: t(catalogue, 'editor.label'),
    onChange: (text) => {
      typed = text;
      actions.edit(text);
    },
    onFieldHelp: (field, description) => {
      fieldHelp.textContent =
        field && description ? `${field}: ${description}` : t(catalogue, 'editor.fieldHint');
    },
  });

  const renderChecks = (s: EditorState, catalogue: Catalogue) => {
    const { check } = s;
    const errors = check.problems.filter((p) => p.severity === 'error').length;
    const warnings = check.problems.length - errors;
    summary.textContent =
      check.stage === 'invalid'
        ? plural(catalogue, 'editor.invalid', check.problems.length)
        : errors > 0
          ? plural(catalogue, 'editor.errors', errors)
          : check.stage === 'checking'
            ? t(catalogue, 'editor.checking')
            : check.stage === 'failed'
              ? t(catalogue, 'editor.checkFailed')
              : warnings > 0
                ? plural(catalogue, 'editor.okWarnings', warnings)
                : t(catalogue, 'editor.ok');
    summary.className =
      errors > 0 || check.stage === 'invalid' ? 'bad' : warnings > 0 ? 'warn' : 'good';
    problemList.replaceChildren(
      ...check.problems.map((p) => {
        const button = el(
          'button',
          { type: 'button', class: `problem ${p.severity}` },
          el(
            'span',
            { class: 'what' },
            t(catalogue, 'editor.problem', {
              line: p.line,
              severity: p.severity,
              message: p.message,
            }),
          ),
          el('span', { class: 'fix' }, t(catalogue, 'editor.problemFix', { fix: p.fix })),
        );
        button.addEventListener('click', () => editor.goTo(p.line, p.column));
        return el('li', {}, button);
      }),
    );
    const report = check.stage === 'done' ? check.report : null;
    const endings = Object.entries(report?.endings ?? {});
    const verdict = report?.verdict;
    endingsHeading.hidden = endings.length === 0 && !verdict;
    // The same figures and verdict as `scenario check`: every ending of the sample, reached or not.
    verdictLine.textContent = report?.verdictText ?? '';
    verdictLine.className = verdict ? (verdict.healthy ? 'good' : 'warn') : '';
    const rowOf = (ending: string, catalogue: Catalogue): HTMLElement[] => {
      const e = verdict?.endings.find((x) => x.ending === ending);
      return e && verdict
        ? [
            el(
              'p',
              { class: e.verdict === 'fine' ? '' : 'warn' },
              t(catalogue, 'balance.row', {
                ending,
                count: e.count,
                games: verdict.sample.games,
                share: `${Math.round(e.share * 100)}%`,
              }),
            ),
          ]
        : [];
    };
    const unreached = (verdict?.endings ?? []).filter((e) => !report?.endings?.[e.ending]);
    endingList.replaceChildren(
      ...endings.map(([ending, moves]) =>
        el(
          'li',
          {},
          el(
            'details',
            {},
            el('summary', {}, plural(catalogue, 'editor.endingPath', moves.length, { ending })),
            el('ol', {}, ...moves.map((m) => el('li', {}, m))),
            ...rowOf(ending, catalogue),
          ),
        ),
      ),
      ...unreached.map((e) => el('li', {}, ...rowOf(e.ending, catalogue))),
    );
    editor.showProblems(check.problems);
  };

  const renderDrafts = (s: EditorState, catalogue: Catalogue) => {
    fileName.textContent = s.current.name;
    document.title = `${s.current.name} — ${t(catalogue, 'editor.title')}`;
    draftList.replaceChildren(
      ...[...s.drafts]
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .map((d) => {
          const open = el(
            'button',
            {
              type: 'button',
              class: 'draft',
              'aria-current': d.id === s.current.id ? 'true' : 'false',
            },
            t(catalogue, 'editor.draftOpen', { name: d.name, when: timeOf(d.updatedAt) }),
          );
          open.addEventListener('click', () => actions.switchDraft(d.id));
          const remove = el(
            'button',
            {
              type: 'button',
              class: 'delete',
              'aria-label': t(catalogue, 'editor.draftDelete', { name: d.name }),
            },
            '×',
          );
          remove.disabled = s.drafts.length <= 1;
          remove.addEventListener('click', () => actions.deleteDraft(d.id));
          return el('li', {}, open, remove);
        }),
    );
  };

  const renderSaved = (s: EditorState, catalogue: Catalogue) => {
    savedLine.className = s.saved.state === 'failed' ? 'bad' : '';
    savedLine.textContent =
      s.saved.state === 'saved'
        ? t(catalogue, 'editor.saved', { time: timeOf(s.saved.at) })
        : s.saved.state === 'pending'
          ? t(catalogue, 'editor.saving')
          : t(catalogue, s.saved.reason === 'full' ? 'editor.saveFull' : 'editor.saveBlocked');
  };

  const renderNotice = (s: EditorState, catalogue: Catalogue) => {
    if (s.notice === 'restored') showNotice(t(catalogue, 'editor.restored'));
    else if (s.notice === 'corrupt-storage') showNotice(t(catalogue, 'editor.corrupt'));
    else if (s.notice === 'blocked') showNotice(t(catalogue, 'editor.notKept'), true);
    else if (s.notice === 'conflict')
      showNotice(t(catalogue, 'editor.conflict', { name: s.conflictCopy ?? '' }));
  };

  const first = store.getState();
  renderChecks(first, catalogue);
  renderDrafts(first, catalogue);
  renderSaved(first, catalogue);
  renderNotice(first, catalogue);
  store.subscribe((s, prev) => {
    // Another draft opened, or another tab's version of this one taken in (setText ignores this tab's own typing).
    if (
      s.current.id !== prev.current.id ||
      (s.current.text !== prev.current.text && s.current.text !== typed)
    )
      editor.setText(s.current.text);
    if (s.check !== prev.check || s.current.id !== prev.current.id) renderChecks(s, catalogue);
    if (
      s.drafts !== prev.drafts ||
      s.current.id !== prev.current.id ||
      s.current.name !== prev.current.name
    )
      renderDrafts(s, catalogue);
    if (s.saved !== prev.saved) renderSaved(s, catalogue);
    if (s.notice !== prev.notice || s.conflictCopy !== prev.conflictCopy)
      renderNotice(s, catalogue);
  });

  // Whatever happens next (tab closed, reload, crash of the tab later), the last keystrokes are kept.
  window.addEventListener('pagehide', () => actions.flush());
  // Work that storage could not take (full, or blocked) would be lost with the page: the browser asks first.
  window.addEventListener('beforeunload', (event) => {
    actions.flush();
    if (actions.hasUnsavedWork()) event.preventDefault();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') actions.flush();
  });
  (window as unknown as { standoffEditor?: unknown }).standoffEditor = { store, view: editor.view };
}

const root = document.getElementById('editor-page');
applyPageTextSize();
const catalogue = applyLanguage(pageLanguage());
if (root) startEditorPage(root, catalogue);
