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
import { plural, t } from '../../messages/en.ts';
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

export function startEditorPage(root: HTMLElement): void {
  let checker;
  try {
    checker = createWorkerChecker();
  } catch {
    checker = undefined;
  }
  const store = createEditorStore({
    storage: browserDraftStorage(),
    checker: checker ?? {
      check: () => Promise.reject(new Error('workers are blocked')),
      dispose() {},
    },
    bundled: bundledForEditor(),
  });
  const actions = store.getState().actions;

  // Header: what to start from, open, download, play, back to the game.
  const startSelect = el(
    'select',
    { id: 'start-from', 'aria-label': t('editor.startFrom') },
    el('option', { value: '' }, t('editor.choose')),
    el('option', { value: 'starter' }, t('editor.starter')),
    ...store
      .getState()
      .bundled.map((b) => el('option', { value: b.file }, t('editor.copyOf', { title: b.title }))),
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
  const openButton = el('button', { type: 'button', id: 'open-file' }, t('editor.open'));
  openButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    if (file.size > MAX_SCENARIO_BYTES) {
      showNotice(t('editor.tooBig', { file: file.name }));
      return;
    }
    file.text().then(
      (text) => actions.openFile(file.name, text),
      () => showNotice(t('editor.unreadable', { file: file.name })),
    );
  });
  const downloadButton = el('button', { type: 'button', id: 'download' }, t('editor.download'));
  downloadButton.addEventListener('click', () => {
    const { current } = store.getState();
    downloadText(current.name, current.text, 'text/yaml');
  });
  const playButton = el(
    'button',
    { type: 'button', id: 'play', class: 'primary' },
    t('editor.play'),
  );
  playButton.addEventListener('click', () => {
    actions.flush();
    const { current } = store.getState();
    if (!handToGame({ name: current.name, text: current.text })) {
      showNotice(t('editor.playBlocked'));
      return;
    }
    const url = `./index.html?play=${PLAY_FROM_EDITOR}`;
    if (!window.open(url, 'standoff-game')) window.location.href = url;
  });
  const backLink = el('a', { href: './index.html', id: 'back' }, t('editor.back'));

  const header = el(
    'header',
    {},
    el('h1', {}, t('editor.title')),
    el(
      'div',
      { class: 'toolbar', role: 'toolbar', 'aria-label': t('editor.title') },
      el('label', { for: 'start-from' }, t('editor.startFrom')),
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
    t('editor.downloadNow'),
  );
  const noticeButton = el('button', { type: 'button' }, t('editor.dismiss'));
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
  const endingsHeading = el('h3', {}, t('editor.endings'));
  const endingList = el('ul', { id: 'endings' });
  const verdictLine = el('p', { id: 'balance-verdict' });
  const fieldHelp = el('p', { id: 'field-help' }, t('editor.fieldHint'));
  const draftList = el('ul', { id: 'drafts' });
  const aside = el(
    'aside',
    {},
    el('h2', {}, t('editor.checks')),
    summary,
    problemList,
    endingsHeading,
    endingList,
    verdictLine,
    el('h2', {}, t('editor.field')),
    fieldHelp,
    el('h2', {}, t('editor.drafts')),
    draftList,
  );

  root.append(header, notice, el('main', {}, editorSection, aside));

  /** The text as last typed here: the store handing it back is no reason to redraw the editor. */
  let typed = '';
  const editor = createYamlEditor({
    parent: editorHost,
    text: store.getState().current.text,
    label: t('editor.label'),
    onChange: (text) => {
      typed = text;
      actions.edit(text);
    },
    onFieldHelp: (field, description) => {
      fieldHelp.textContent =
        field && description ? `${field}: ${description}` : t('editor.fieldHint');
    },
  });

  const renderChecks = (s: EditorState) => {
    const { check } = s;
    const errors = check.problems.filter((p) => p.severity === 'error').length;
    const warnings = check.problems.length - errors;
    summary.textContent =
      check.stage === 'invalid'
        ? plural('editor.invalid', check.problems.length)
        : errors > 0
          ? plural('editor.errors', errors)
          : check.stage === 'checking'
            ? t('editor.checking')
            : check.stage === 'failed'
              ? t('editor.checkFailed')
              : warnings > 0
                ? plural('editor.okWarnings', warnings)
                : t('editor.ok');
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
            t('editor.problem', { line: p.line, severity: p.severity, message: p.message }),
          ),
          el('span', { class: 'fix' }, t('editor.problemFix', { fix: p.fix })),
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
    const rowOf = (ending: string): HTMLElement[] => {
      const e = verdict?.endings.find((x) => x.ending === ending);
      return e && verdict
        ? [
            el(
              'p',
              { class: e.verdict === 'fine' ? '' : 'warn' },
              t('balance.row', {
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
            el('summary', {}, plural('editor.endingPath', moves.length, { ending })),
            el('ol', {}, ...moves.map((m) => el('li', {}, m))),
            ...rowOf(ending),
          ),
        ),
      ),
      ...unreached.map((e) => el('li', {}, ...rowOf(e.ending))),
    );
    editor.showProblems(check.problems);
  };

  const renderDrafts = (s: EditorState) => {
    fileName.textContent = s.current.name;
    document.title = `${s.current.name} — ${t('editor.title')}`;
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
            t('editor.draftOpen', { name: d.name, when: timeOf(d.updatedAt) }),
          );
          open.addEventListener('click', () => actions.switchDraft(d.id));
          const remove = el(
            'button',
            {
              type: 'button',
              class: 'delete',
              'aria-label': t('editor.draftDelete', { name: d.name }),
            },
            '×',
          );
          remove.disabled = s.drafts.length <= 1;
          remove.addEventListener('click', () => actions.deleteDraft(d.id));
          return el('li', {}, open, remove);
        }),
    );
  };

  const renderSaved = (s: EditorState) => {
    savedLine.className = s.saved.state === 'failed' ? 'bad' : '';
    savedLine.textContent =
      s.saved.state === 'saved'
        ? t('editor.saved', { time: timeOf(s.saved.at) })
        : s.saved.state === 'pending'
          ? t('editor.saving')
          : t(s.saved.reason === 'full' ? 'editor.saveFull' : 'editor.saveBlocked');
  };

  const renderNotice = (s: EditorState) => {
    if (s.notice === 'restored') showNotice(t('editor.restored'));
    else if (s.notice === 'corrupt-storage') showNotice(t('editor.corrupt'));
    else if (s.notice === 'blocked') showNotice(t('editor.notKept'), true);
    else if (s.notice === 'conflict')
      showNotice(t('editor.conflict', { name: s.conflictCopy ?? '' }));
  };

  const first = store.getState();
  renderChecks(first);
  renderDrafts(first);
  renderSaved(first);
  renderNotice(first);
  store.subscribe((s, prev) => {
    // Another draft opened, or another tab's version of this one taken in (setText ignores this tab's own typing).
    if (
      s.current.id !== prev.current.id ||
      (s.current.text !== prev.current.text && s.current.text !== typed)
    )
      editor.setText(s.current.text);
    if (s.check !== prev.check || s.current.id !== prev.current.id) renderChecks(s);
    if (
      s.drafts !== prev.drafts ||
      s.current.id !== prev.current.id ||
      s.current.name !== prev.current.name
    )
      renderDrafts(s);
    if (s.saved !== prev.saved) renderSaved(s);
    if (s.notice !== prev.notice || s.conflictCopy !== prev.conflictCopy) renderNotice(s);
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
applyLanguage(pageLanguage());
if (root) startEditorPage(root);
