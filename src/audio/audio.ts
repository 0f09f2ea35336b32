// Sound: Howler plays the synthesised sounds (assets/sounds) as the store
// changes: the ring while the phone rings, pick-up, hang-up, a tension bed that
// rises with pressure, and a sting for the ending's tone. Nothing plays before
// the player's first click or key (browsers require it); mute follows the
// store's `sound` setting.
import { Howl, Howler } from 'howler';
import type { GameState, GameStore } from '../store/game-store.ts';
import type { SoundId } from './sound-ids.ts';

export interface Audio {
  click(): void;
  dispose(): void;
}

export function createAudio(store: GameStore, sources: Record<SoundId, string>): Audio {
  let howls: Partial<Record<SoundId, Howl>> | undefined;
  const make = (id: SoundId, loop = false) =>
    new Howl({
      src: [sources[id]],
      format: ['wav'],
      loop,
      preload: true,
      volume: id === 'tension' ? 0 : 0.7,
    });

  const unlock = () => {
    if (howls) return;
    howls = {
      ring: make('ring', true),
      pickup: make('pickup'),
      hangup: make('hangup'),
      click: make('click'),
      tension: make('tension', true),
      'sting-good': make('sting-good'),
      'sting-mixed': make('sting-mixed'),
      'sting-bad': make('sting-bad'),
    };
    Howler.mute(!store.getState().sound);
    react(store.getState(), undefined);
  };
  window.addEventListener('pointerdown', unlock, { once: true });
  window.addEventListener('keydown', unlock, { once: true });

  const play = (id: SoundId) => howls?.[id]?.play();
  const stop = (id: SoundId) => howls?.[id]?.stop();

  const react = (s: GameState, prev: GameState | undefined) => {
    if (!howls) return;
    if (s.sound !== prev?.sound) Howler.mute(!s.sound);
    const phase = s.screen === 'call' ? s.call?.phase : undefined;
    const prevPhase = prev?.screen === 'call' ? prev.call?.phase : undefined;
    if (phase === 'ringing' && prevPhase !== 'ringing') play('ring');
    if (phase !== 'ringing' && prevPhase === 'ringing') {
      stop('ring');
      if (phase === 'opening') play('pickup');
    }
    const tension = howls.tension;
    if (phase === 'turns' && tension) {
      if (!tension.playing()) tension.play();
      tension.volume(0.04 + 0.4 * (s.call?.tension ?? 0) ** 2);
    } else if (tension?.playing()) tension.stop();
    const closed = s.call?.result ?? null;
    if (
      closed &&
      !prev?.call?.result &&
      (closed.reason === 'hang-up' || closed.reason === 'threshold')
    )
      play('hangup');
    if (s.screen === 'ending' && prev?.screen !== 'ending' && s.ending)
      play(`sting-${s.ending.tone}`);
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
