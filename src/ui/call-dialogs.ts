// The call's two small dialogs: "Hang up?" (asked once before the call ends:
// Enter on the focused "Yes, hang up" ends it, Escape or "Keep talking" keeps
// it going) and the "?" list of keyboard shortcuts. Native modal <dialog>s:
// focus stays inside, Escape closes, and the focus goes back where it was.
// They decide nothing: the scene acts on the answer through the store.
import type { Catalogue } from '../messages/i18n.ts';
import { t } from '../messages/i18n.ts';
import { el } from './dom.ts';
import { gameDialog, openGameDialog } from './game-dialog.ts';

/** Resolves true when the player confirms hanging up, false when they keep talking. */
export async function confirmHangUp(catalogue: Catalogue, host: HTMLElement): Promise<boolean> {
  const say = (key: Parameters<typeof t>[1]) => t(catalogue, key);
  const dialog = gameDialog({
    id: 'hang-up',
    title: say('hangUp.title'),
    describedBy: 'hang-up-body',
  });
  const confirm = el('button', { type: 'button', class: 'primary' }, say('hangUp.confirm'));
  const cancel = el('button', { type: 'button' }, say('hangUp.cancel'));
  dialog.append(
    el('p', { id: 'hang-up-body' }, say('hangUp.body')),
    el('div', { class: 'row' }, confirm, cancel),
  );
  let confirmed = false;
  confirm.addEventListener('click', () => {
    confirmed = true;
    dialog.close();
  });
  await openGameDialog(dialog, host, confirm, [cancel]);
  return confirmed;
}

export interface KeyRow {
  /** The keys, as shown ("1", "P", "Esc / Space"). */
  keys: string;
  /** What they do. */
  what: string;
}

/** The "?" dialog: each shortcut of the call screen and what it does. */
export function openKeysDialog(
  catalogue: Catalogue,
  host: HTMLElement,
  rows: KeyRow[],
): Promise<void> {
  const say = (key: Parameters<typeof t>[1]) => t(catalogue, key);
  const dialog = gameDialog({ id: 'keys', title: say('keys.title'), className: 'keys-dialog' });
  const list = el('dl');
  for (const row of rows)
    list.append(el('dt', {}, el('kbd', {}, row.keys)), el('dd', {}, row.what));
  const close = el('button', { type: 'button' }, say('keys.close'));
  dialog.append(el('p', {}, say('keys.intro')), list, el('div', { class: 'row' }, close));
  return openGameDialog(dialog, host, close, [close]);
}
