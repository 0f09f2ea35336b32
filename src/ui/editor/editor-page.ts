// The editor page (editor.html): a teacher writes or changes a scenario in the
// browser, sees every problem underlined as they type with the same messages
// as `npm run scenario -- check`, and plays it in the game. The work is saved
// in this browser as they type. This module builds the page and wires the
// editor store to it; the checks and the drafts live in the store.
import './editor.css';
import {
  createEditorStore,
  createInlineChecker,
  type BundledScenario,
  type EditorState,
  type EditorStore,
  type ScenarioChecker,
} from '../../store/editor-store.ts';
import { t, type Catalogue } from '../../messages/i18n.ts';
import { browserDraftStorage } from './draft-storage.ts';
import { createWorkerChecker } from './worker-checker.ts';
import { createYamlEditor, type YamlEditor } from './yaml-editor.ts';
import { applyLanguage, pageLanguage } from '../language.ts';
import { applyPageTextSize } from '../preferences.ts';
import { el } from '../dom.ts';
import { titleOf } from '../../store/editor-copy.ts';
import { createChecksPanel } from './checks-panel.ts';
import { renderDrafts, renderSaved } from './drafts-panel.ts';
import { createNoticeLine, editorHeader } from './editor-toolbar.ts';

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

/**
 * Every check in a worker. Where the browser refuses workers (a policy), the
 * loader's verdict is read here (the page still underlines mistakes) and the
 * deeper checks are said to have failed.
 */
function pageChecker(catalogue: Catalogue): ScenarioChecker {
  try {
    return createWorkerChecker(catalogue);
  } catch {
    return {
      load: createInlineChecker(catalogue).load,
      check: () => Promise.reject(new Error('workers are blocked')),
      dispose() {},
    };
  }
}

/** Redraws what changed of the store, and the editor's text when it is not this tab's own typing. */
function follow(
  store: EditorStore,
  editor: YamlEditor,
  typed: () => string,
  render: Record<'checks' | 'drafts' | 'saved' | 'notice', (s: EditorState) => void>,
): void {
  const first = store.getState();
  for (const draw of Object.values(render)) draw(first);
  store.subscribe((s, prev) => {
    const opened = s.current.id !== prev.current.id;
    // Another draft opened, or another tab's version of this one taken in (setText ignores this tab's own typing).
    if (opened || (s.current.text !== prev.current.text && s.current.text !== typed()))
      editor.setText(s.current.text);
    if (s.check !== prev.check || opened) render.checks(s);
    if (s.drafts !== prev.drafts || opened || s.current.name !== prev.current.name)
      render.drafts(s);
    if (s.saved !== prev.saved) render.saved(s);
    if (s.notice !== prev.notice || s.conflictCopy !== prev.conflictCopy) render.notice(s);
  });
}

/** Whatever happens next (tab closed, reload, crash of the tab later), the last keystrokes are kept. */
function keepOnLeaving(store: EditorStore): void {
  const { actions } = store.getState();
  window.addEventListener('pagehide', () => actions.flush());
  // Work that storage could not take (full, or blocked) would be lost with the page: the browser asks first.
  window.addEventListener('beforeunload', (event) => {
    actions.flush();
    if (actions.hasUnsavedWork()) event.preventDefault();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') actions.flush();
  });
}

function startEditorPage(root: HTMLElement, catalogue: Catalogue): void {
  const store = createEditorStore({
    storage: browserDraftStorage(),
    checker: pageChecker(catalogue),
    bundled: bundledForEditor(),
  });
  const actions = store.getState().actions;
  const notice = createNoticeLine(store, catalogue);
  const fileName = el('h2', { id: 'file-name' });
  const editorHost = el('div', { id: 'editor' });
  const savedLine = el('p', { id: 'saved', role: 'status', 'aria-live': 'polite' });
  const checks = createChecksPanel(catalogue);
  const fieldHelp = el('p', { id: 'field-help' }, t(catalogue, 'editor.fieldHint'));
  const draftList = el('ul', { id: 'drafts' });
  const aside = el(
    'aside',
    {},
    el('h2', {}, t(catalogue, 'editor.checks')),
    ...checks.parts,
    el('h2', {}, t(catalogue, 'editor.field')),
    fieldHelp,
    el('h2', {}, t(catalogue, 'editor.drafts')),
    draftList,
  );
  const source = el('section', { class: 'source' }, fileName, editorHost, savedLine);
  root.append(
    editorHeader(store, notice, catalogue),
    notice.element,
    el('main', {}, source, aside),
  );

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
  follow(store, editor, () => typed, {
    checks: (s) => checks.render(s, editor),
    drafts: (s) => {
      fileName.textContent = s.current.name;
      document.title = `${s.current.name} — ${t(catalogue, 'editor.title')}`;
      renderDrafts(draftList, s, actions, catalogue);
    },
    saved: (s) => renderSaved(savedLine, s, catalogue),
    notice: notice.render,
  });
  keepOnLeaving(store);
  (window as unknown as { standoffEditor?: unknown }).standoffEditor = { store, view: editor.view };
}

const root = document.getElementById('editor-page');
applyPageTextSize();
const catalogue = applyLanguage(pageLanguage());
if (root) startEditorPage(root, catalogue);
