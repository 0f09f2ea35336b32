// Sound: Howler plays the synthesised sounds (synth.ts, made in the browser) as the store
// changes: the ring while the phone rings, pick-up, hang-up, a tension bed that
// rises with pressure, and a sting for the ending's tone. Nothing plays before
// the player's first click or key (browsers require it); mute follows the
// store's `sound` setting. What plays when is decided in cues.ts, which the
// captions read too. Every sound plays through Web Audio (in-memory WAVs), so
// Howler keeps no pool of <audio> elements, and when all are loaded the page's
// timeline gets a mark (SOUNDS_LOADED_MARK) the benches wait on.
import { Howl, Howler } from 'howler';
import type { StoreState, GameStore } from '../store/game-store.ts';
import { SOUND_IDS, SOUNDS_LOADED_MARK, type SoundId } from './sound-ids.ts';
import { soundCues, tensionVolume } from './cues.ts';

export interface Audio {
  click(): void;
  dispose(): void;
}

const LOOPED: readonly SoundId[] = ['ring', 'tension'];

export function createAudio(store: GameStore, sources: Record<SoundId, string>): Audio {
  let howls: Partial<Record<SoundId, Howl>> | undefined;
  let loading = SOUND_IDS.length;
  const loaded = () => {
    if (--loading === 0) performance.mark(SOUNDS_LOADED_MARK);
  };
  const make = (id: SoundId) =>
    new Howl({
      src: [sources[id]],
      format: ['wav'],
      loop: LOOPED.includes(id),
      preload: true,
      volume: id === 'tension' ? 0 : 0.7,
      onload: loaded,
    });

  const unlock = () => {
    if (howls) return;
    // Howler unlocks a pool of ten <audio> elements for HTML5 playback on the first
    // gesture: ten DOM nodes that would never play here (Web Audio plays every sound).
    Howler.html5PoolSize = 0;
    howls = Object.fromEntries(SOUND_IDS.map((id) => [id, make(id)]));
    Howler.mute(!store.getState().sound);
    react(store.getState(), undefined);
  };
  window.addEventListener('pointerdown', unlock, { once: true });
  window.addEventListener('keydown', unlock, { once: true });

  const play = (id: SoundId) => howls?.[id]?.play();
  const stop = (id: SoundId) => howls?.[id]?.stop();

  const react = (s: StoreState, prev: StoreState | undefined) => {
    if (!howls) return;
    if (s.sound !== prev?.sound) Howler.mute(!s.sound);
    for (const cue of soundCues(s, prev)) {
      if (cue.action === 'stop') stop(cue.sound);
      else if (!(cue.sound === 'tension' && howls.tension?.playing())) play(cue.sound);
    }
    if (s.screen === 'call' && s.call?.phase === 'turns')
      howls.tension?.volume(tensionVolume(s.call.tension));
  };
  const unsubscribe = store.subscribe(react);

  return {
    click: () => play('click'),
    dispose() {
      unsubscribe();
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
      for (const h of Object.values(howls ?? {})) h.unload();
    },
  };
}
