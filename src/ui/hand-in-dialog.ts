// "Hand in…" on the ending screen: a dialog where the student types their name
// and gets their result as a file to download, a link to copy and a QR code
// (when the link is short enough for one: a long game's is not, said plainly),
// plus the printable debrief. Nothing is sent anywhere: the student hands the
// file or link to the teacher. The name is remembered on this device only.
import type { GameStore } from '../store/game-store.ts';
import { t } from '../messages/i18n.ts';
import { resultFragment } from '../negotiation/result.ts';
import { MAX_QR_BYTES, qrCodeSvg } from './qr-code.ts';
import { downloadText, showDialog } from './dom.ts';

const NAME_KEY = 'standoff.student';

/** The name the student gave last time, on this device. */
export function rememberedName(): string {
  try {
    return globalThis.localStorage?.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberName(name: string): void {
  try {
    globalThis.localStorage?.setItem(NAME_KEY, name);
  } catch {
    // Storage blocked: the name is typed again next time.
  }
}

/** The debrief page's address for a result (with its scenario's copy, for a teacher's own): next to the game, wherever it is hosted. */
export function debriefUrl(linkParam: string, scenarioCopy?: string): string {
  // In the fragment: the browser never sends it, so no server's log holds a student's name or moves.
  return new URL(`debrief.html#${resultFragment(linkParam, scenarioCopy)}`, window.location.href)
    .href;
}

/** Opens the dialog; resolves when it closes, so the caller can give focus back. */
export function openHandInDialog(store: GameStore, host: HTMLElement): Promise<void> {
  const catalogue = store.getState().catalogue;
  const say = (key: Parameters<typeof t>[1]) => t(catalogue, key);
  const dialog = document.createElement('dialog');
  dialog.className = 'game-dialog hand-in';
  dialog.setAttribute('aria-labelledby', 'hand-in-title');
  const title = document.createElement('h2');
  title.id = 'hand-in-title';
  title.textContent = say('handIn.title');
  const intro = document.createElement('p');
  intro.textContent = say('handIn.intro');

  const nameLabel = document.createElement('label');
  nameLabel.textContent = say('handIn.name');
  const name = document.createElement('input');
  name.type = 'text';
  name.maxLength = 60;
  name.autocomplete = 'name';
  name.value = rememberedName();
  nameLabel.append(name);

  const downloadButton = document.createElement('button');
  downloadButton.type = 'button';
  downloadButton.className = 'primary';
  downloadButton.textContent = say('handIn.download');

  const linkLabel = document.createElement('label');
  linkLabel.textContent = say('handIn.link');
  const link = document.createElement('input');
  link.type = 'text';
  link.readOnly = true;
  link.className = 'link';
  linkLabel.append(link);
  const copyButton = document.createElement('button');
  copyButton.type = 'button';
  copyButton.textContent = say('handIn.copy');
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
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = say('handIn.close');

  const actions = document.createElement('div');
  actions.className = 'row';
  actions.append(downloadButton, copyButton, print, close);
  dialog.append(title, intro, nameLabel, actions, status, linkLabel, qrCaption, qrHolder);

  const refresh = () => {
    const handIn = store.getState().actions.resultFor(name.value);
    if (!handIn) return null;
    const url = debriefUrl(handIn.linkParam, handIn.scenarioCopy);
    link.value = url;
    print.href = url;
    // A long game's link fits no QR code: the file and the link still hand it in, and the dialog says so.
    const qr = qrCodeSvg(url, say('handIn.qr'));
    // Too long because of the teacher's scenario it carries, or because the game itself is long: said as it is.
    const longGame = new TextEncoder().encode(debriefUrl(handIn.linkParam)).length > MAX_QR_BYTES;
    qrCaption.textContent = say(
      qr ? 'handIn.qr' : handIn.scenarioCopy && !longGame ? 'handIn.noQrScenario' : 'handIn.noQr',
    );
    qrHolder.replaceChildren(...(qr ? [qr] : []));
    qrHolder.hidden = !qr;
    return handIn;
  };
  refresh();
  name.addEventListener('input', () => {
    rememberName(name.value.trim());
    refresh();
  });
  downloadButton.addEventListener('click', () => {
    const handIn = refresh();
    if (handIn) downloadText(handIn.fileName, handIn.text, 'application/json');
  });
  copyButton.addEventListener('click', () => {
    link.select();
    const done = () => (status.textContent = say('handIn.copied'));
    const failed = () => (status.textContent = say('handIn.copyFailed'));
    if (navigator.clipboard) navigator.clipboard.writeText(link.value).then(done, failed);
    else failed();
  });
  close.addEventListener('click', () => dialog.close());
  return showDialog(dialog, host, name);
}
