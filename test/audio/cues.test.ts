// The sounds of a call and their captions come from one decision: every sound
// the game plays by itself is captioned once, when it starts, in the order it
// starts; the ring and the pick-up before the lines said with them.
import { describe, expect, it } from 'vitest';
import { createGameStore, type StoreState } from '../../src/store/game-store.ts';
import { CAPTIONS, captionsFor, soundCues } from '../../src/audio/cues.ts';
import { SOUND_IDS } from '../../src/audio/sound-ids.ts';
import { en } from '../../src/messages/en.ts';
import { manualScheduler, tiny } from '../helpers.ts';

/** A call played through the store, with every sound cue and caption recorded as it happens. */
function record() {
  const clock = manualScheduler();
  const store = createGameStore({
    scenarios: [{ file: 'tiny.yaml', title: 'Tiny talks', scenario: tiny() }],
    scheduler: clock.scheduler,
    newSeed: () => 7,
  });
  const played: string[] = [];
  const captions: string[] = [];
  store.subscribe((s: StoreState, prev: StoreState) => {
    for (const cue of soundCues(s, prev)) played.push(`${cue.action} ${cue.sound}`);
    for (const c of captionsFor(s, prev)) captions.push(c.key);
  });
  return { store, a: store.getState().actions, played, captions, clock };
}

describe('sound cues and their captions', () => {
  it('gives every sound but the button click a caption in the catalogue', () => {
    const captioned = SOUND_IDS.filter((id) => id !== 'click');
    expect(Object.keys(CAPTIONS).sort()).toEqual([...captioned].sort());
    for (const key of Object.values(CAPTIONS)) expect(en[key]).toMatch(/^\[.+\]$/);
  });

  it('rings, picks up, plays the tension bed and hangs up, each captioned once as it starts', () => {
    const { a, played, captions } = record();
    a.selectSide('south');
    a.startCall();
    expect(played).toEqual(['play ring']);
    a.answer();
    a.proceed();
    a.skipThinking();
    a.endCall();
    expect(played).toEqual([
      'play ring',
      'stop ring',
      'play pickup',
      'play tension',
      'stop tension',
      'play hangup',
    ]);
    expect(captions).toEqual([
      'caption.ring',
      'caption.pickup',
      'caption.tension',
      'caption.hangup',
    ]);
  });

  it('captions the ring and the pick-up ahead of the lines said with them', () => {
    const { store, a } = record();
    a.startCall();
    const ringing = store.getState();
    a.answer();
    expect(captionsFor(store.getState(), ringing)).toEqual([
      { key: 'caption.pickup', leads: true },
    ]);
  });

  it('says what is sounding now when there is no change to compare with (a screen opening)', () => {
    const { store, a } = record();
    a.startCall();
    expect(captionsFor(store.getState(), undefined).map((c) => c.key)).toEqual(['caption.ring']);
  });

  it('captions the ending’s sting when the ending screen opens', () => {
    const { store, a, captions } = record();
    a.startCall();
    a.answer();
    a.proceed();
    a.skipThinking();
    a.endCall();
    a.proceed();
    expect(store.getState().screen).toBe('ending');
    const tone = store.getState().ending?.tone;
    expect(captions.at(-1)).toBe(`caption.sting-${tone}`);
  });
});
