// The title screen's "Run a live class…": a dialog that asks for the
// live-class server's address (remembered in this browser, standoff.liveServer)
// and opens the teacher's page there (ADDRESS/live.html). It asks nothing of
// any server itself: until a teacher opens that page, the static site makes no
// request anywhere.
import type { GameStore } from '../../store/game-store.ts';
import { t, type MessageKey } from '../../messages/i18n.ts';
import { el } from '../dom.ts';
import { gameDialog, openGameDialog } from '../game-dialog.ts';
import { recall, remember } from '../remembered.ts';

const SERVER_KEY = 'standoff.liveServer';

function rememberedServer(): string {
  return recall(SERVER_KEY) ?? '';
}

/** Kept for next time (with storage blocked, the teacher's address is typed again). */
function rememberServer(address: string): void {
  remember(SERVER_KEY, address);
}

/**
 * The teacher's page for a typed server address, in `language`; null if it is
 * not a web address. A bare host[:port] gets http:// (a laptop on the school
 * network has no certificate); a path is the folder the server is under (a
 * proxy's /live/), and a page's address (…/live.html) is taken as its folder.
 */
export function liveClassUrl(typed: string, language: string): string | null {
  const text = typed.trim();
  if (text === '' || /\s/.test(text)) return null;
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
  const folder = url.pathname.replace(/[^/]*\.html$/, '').replace(/\/?$/, '/');
  const page = new URL(`${folder}live.html`, url.origin);
  page.searchParams.set('lang', language);
  return page.href;
}

/** Shows the dialog; on "Open" remembers the address and goes to the teacher's page. */
export function openLiveEntry(
  store: GameStore,
  host: HTMLElement = document.getElementById('game') ?? document.body,
  go: (href: string) => void = (href) => window.location.assign(href),
): Promise<void> {
  const { catalogue, language } = store.getState();
  const say = (key: MessageKey) => t(catalogue, key);
  const address = el('input', {
    type: 'text',
    inputmode: 'url',
    autocomplete: 'url',
    spellcheck: 'false',
    'aria-describedby': 'live-entry-example live-entry-problem',
  });
  address.value = rememberedServer();
  const problem = el('p', { id: 'live-entry-problem', role: 'alert' });
  const cancel = el('button', { type: 'button' }, say('liveEntry.cancel'));
  const form = el(
    'form',
    { method: 'dialog' },
    el('p', {}, say('liveEntry.intro')),
    el('label', {}, say('liveEntry.address'), address),
    el('p', { id: 'live-entry-example' }, say('liveEntry.example')),
    problem,
    el(
      'div',
      { class: 'row' },
      el('button', { type: 'submit', class: 'primary' }, say('liveEntry.open')),
      cancel,
    ),
  );
  const dialog = gameDialog({ id: 'live-entry', title: say('liveEntry.title') });
  dialog.append(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const href = liveClassUrl(address.value, language);
    if (!href) {
      problem.textContent = say('liveEntry.bad');
      address.setAttribute('aria-invalid', 'true');
      address.focus();
      return;
    }
    rememberServer(address.value.trim());
    dialog.close();
    go(href);
  });
  const returnTo = document.activeElement;
  return openGameDialog(dialog, host, address, [cancel]).then(() => {
    if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
  });
}
