// The editor page's header (what to start from, open a file, download, play,
// back to the game) and its notice line (drafts restored, storage blocked, a
// conflict between tabs, a file too big): both act on the editor store.
import type { EditorState, EditorStore } from '../../store/editor-store.ts';
import { MAX_SCENARIO_BYTES } from '../../scenario/load.ts';
import { t, type Catalogue } from '../../messages/i18n.ts';
import { handToGame, PLAY_FROM_EDITOR } from '../play-handoff.ts';
import { downloadText, el } from '../dom.ts';

export interface NoticeLine {
  element: HTMLElement;
  show(text: string, offerDownload?: boolean): void;
  /** Shows the store's notice, if it has one. */
  render(s: EditorState): void;
}

const downloadCurrent = (store: EditorStore) => () => {
  const { current } = store.getState();
  downloadText(current.name, current.text, 'text/yaml');
};

function button(id: string, label: string, onClick: () => void, attributes = {}) {
  const b = el('button', { type: 'button', id, ...attributes }, label);
  b.addEventListener('click', onClick);
  return b;
}

export function createNoticeLine(store: EditorStore, catalogue: Catalogue): NoticeLine {
  const element = el('div', { class: 'notice', role: 'status', hidden: '' });
  const text = el('p', {});
  const download = button(
    'notice-download',
    t(catalogue, 'editor.downloadNow'),
    downloadCurrent(store),
    {
      hidden: '',
    },
  );
  const dismiss = el('button', { type: 'button' }, t(catalogue, 'editor.dismiss'));
  element.append(text, download, dismiss);
  dismiss.addEventListener('click', () => {
    element.hidden = true;
    store.getState().actions.dismissNotice();
  });
  const show = (words: string, offerDownload = false) => {
    text.textContent = words;
    download.hidden = !offerDownload;
    element.hidden = false;
  };
  return {
    element,
    show,
    render(s) {
      if (s.notice === 'restored') show(t(catalogue, 'editor.restored'));
      else if (s.notice === 'corrupt-storage') show(t(catalogue, 'editor.corrupt'));
      else if (s.notice === 'blocked') show(t(catalogue, 'editor.notKept'), true);
      else if (s.notice === 'conflict')
        show(t(catalogue, 'editor.conflict', { name: s.conflictCopy ?? '' }));
    },
  };
}

function startFromSelect(store: EditorStore, catalogue: Catalogue): HTMLSelectElement {
  const select = el(
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
  select.addEventListener('change', () => {
    if (select.value !== '') store.getState().actions.startFrom(select.value);
    select.value = '';
  });
  return select;
}

/** The file input (hidden) and the button that opens it. */
function openFileParts(
  store: EditorStore,
  notice: NoticeLine,
  catalogue: Catalogue,
): HTMLElement[] {
  const input = el('input', {
    type: 'file',
    accept: '.yaml,.yml,.json,text/yaml,application/json',
    hidden: '',
    id: 'open-file-input',
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_SCENARIO_BYTES) {
      notice.show(t(catalogue, 'editor.tooBig', { file: file.name }));
      return;
    }
    file.text().then(
      (text) => store.getState().actions.openFile(file.name, text),
      () => notice.show(t(catalogue, 'editor.unreadable', { file: file.name })),
    );
  });
  return [button('open-file', t(catalogue, 'editor.open'), () => input.click()), input];
}

/** Plays the open draft in the game, in a tab of its own. */
const play = (store: EditorStore, notice: NoticeLine, catalogue: Catalogue) => () => {
  store.getState().actions.flush();
  const { current } = store.getState();
  if (!handToGame({ name: current.name, text: current.text })) {
    notice.show(t(catalogue, 'editor.playBlocked'));
    return;
  }
  const url = `./index.html?play=${PLAY_FROM_EDITOR}`;
  if (!window.open(url, 'standoff-game')) window.location.href = url;
};

export function editorHeader(
  store: EditorStore,
  notice: NoticeLine,
  catalogue: Catalogue,
): HTMLElement {
  return el(
    'header',
    {},
    el('h1', {}, t(catalogue, 'editor.title')),
    el(
      'div',
      { class: 'toolbar', role: 'toolbar', 'aria-label': t(catalogue, 'editor.title') },
      el('label', { for: 'start-from' }, t(catalogue, 'editor.startFrom')),
      startFromSelect(store, catalogue),
      ...openFileParts(store, notice, catalogue),
      button('download', t(catalogue, 'editor.download'), downloadCurrent(store)),
      button('play', t(catalogue, 'editor.play'), play(store, notice, catalogue), {
        class: 'primary',
      }),
      el('a', { href: './index.html', id: 'back' }, t(catalogue, 'editor.back')),
    ),
  );
}
