// "Hand in…" on the ending screen: a dialog where the student types their name
// and gets their result as a file to download, a link to copy and a QR code
// (when the link is short enough for one: a long game's is not, said plainly),
// plus the printable debrief. Nothing is sent anywhere: the student hands the
// file or link to the teacher. The name is remembered on this device only.
import type { GameStore } from '../store/game-store.ts';
import { t } from '../messages/i18n.ts';
import { resultFragment } from '../negotiation/result.ts';
import { MAX_QR_BYTES, qrCodeSvg } from './qr-code.ts';
import { downloadText } from './dom.ts';
import { copyLink, gameDialog, openGameDialog } from './game-dialog.ts';
import { recall, remember } from './remembered.ts';

const NAME_KEY = 'standoff.student';

/** The name the student gave last time, on this device. */
export function rememberedName(): string {
  return recall(NAME_KEY) ?? '';
}

/** Kept for next time (with storage blocked, the student types it again). */
function rememberName(name: string): void {
  remember(NAME_KEY, name);
}

/** The debrief page's address for a result (with its scenario's copy, for a teacher's own): next to the game, wherever it is hosted. */
export function debriefUrl(linkParam: string, scenarioCopy?: string): string {
  // In the fragment: the browser never sends it, so no server's log holds a student's name or moves.
  return new URL(`debrief.html#${resultFragment(linkParam, scenarioCopy)}`, window.location.href)
    .href;
}

type Say = (key: Parameters<typeof t>[1]) => string;

/** The dialog's parts that change or are wired after they are made. */
interface HandInParts {
  dialog: HTMLDialogElement;
  name: HTMLInputElement;
  downloadButton: HTMLButtonElement;
  link: HTMLInputElement;
  copyButton: HTMLButtonElement;
  status: HTMLParagraphElement;
  qrCaption: HTMLParagraphElement;
  qrHolder: HTMLDivElement;
  print: HTMLAnchorElement;
  close: HTMLButtonElement;
}

function button(text: string, className = ''): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  if (className) b.className = className;
  b.textContent = text;
  return b;
}

/** A label around a text input. */
function labelled(text: string, input: HTMLInputElement): HTMLLabelElement {
  const label = document.createElement('label');
  label.textContent = text;
  label.append(input);
  return label;
}

function textInput(): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'text';
  return input;
}

/** The dialog: title, intro, the name, the actions (download, copy, print, close), the link and its QR code. */
function handInParts(say: Say): HandInParts {
  const dialog = gameDialog({ id: 'hand-in', title: say('handIn.title'), className: 'hand-in' });
  const intro = document.createElement('p');
  intro.textContent = say('handIn.intro');
  const name = textInput();
  name.maxLength = 60;
  name.autocomplete = 'name';
  name.value = rememberedName();
  const link = textInput();
  link.readOnly = true;
  link.className = 'link';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const qrCaption = document.createElement('p');
  qrCaption.className = 'qr-caption';
  const qrHolder = document.createElement('div');
  qrHolder.className = 'qr';
  const print = document.createElement('a');
  print.target = '_blank';
  print.rel = 'noopener';
  print.textContent = say('handIn.print');
  const parts = {
    dialog,
    name,
    downloadButton: button(say('handIn.download'), 'primary'),
    link,
    copyButton: button(say('handIn.copy')),
    status,
    qrCaption,
    qrHolder,
    print,
    close: button(say('handIn.close')),
  };
  const actions = document.createElement('div');
  actions.className = 'row';
  actions.append(parts.downloadButton, parts.copyButton, print, parts.close);
  dialog.append(
    intro,
    labelled(say('handIn.name'), name),
    actions,
    status,
    labelled(say('handIn.link'), link),
    qrCaption,
    qrHolder,
  );
  return parts;
}

/** The link, the print link and the QR code for the name as typed; the hand-in, or null when there is none. */
function refresh(store: GameStore, parts: HandInParts, say: Say) {
  const handIn = store.getState().actions.resultFor(parts.name.value);
  if (!handIn) return null;
  const url = debriefUrl(handIn.linkParam, handIn.scenarioCopy);
  parts.link.value = url;
  parts.print.href = url;
  // A long game's link fits no QR code: the file and the link still hand it in, and the dialog says so.
  const qr = qrCodeSvg(url, say('handIn.qr'));
  // Too long because of the teacher's scenario it carries, or because the game itself is long: said as it is.
  const longGame = new TextEncoder().encode(debriefUrl(handIn.linkParam)).length > MAX_QR_BYTES;
  parts.qrCaption.textContent = say(
    qr ? 'handIn.qr' : handIn.scenarioCopy && !longGame ? 'handIn.noQrScenario' : 'handIn.noQr',
  );
  parts.qrHolder.replaceChildren(...(qr ? [qr] : []));
  parts.qrHolder.hidden = !qr;
  return handIn;
}

/** Opens the dialog; resolves when it closes, so the caller can give focus back. */
export function openHandInDialog(store: GameStore, host: HTMLElement): Promise<void> {
  const catalogue = store.getState().catalogue;
  const say: Say = (key) => t(catalogue, key);
  const parts = handInParts(say);
  const { dialog, name, link, status } = parts;
  refresh(store, parts, say);
  name.addEventListener('input', () => {
    rememberName(name.value.trim());
    refresh(store, parts, say);
  });
  parts.downloadButton.addEventListener('click', () => {
    const handIn = refresh(store, parts, say);
    if (handIn) downloadText(handIn.fileName, handIn.text, 'application/json');
  });
  parts.copyButton.addEventListener('click', () =>
    copyLink(link, status, { copied: say('handIn.copied'), failed: say('handIn.copyFailed') }),
  );
  return openGameDialog(dialog, host, name, [parts.close]);
}
