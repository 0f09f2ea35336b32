// A phone held upright: the call's 16:9 stage would be a strip 220 px high, too
// small to read or tap, so the game says to turn the phone instead (stage.css
// shows this notice, and hides the stage, only on a narrow upright screen).
// Turned sideways, the game is there as it was: nothing is lost.
import type { GameStore } from '../store/game-store.ts';
import { t } from '../messages/i18n.ts';

export function createTurnNotice(host: HTMLElement, store: GameStore): () => void {
  const notice = document.createElement('div');
  notice.className = 'turn-notice';
  const icon = document.createElement('div');
  icon.className = 'turn-icon';
  icon.setAttribute('aria-hidden', 'true');
  const title = document.createElement('p');
  title.className = 'turn-title';
  const body = document.createElement('p');
  notice.append(icon, title, body);
  host.append(notice);
  const say = () => {
    const catalogue = store.getState().catalogue;
    title.textContent = t(catalogue, 'turn.title');
    body.textContent = t(catalogue, 'turn.body');
  };
  say();
  const stop = store.subscribe((s, prev) => {
    if (s.catalogue !== prev.catalogue) say();
  });
  return () => {
    stop();
    notice.remove();
  };
}
