// The editor's drafts (newest first, each a button to open it and one to
// delete it) and the line that says whether the work is saved.
import type { EditorActions, EditorState } from '../../store/editor-store.ts';
import { t, type Catalogue } from '../../messages/i18n.ts';
import { el } from '../dom.ts';

function timeOf(ms: number): string {
  return new Date(ms).toLocaleTimeString([], {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

export function renderDrafts(
  list: HTMLElement,
  s: EditorState,
  actions: EditorActions,
  catalogue: Catalogue,
): void {
  list.replaceChildren(
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
}

export function renderSaved(line: HTMLElement, s: EditorState, catalogue: Catalogue): void {
  line.className = s.saved.state === 'failed' ? 'bad' : '';
  line.textContent =
    s.saved.state === 'saved'
      ? t(catalogue, 'editor.saved', { time: timeOf(s.saved.at) })
      : s.saved.state === 'pending'
        ? t(catalogue, 'editor.saving')
        : t(catalogue, s.saved.reason === 'full' ? 'editor.saveFull' : 'editor.saveBlocked');
}
