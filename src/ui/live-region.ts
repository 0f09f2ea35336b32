// What a screen reader hears: every new line of the call and every meter
// change, once, in an aria-live log; the captions of the sounds ("[The phone
// rings]"); "your turn" when it is; the ending.
import type { StoreState, GameStore } from '../store/game-store.ts';
import { t } from '../messages/i18n.ts';
import { captionsFor } from '../audio/cues.ts';

/** The log's id: the call's transcript scroll bar names it (aria-controls). */
export const TRANSCRIPT_LOG_ID = 'transcript-log';

/** Lines kept in the log: enough to re-read the last exchanges, small enough to stay quick. */
const KEEP = 60;

export function createLiveRegion(host: HTMLElement, store: GameStore): () => void {
  const log = document.createElement('div');
  log.className = 'visually-hidden';
  log.id = TRANSCRIPT_LOG_ID;
  log.setAttribute('role', 'log');
  log.setAttribute('aria-live', 'polite');
  log.setAttribute('aria-label', 'Transcript');
  host.append(log);
  let announced = 0;

  const say = (text: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    log.append(p);
    while (log.childElementCount > KEEP) log.firstElementChild?.remove();
  };

  const react = (s: StoreState, prev: StoreState) => {
    // A new call: the last game's lines go, so twenty games in a row hold what one does.
    // Back on the title, the call's lines go too: there is nothing to re-read there.
    if (Boolean(s.call) !== Boolean(prev.call) || (s.call && s.call.transcript.length < announced))
      log.replaceChildren();
    const captions = captionsFor(s, prev);
    const caption = (leads: boolean) => {
      for (const c of captions) if (c.leads === leads) say(t(s.catalogue, c.key));
    };
    caption(true);
    const call = s.call;
    if (!call) {
      announced = 0;
      caption(false);
      return;
    }
    if (prev.call === null || call.transcript.length < announced) announced = 0;
    announced = announceLines(call.transcript, announced, say);
    caption(false);
    announceMoments(s, prev, say);
  };
  const unsubscribe = store.subscribe(react);
  return () => {
    unsubscribe();
    log.remove();
  };
}

/** The transcript's lines from `from` on, each said once; returns how many are said now. */
function announceLines(
  transcript: NonNullable<StoreState['call']>['transcript'],
  from: number,
  say: (text: string) => void,
): number {
  for (const line of transcript.slice(from))
    say(line.kind === 'meters' ? line.text : `${line.speaker ?? ''}: ${line.text}`);
  return transcript.length;
}

/** "Your turn" when it has just become the player's, and the ending when the call has just ended. */
function announceMoments(s: StoreState, prev: StoreState, say: (text: string) => void): void {
  if (s.call?.myTurn && !prev.call?.myTurn) say(t(s.catalogue, 'live.turn'));
  if (s.ending && !prev.ending) say(t(s.catalogue, 'live.ended', { title: s.ending.title }));
}
