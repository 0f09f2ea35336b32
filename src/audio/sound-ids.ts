// The game's sounds by id: made in the browser by src/audio/synth.ts (npm run sounds writes them as files).
export const SOUND_IDS = [
  'ring',
  'pickup',
  'hangup',
  'click',
  'tension',
  'sting-good',
  'sting-mixed',
  'sting-bad',
] as const;
export type SoundId = (typeof SOUND_IDS)[number];

/**
 * Marks on the page's performance timeline (User Timing), for the benches to
 * wait on a state: every sound made (sound-urls.ts), every sound loaded by
 * Howler after the first gesture (audio.ts).
 */
export const SOUNDS_MADE_MARK = 'standoff:sounds-made';
export const SOUNDS_LOADED_MARK = 'standoff:sounds-loaded';
