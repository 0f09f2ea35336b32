// The page's sounds, for the game's page (src/after-title.ts) and a live-class
// student's game (src/ui/live/remote-game.ts) alike: made in idle time once
// the page is usable (sound-urls.ts; until then a gesture is silent), played
// as the store changes (audio.ts, muted by its `sound` setting), and a click
// for each button pressed in the DOM layer over the game.
import type { GameStore } from '../store/game-store.ts';
import { createAudio, type Audio } from './audio.ts';
import { makeSoundUrls, type SoundUrls } from './sound-urls.ts';

/** Starts the sounds for `store`, with the buttons in `clickHost` clicking; returns the clean-up. */
export function startPageSounds(store: GameStore, clickHost: HTMLElement): () => void {
  let audio: Audio | undefined;
  let sounds: SoundUrls | undefined;
  let stopped = false;
  void makeSoundUrls().then((made) => {
    if (stopped) return made.revoke();
    sounds = made;
    audio = createAudio(store, made.urls);
  });
  const click = (e: MouseEvent) => {
    if ((e.target as HTMLElement).tagName === 'BUTTON') audio?.click();
  };
  clickHost.addEventListener('click', click);
  return () => {
    stopped = true;
    audio?.dispose();
    sounds?.revoke();
    clickHost.removeEventListener('click', click);
  };
}
